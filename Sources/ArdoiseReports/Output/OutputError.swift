/// A report output that could not be written: the path, what was being done and the system's
/// reason. Nothing is left half-written: the previous file, if any, stays in place.
public struct OutputError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file or folder.
  public var path: String
  /// What failed (`create the folder`, `write`, `rename`…).
  public var operation: String
  /// The reason.
  public var reason: String

  /// Creates an error.
  public init(path: String, operation: String, reason: String) {
    self.path = path
    self.operation = operation
    self.reason = reason
  }

  /// `cannot <operation> <path>: <reason>`.
  public var description: String { "cannot \(operation) \(path): \(reason)" }
}
