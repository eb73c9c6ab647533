public import ArdoiseCore

/// One plan of the `broken_plans` worklist: a repayment plan active in the month whose lease's
/// balance at D exceeds what the plan allows (plus the tolerance). Personal data: for the
/// readers whose job needs it.
public struct BrokenPlan: Sendable, Hashable {
  /// The plan id.
  public let plan: String
  /// The plan's case.
  public let caseId: String
  /// The lease id.
  public let lease: String
  /// The household id.
  public let household: String
  /// The holder's name, if known.
  public let holderName: String?
  /// The agency id.
  public let agency: String
  /// The handler's staff id of the plan's case at D (`unassigned` without history).
  public let handler: String
  /// The handler's name, when known.
  public let handlerName: String?
  /// The first month of repayment.
  public let firstMonth: Month
  /// The number of monthly instalments.
  public let months: Int
  /// The monthly instalment, cents.
  public let instalment: Cents
  /// The debt when signed, cents.
  public let initialDebt: Cents
  /// The balance the plan allows at D: `max(0, initial_debt − k × instalment)`, k the months
  /// from the first month to M inclusive.
  public let expectedBalance: Cents
  /// The lease's balance at D, cents.
  public let balance: Cents

  /// How far the balance is above what the plan allows, cents.
  public var gap: Cents { balance - expectedBalance }
}
