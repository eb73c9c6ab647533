/// A file an ingest step of a run stored or refused: the run's input batches.
///
/// Files the step found already ingested (same SHA-256) are not listed: they are inputs of the
/// run that stored them, and every run's data is every batch up to its `lastBatch`.
public struct RunInput: Codable, Equatable, Sendable {
  /// The ingest step that handled the file.
  public var step: Int
  /// The file's path as ingested.
  public var file: String
  /// `stored` (it became `batch`) or `refused` (nothing of it was stored; see `message`).
  public var status: String
  /// The batch the file became, when stored.
  public var batch: Int64?
  /// The file's SHA-256, when it could be read.
  public var sha256: String?
  /// The extract kind, when known.
  public var kind: String?
  /// Rows stored (inserted or updated).
  public var rows: Int
  /// Why the file was refused.
  public var message: String?

  /// Creates an input record.
  public init(
    step: Int, file: String, status: String, batch: Int64?, sha256: String?, kind: String?,
    rows: Int, message: String?
  ) {
    self.step = step
    self.file = file
    self.status = status
    self.batch = batch
    self.sha256 = sha256
    self.kind = kind
    self.rows = rows
    self.message = message
  }
}
