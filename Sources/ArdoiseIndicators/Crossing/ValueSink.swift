import ArdoiseCore

/// Collects a family's values for a period from ``Crossing``s, checking that each crossing has
/// the dimensions its definition lists.
struct ValueSink {
  /// The period of the values.
  let period: Period
  /// The values collected.
  private(set) var values: [IndicatorValue] = []

  /// A sink for `period`.
  init(period: Period) { self.period = period }

  /// Adds one value.
  mutating func add(_ def: IndicatorDefinition, _ dims: Dimensions, _ number: IndicatorNumber?) {
    values.append(
      IndicatorValue(
        indicator: def.id, period: period, dimensions: dims, unit: def.unit, number: number))
  }

  /// Adds the sums of every group of `crossing` (cents or counts).
  mutating func sums(_ def: IndicatorDefinition, _ crossing: Crossing) {
    check(def, crossing)
    for (dims, group) in crossing.groups() { add(def, dims, .integer(group.sum)) }
  }

  /// Adds `scale × numerator / denominator` for every group of either (null when the
  /// denominator is 0).
  mutating func ratio(
    _ def: IndicatorDefinition, _ numerator: Crossing, _ denominator: Crossing, scale: Int64 = 1
  ) {
    combine(def, numerator, denominator) { n, d in
      d == 0 ? nil : .real(Double(n * scale) / Double(d))
    }
  }

  /// Adds `numerator / denominator` rounded to a whole number (cents) half away from zero, for
  /// every group of either (null when the denominator is 0).
  mutating func quotient(_ def: IndicatorDefinition, _ numerator: Crossing, _ denominator: Crossing)
  {
    combine(def, numerator, denominator) { n, d in
      d == 0 ? nil : .integer(Rounding.divide(n, by: d))
    }
  }

  private mutating func combine(
    _ def: IndicatorDefinition, _ numerator: Crossing, _ denominator: Crossing,
    _ value: (Int64, Int64) -> IndicatorNumber?
  ) {
    check(def, numerator)
    check(def, denominator)
    let n = numerator.groups()
    let d = denominator.groups()
    for dims in Set(n.keys).union(d.keys) {
      add(def, dims, value(n[dims]?.sum ?? 0, d[dims]?.sum ?? 0))
    }
  }

  private func check(_ def: IndicatorDefinition, _ crossing: Crossing) {
    precondition(
      Set(crossing.axes.map(\.key)) == Set(def.dimensions),
      "\(def.id): crossing over \(crossing.axes.map(\.key)), definition lists \(def.dimensions)")
  }
}
