/// An amount of money in euro cents: every amount in Ardoise, never a floating-point number.
public typealias Cents = Int64

extension Int64 {
  /// The amount as `1234.56` (two decimals, `.`), the machine form of money.
  public var decimalEuros: String {
    let sign = self < 0 ? "-" : ""
    let m = self.magnitude
    let frac = m % 100
    return sign + String(m / 100) + "." + (frac < 10 ? "0" : "") + String(frac)
  }
}

/// Rounding used everywhere a value is printed or stored: half away from zero, once.
public enum Rounding {
  /// `numerator / denominator` rounded half away from zero, for integers.
  public static func divide(_ numerator: Int64, by denominator: Int64) -> Int64 {
    precondition(denominator != 0)
    let q = numerator / denominator
    let r = numerator % denominator
    if r == 0 { return q }
    // Compare 2|r| with |d| without overflow.
    let twice = r.magnitude * 2
    if twice >= denominator.magnitude {
      return (numerator < 0) != (denominator < 0) ? q - 1 : q + 1
    }
    return q
  }

  /// `value × numerator / denominator` rounded half away from zero, using 128-bit intermediates.
  public static func scale(_ value: Int64, by numerator: Int64, over denominator: Int64) -> Int64 {
    let product = value.multipliedFullWidth(by: numerator)
    let (q, r) = denominator.dividingFullWidth(product)
    if r == 0 { return q }
    let negative = ((value < 0) != (numerator < 0)) != (denominator < 0)
    if r.magnitude * 2 >= denominator.magnitude { return negative ? q - 1 : q + 1 }
    return q
  }

  /// A Double rounded half away from zero to `places` decimals, as text with `.`.
  public static func fixed(_ value: Double, places: Int) -> String {
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let scaled = (value * scale).rounded(.toNearestOrAwayFromZero)
    let negative = scaled < 0 && scaled != 0
    let mag = Int64(abs(scaled))
    var digits = String(mag)
    if places > 0 {
      if digits.count <= places {
        digits = String(repeating: "0", count: places - digits.count + 1) + digits
      }
      digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -places))
    }
    return (negative ? "-" : "") + digits
  }
}
