public import ArdoiseCore

/// One case of the `cases_without_action` worklist: a case open at D whose last action (naming
/// the case or its household) is more than ``threshold`` days old, or which has had none for
/// more than ``threshold`` days since it opened. Personal data: for the readers whose job
/// needs it.
public struct CaseWithoutAction: Sendable, Hashable {
  /// A case is listed when D − (its last action's date, or its opening date) exceeds this.
  public static let threshold = 60

  /// The case id.
  public let caseId: String
  /// The lease id.
  public let lease: String
  /// The household id.
  public let household: String
  /// The holder's name, if known.
  public let holderName: String?
  /// The agency id.
  public let agency: String
  /// The phase at D (`unassigned` without history).
  public let phase: String
  /// The handler's staff id at D (`unassigned` without history).
  public let handler: String
  /// The handler's name, when known.
  public let handlerName: String?
  /// The lease's balance at D, cents.
  public let balance: Cents
  /// The day the case opened.
  public let openedOn: Day
  /// The type of the last action, nil when there is none.
  public let lastAction: String?
  /// Its date.
  public let lastActionDate: Day?
  /// Days from the last action (or the opening, without one) to D.
  public let daysWithoutAction: Int
}
