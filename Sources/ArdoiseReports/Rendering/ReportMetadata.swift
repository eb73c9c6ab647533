public import ArdoiseCore

/// What the run knows about itself, stamped into the footer, the workbook's properties and the
/// manifest. Nothing here is read from the clock: the same metadata gives the same bytes.
public struct ReportMetadata: Sendable, Hashable {
  /// One batch the report's data comes from.
  public struct InputBatch: Sendable, Hashable, Codable {
    /// The batch id in the store.
    public var id: Int64
    /// The extract kind.
    public var kind: String
    /// The file name.
    public var file: String
    /// The file's SHA-256.
    public var sha256: String

    /// Creates a batch reference.
    public init(id: Int64, kind: String, file: String, sha256: String) {
      self.id = id
      self.kind = kind
      self.file = file
      self.sha256 = sha256
    }
  }

  /// The organisation's name, shown in the title block.
  public var organisation: String
  /// The run id.
  public var runID: String
  /// The indicator definitions' version.
  public var definitionsVersion: String
  /// The indicator definitions' hash.
  public var definitionsHash: String
  /// The date of the data: the day of the last batch; nil when unknown.
  public var dataDate: Day?
  /// The input batches.
  public var inputBatches: [InputBatch]

  /// Creates metadata.
  public init(
    organisation: String, runID: String, definitionsVersion: String, definitionsHash: String,
    dataDate: Day? = nil, inputBatches: [InputBatch] = []
  ) {
    self.organisation = organisation
    self.runID = runID
    self.definitionsVersion = definitionsVersion
    self.definitionsHash = definitionsHash
    self.dataDate = dataDate
    self.inputBatches = inputBatches
  }

  /// The `run` record templates see (``DatasetCatalogue`` lists its fields).
  func runRecord(parameters: ReportParameters, templatesHash: String) -> DataValue {
    .record([
      "run_id": .text(runID),
      "organisation": .text(organisation),
      "period": .text(parameters.period.description),
      "period_label": .text(parameters.period.frenchLabel),
      "closing_date": .date(parameters.closingDate),
      "data_date": .date(dataDate),
      "definitions_version": .text(definitionsVersion),
      "definitions_hash": .text(definitionsHash),
      "definitions_hash_short": .text(String(definitionsHash.prefix(12))),
      "templates_hash": .text(templatesHash),
      "templates_hash_short": .text(String(templatesHash.prefix(12))),
      "batches": .count(Int64(inputBatches.count)),
    ])
  }
}
