import ArdoiseCore
import ArdoiseIndicators

/// The stored indicator values of one month, looked up by indicator and dimensions, as the
/// values of report datasets.
///
/// A group an indicator leaves out (a bucket nobody is in) is 0 for money and counts, and
/// missing for ratios and days. A month without any lease started at its closing date (before
/// the data begins) has no figures: every value is missing, so that a trend does not plunge to
/// 0 and a comparison is not made with nothing.
struct PeriodFigures {
  /// The month.
  let period: Period
  /// The stored record: when, with which definitions, on which batches.
  let record: PeriodRecord
  /// The values, in output order.
  let values: [IndicatorValue]
  /// Whether the month has data at all.
  let hasData: Bool
  /// The values by indicator, then by the dimensions' canonical text.
  private let index: [String: [String: IndicatorValue]]
  /// The unit of each indicator of the catalogue.
  private let units: [String: IndicatorUnit]

  /// The figures of a stored period.
  init(_ stored: StoredPeriod, catalogue: Catalogue) {
    period = stored.record.period
    record = stored.record
    values = stored.values
    var index: [String: [String: IndicatorValue]] = [:]
    for v in stored.values { index[v.indicator, default: [:]][v.dimensions.text] = v }
    self.index = index
    units = Dictionary(catalogue.definitions.map { ($0.id, $0.unit) }) { a, _ in a }
    hasData =
      (index["leases_present"]?[""]?.count ?? 0) > 0 || (index["debtors"]?[""]?.count ?? 0) > 0
      || (index["closing_balance"]?[""]?.cents ?? 0) != 0
  }

  /// The value of `indicator` for `dimensions`, nil when it was not stored.
  func value(_ indicator: String, _ dimensions: [String: String] = [:]) -> IndicatorValue? {
    index[indicator]?[Dimensions(dimensions).text]
  }

  /// The values of `indicator` whose dimensions have exactly these keys.
  func values(_ indicator: String, keys: Set<String>) -> [IndicatorValue] {
    (index[indicator] ?? [:]).values.filter { Set($0.dimensions.keys) == keys }
      .sorted { $0.dimensions < $1.dimensions }
  }

  /// Money in cents (0 for a group left out), nil when the month has no data.
  func cents(_ indicator: String, _ dimensions: [String: String] = [:]) -> Cents? {
    hasData ? value(indicator, dimensions)?.cents ?? 0 : nil
  }

  /// A count (0 for a group left out), nil when the month has no data.
  func count(_ indicator: String, _ dimensions: [String: String] = [:]) -> Int64? {
    hasData ? value(indicator, dimensions)?.count ?? 0 : nil
  }

  /// A ratio or days, nil when null, left out, or without data.
  func real(_ indicator: String, _ dimensions: [String: String] = [:]) -> Double? {
    hasData ? value(indicator, dimensions)?.real : nil
  }

  /// The value as a dataset value of the indicator's unit.
  func data(_ indicator: String, _ dimensions: [String: String] = [:]) -> DataValue {
    switch units[indicator] ?? .count {
    case .eur: .money(cents(indicator, dimensions))
    case .count: .count(count(indicator, dimensions))
    case .ratio: .ratio(real(indicator, dimensions))
    case .days: .days(real(indicator, dimensions))
    }
  }

  /// A stored value as a dataset value of its unit (missing when nil).
  static func data(_ value: IndicatorValue?, unit: IndicatorUnit) -> DataValue {
    switch unit {
    case .eur: .money(value?.cents)
    case .count: .count(value?.count)
    case .ratio: .ratio(value?.real)
    case .days: .days(value?.real)
    }
  }
}
