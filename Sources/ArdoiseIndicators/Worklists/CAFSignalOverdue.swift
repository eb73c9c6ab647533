public import ArdoiseCore

/// One lease of the `caf_signal_overdue` worklist: constituted CAF arrears not signalled within
/// two months (R824-4 CCH). Personal data: for the readers whose job needs it.
public struct CAFSignalOverdue: Sendable, Hashable {
  /// The lease id.
  public let lease: String
  /// The household id.
  public let household: String
  /// The holder's name, if known.
  public let holderName: String?
  /// The agency id.
  public let agency: String
  /// The balance at D, cents.
  public let balance: Cents
  /// The constitution threshold, cents (2 × (rent − apl) with apl, else 2 × rent).
  public let threshold: Cents
  /// The date the arrears were constituted.
  public let constitutionDate: Day
  /// The deadline to signal: constitution + 2 calendar months, clamped to the month's end.
  public let deadline: Day
  /// The open case giving the handler, nil when the lease has no open case at D.
  public let caseId: String?
  /// The handler's staff id at D (`unassigned` for an open case without history), nil without
  /// an open case.
  public let handler: String?
  /// The handler's name, when known.
  public let handlerName: String?
}
