public import ArdoiseCore

/// A broken check (bridge, ageing reconciliation): the run fails and nothing is stored.
public struct IndicatorCheckFailure: Error, CustomStringConvertible, Sendable {
  /// The check's name (`bridge`, `ageing`).
  public let check: String
  /// The period.
  public let period: Period
  /// How far off the check is, in cents (expected − found).
  public let difference: Cents
  /// Where it breaks (a dimension combination, or empty for the whole organisation).
  public let group: String
  /// The leases whose own figures do not reconcile (at most a few dozen).
  public let leases: [String]
  /// The explanation, with figures.
  public let explanation: String

  /// A failure of `check`.
  public init(
    check: String, period: Period, difference: Cents, group: String = "", leases: [String],
    explanation: String
  ) {
    self.check = check
    self.period = period
    self.difference = difference
    self.group = group
    self.leases = leases
    self.explanation = explanation
  }

  /// The message of the failure: check, period, group, explanation, difference and leases.
  public var description: String {
    var text = "\(check) check failed for \(period)"
    if !group.isEmpty { text += " (\(group))" }
    text += ": \(explanation); difference \(difference.decimalEuros) EUR"
    text +=
      leases.isEmpty
      ? "; no single lease is out of balance"
      : "; leases involved: " + leases.joined(separator: ", ")
    return text
  }
}
