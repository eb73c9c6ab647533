/// The number of an indicator value: whole (cents of `eur`, `count`) or real (`ratio`, `days`).
public enum IndicatorNumber: Hashable, Sendable {
  /// Cents or a count.
  case integer(Int64)
  /// A ratio or a number of days, unrounded (rounded once, when printed).
  case real(Double)

  /// The value as a real number (cents stay cents).
  public var double: Double {
    switch self {
    case .integer(let v): Double(v)
    case .real(let v): v
    }
  }

  /// The whole value, or nil for a real.
  public var integer: Int64? {
    if case .integer(let v) = self { return v }
    return nil
  }
}
