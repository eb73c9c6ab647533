public import ArdoiseCore

/// A number of billable measure-months, kept as an exact fraction so that an amount is
/// rounded once (`prorata` sums days / days-in-month over months of different lengths).
public struct MeasureMonths: Sendable, Hashable, Comparable {
  /// The numerator.
  public let numerator: Int64
  /// The denominator, > 0; the fraction is kept reduced.
  public let denominator: Int64

  /// No measure-month.
  public static let zero = MeasureMonths(0)

  /// `numerator / denominator`, reduced.
  public init(_ numerator: Int64, over denominator: Int64 = 1) {
    precondition(denominator > 0)
    let g = Self.gcd(numerator.magnitude, UInt64(denominator))
    self.numerator = numerator / Int64(g)
    self.denominator = denominator / Int64(g)
  }

  /// The value as a real number (one division).
  public var value: Double { Double(numerator) / Double(denominator) }

  /// Whether the value is a whole number of months.
  public var isWhole: Bool { denominator == 1 }

  /// `self × rate`, rounded half away from zero to the cent, once.
  public func amount(atMonthlyRate rate: Cents) -> Cents {
    Rounding.scale(rate, by: numerator, over: denominator)
  }

  /// The exact sum.
  public static func + (a: MeasureMonths, b: MeasureMonths) -> MeasureMonths {
    let g = Int64(gcd(UInt64(a.denominator), UInt64(b.denominator)))
    let lcm = a.denominator / g * b.denominator
    return MeasureMonths(
      a.numerator * (lcm / a.denominator) + b.numerator * (lcm / b.denominator), over: lcm)
  }

  /// The exact sum, in place.
  public static func += (a: inout MeasureMonths, b: MeasureMonths) { a = a + b }

  /// Orders by value, exactly.
  public static func < (a: MeasureMonths, b: MeasureMonths) -> Bool {
    a.numerator * b.denominator < b.numerator * a.denominator
  }

  private static func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
    var (x, y) = (a, b)
    while y != 0 { (x, y) = (y, x % y) }
    return x
  }
}
