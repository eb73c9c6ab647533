/// The unit of an indicator's values (indicators.md, Conventions).
public enum IndicatorUnit: String, Sendable, CaseIterable {
  /// Money: integer cents inside, euros with 2 decimals outside.
  case eur
  /// A whole number of things (leases, cases, actions).
  case count
  /// A fraction (0.9734, not a percentage), 6 decimals outside.
  case ratio
  /// A number of days, 2 decimals outside.
  case days

  /// Whether values are whole numbers (cents or counts) rather than reals.
  public var isInteger: Bool { self == .eur || self == .count }

  /// The number of decimals of the machine output (CSV, JSON).
  public var decimals: Int {
    switch self {
    case .eur: 2
    case .count: 0
    case .ratio: 6
    case .days: 2
    }
  }
}
