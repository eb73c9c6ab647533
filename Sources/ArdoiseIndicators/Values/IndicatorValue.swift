public import ArdoiseCore

/// One value of one indicator for one period and one combination of its dimensions.
public struct IndicatorValue: Hashable, Sendable {
  /// The indicator id (`receivables`).
  public let indicator: String
  /// The period.
  public let period: Period
  /// The dimensions (``Dimensions/total`` for the total).
  public let dimensions: Dimensions
  /// The unit.
  public let unit: IndicatorUnit
  /// The number, or nil for null (a ratio with a zero denominator, a mean over nothing).
  public let number: IndicatorNumber?

  /// Creates a value.
  public init(
    indicator: String, period: Period, dimensions: Dimensions, unit: IndicatorUnit,
    number: IndicatorNumber?
  ) {
    self.indicator = indicator
    self.period = period
    self.dimensions = dimensions
    self.unit = unit
    self.number = number
  }

  /// The amount in cents of an `eur` value, nil otherwise or when null.
  public var cents: Cents? { unit == .eur ? number?.integer : nil }
  /// The count of a `count` value, nil otherwise or when null.
  public var count: Int64? { unit == .count ? number?.integer : nil }
  /// The real of a `ratio` or `days` value, nil otherwise or when null.
  public var real: Double? {
    guard !unit.isInteger, case .real(let v) = number else { return nil }
    return v
  }

  /// The output order: by indicator id, then by the dimensions' canonical text.
  public static func outputOrder(_ a: IndicatorValue, _ b: IndicatorValue) -> Bool {
    if a.indicator != b.indicator {
      return a.indicator.utf8.lexicographicallyPrecedes(b.indicator.utf8)
    }
    return a.dimensions < b.dimensions
  }
}
