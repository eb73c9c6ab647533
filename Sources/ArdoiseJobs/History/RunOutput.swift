/// A file a report step of a run wrote, with its SHA-256.
public struct RunOutput: Codable, Equatable, Sendable {
  /// The report step that wrote it.
  public var step: Int
  /// The file's path.
  public var path: String
  /// The SHA-256 of its content, 64 lowercase hexadecimal digits.
  public var sha256: String

  /// Creates an output record.
  public init(step: Int, path: String, sha256: String) {
    self.step = step
    self.path = path
    self.sha256 = sha256
  }
}
