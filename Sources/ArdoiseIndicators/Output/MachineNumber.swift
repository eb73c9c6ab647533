import ArdoiseCore

/// The machine form of a value (CSV, JSON): money with 2 decimals and `.`, counts as integers,
/// ratios with 6 decimals, days with 2, rounded half away from zero.
enum MachineNumber {
  /// The number's text, nil for null.
  static func text(_ v: IndicatorValue) -> String? {
    guard let number = v.number else { return nil }
    switch (v.unit, number) {
    case (.eur, .integer(let cents)): return cents.decimalEuros
    case (.count, .integer(let n)): return String(n)
    case (_, .real(let r)): return DecimalText.fixed(r, places: v.unit.decimals)
    case (_, .integer(let i)): return DecimalText.fixed(Double(i), places: v.unit.decimals)
    }
  }
}
