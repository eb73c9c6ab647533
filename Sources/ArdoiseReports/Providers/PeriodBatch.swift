import ArdoiseCore

/// One batch of the store, as the quality datasets and the manifest show it.
struct PeriodBatch {
  /// The batch id.
  let id: Int64
  /// The file name.
  let file: String
  /// The file's SHA-256.
  let sha256: String
  /// The extract kind.
  let kind: String
  /// The mapping profile.
  let profile: String
  /// The day of the ingest.
  let ingestDay: Day?
  /// Rows read, stored, already stored, quarantined, stored with a warning.
  let read: Int64
  let accepted: Int64
  let duplicate: Int64
  let rejected: Int64
  let warnings: Int64

  /// The reference stamped into the report's metadata and manifest.
  var input: ReportMetadata.InputBatch {
    ReportMetadata.InputBatch(id: id, kind: kind, file: file, sha256: sha256)
  }
}
