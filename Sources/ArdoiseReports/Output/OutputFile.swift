/// One file a report run wrote.
public struct OutputFile: Sendable, Hashable {
  /// Its path.
  public var path: String
  /// Its name in the period's folder.
  public var fileName: String
  /// Its format.
  public var format: ReportFormat
  /// Its SHA-256.
  public var sha256: String
  /// Its size in bytes.
  public var bytes: Int

  /// Creates a description of a written file.
  public init(path: String, fileName: String, format: ReportFormat, sha256: String, bytes: Int) {
    self.path = path
    self.fileName = fileName
    self.format = format
    self.sha256 = sha256
    self.bytes = bytes
  }
}
