/// A check that held, with what it compared, for the compute summary and the run record.
public struct IndicatorCheckOutcome: Sendable, Hashable {
  /// The check's name (`bridge`, `ageing`).
  public let name: String
  /// What was compared, in words and figures.
  public let detail: String

  /// A passed check.
  public init(name: String, detail: String) {
    self.name = name
    self.detail = detail
  }
}
