/// What rendering reports of a period wrote: the files with their SHA-256, where, and what the
/// reader should know about the figures they show.
public struct RenderedReports: Sendable {
  /// The period's folder (`Reports/2026-10`).
  public var folder: String
  /// The report files in the order rendered, then the folder's `manifest.json`.
  public var files: [OutputFile]
  /// Warnings: stored figures computed before the store's last batch, or with other
  /// definitions than this program's.
  public var warnings: [String]

  /// Creates a result.
  public init(folder: String, files: [OutputFile], warnings: [String] = []) {
    self.folder = folder
    self.files = files
    self.warnings = warnings
  }
}
