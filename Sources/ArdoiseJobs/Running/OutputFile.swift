/// A file a report step wrote: where it is and the SHA-256 of what it holds.
public struct OutputFile: Codable, Hashable, Sendable {
  /// The file's path (as the renderer wrote it, `Reports/2026-10/rapport-mensuel.html`).
  public var path: String
  /// The SHA-256 of its final content, 64 lowercase hexadecimal digits.
  public var sha256: String

  /// Creates an output file.
  public init(path: String, sha256: String) {
    self.path = path
    self.sha256 = sha256
  }
}
