public import ArdoiseStore

/// One check of a computed period (the bridge, the ageing reconciliation), as the compute step
/// reports it.
public struct PeriodCheck: Codable, Equatable, Sendable {
  /// The check's name (`bridge`, `ageing_reconciliation`).
  public var name: String
  /// `pass`, `warn` or `fail`; `fail` fails the compute step.
  public var status: CheckOutcome.Status
  /// How many items fail it.
  public var count: Int
  /// A one-line explanation.
  public var message: String

  /// Creates a check result.
  public init(name: String, status: CheckOutcome.Status, count: Int = 0, message: String = "") {
    self.name = name
    self.status = status
    self.count = count
    self.message = message
  }
}
