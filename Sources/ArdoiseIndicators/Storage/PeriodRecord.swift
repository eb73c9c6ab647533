public import ArdoiseCore

/// The record of a computed period (`indicator_period`): when, with which definitions, by which
/// program, on which data.
public struct PeriodRecord: Sendable, Hashable {
  /// The period.
  public let period: Period
  /// When it was computed (ISO 8601, UTC).
  public let computedAt: String
  /// The catalogue's definitions hash.
  public let definitionsHash: String
  /// The catalogue's version.
  public let catalogueVersion: String
  /// The program's version.
  public let programVersion: String
  /// The last batch in the store when computed, nil for a store without batches.
  public let lastBatchId: Int64?
  /// The number of values stored.
  public let valueCount: Int

  /// A record.
  public init(
    period: Period, computedAt: String, definitionsHash: String, catalogueVersion: String,
    programVersion: String, lastBatchId: Int64?, valueCount: Int
  ) {
    self.period = period
    self.computedAt = computedAt
    self.definitionsHash = definitionsHash
    self.catalogueVersion = catalogueVersion
    self.programVersion = programVersion
    self.lastBatchId = lastBatchId
    self.valueCount = valueCount
  }
}
