/// A step the program cannot carry out because the part that does it is not plugged in (the
/// indicator engine or the report renderer of a build that lacks them).
public struct StepUnavailable: Error, Equatable, Sendable, CustomStringConvertible {
  /// The step: `compute` or `report`.
  public var step: String
  /// What is missing.
  public var missing: String

  /// Creates the error.
  public init(step: String, missing: String) {
    self.step = step
    self.missing = missing
  }

  /// `compute is not available: this build has no indicator engine`.
  public var description: String { "\(step) is not available: this build has no \(missing)" }
}
