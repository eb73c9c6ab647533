/// A period as stored: its record and its values in output order.
public struct StoredPeriod: Sendable {
  /// The record.
  public let record: PeriodRecord
  /// The values, sorted by indicator id then dimensions' text.
  public let values: [IndicatorValue]

  /// The values of the indicators `ids` (all of them when `ids` is empty).
  public func values(only ids: Set<String>) -> [IndicatorValue] {
    ids.isEmpty ? values : values.filter { ids.contains($0.indicator) }
  }

  /// A warning when the period was stored with other definitions than `catalogue`'s.
  public func staleness(against catalogue: Catalogue) -> String? {
    guard record.definitionsHash != catalogue.definitionsHash else { return nil }
    return "the values of \(record.period) were computed on \(record.computedAt) with definitions "
      + "\(record.definitionsHash.prefix(12)) (catalogue \(record.catalogueVersion)); this program's "
      + "are \(catalogue.definitionsHash.prefix(12)) (catalogue \(catalogue.version)): run "
      + "`ardoise compute --period \(record.period)` to recompute them"
  }
}
