import ArdoiseIndicators

/// Indicator values of one period (stored, or computed over a year to date) as the housing
/// tables show them: by indicator id and dimensions' text, in the kind of their unit, counts
/// under the disclosure rule when asked.
struct HousingFigures {
  /// The values by `indicator|dimensions`.
  private let values: [String: IndicatorValue]
  /// Whether billable months are whole (`month_started`): shown as counts, not decimals.
  let wholeMonths: Bool
  /// The disclosure rule of the tables sent outside.
  let disclosure: DisclosureRule

  /// The figures of `values`.
  init(_ values: [IndicatorValue], wholeMonths: Bool, disclosure: DisclosureRule) {
    var byKey: [String: IndicatorValue] = [:]
    for v in values { byKey[v.indicator + "|" + v.dimensions.text] = v }
    self.values = byKey
    self.wholeMonths = wholeMonths
    self.disclosure = disclosure
  }

  /// The values of dimension `key` met in the rows of `id` that split by `key` alone.
  func codes(of id: String, by key: String) -> [String] {
    values.values.filter { $0.indicator == id && $0.dimensions.keys == [key] }
      .compactMap { $0.dimensions[key] }.sorted()
  }

  /// The value of `id` for the dimensions `dims` (canonical text, `""` for the total) as shown:
  /// a count (0 when the group has no row) under the disclosure rule unless `masked` is false,
  /// days and percentages (missing when null or absent), billable months as a count or a
  /// decimal.
  func shown(_ id: String, _ dims: String = "", masked: Bool = true) -> DataValue {
    let definition = Catalogue.standard.definition(id)!
    let number = values[id + "|" + dims]?.number
    switch definition.unit {
    case .count:
      let count = DataValue.count(number?.integer ?? 0)
      return masked ? disclosure.apply(count) : count
    case .days:
      return .days(number?.double)
    case .ratio where definition.presentation == .percent:
      return .ratio(number?.double)
    case .ratio:
      let months = number?.double ?? 0
      return wholeMonths && months == months.rounded() ? .count(Int64(months)) : .decimal(months)
    case .eur:
      return .money(number?.integer)
    }
  }
}
