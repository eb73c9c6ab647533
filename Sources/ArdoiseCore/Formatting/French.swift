/// French formats for what users read: `1 234,56 €`, `97,3 %`, `31/10/2026`.
///
/// Written by hand rather than through a locale so that output does not depend on the machine:
/// thousands are grouped with a narrow no-break space (U+202F) and units are preceded by a
/// no-break space (U+00A0), as `fr_FR` does.
public enum French {
  /// The thousands separator (narrow no-break space).
  public static let groupSeparator = "\u{202F}"
  /// The space before `€` and `%` (no-break space).
  public static let unitSpace = "\u{00A0}"

  /// `1 234,56 €`.
  public static func money(_ cents: Cents) -> String {
    let sign = cents < 0 ? "-" : ""
    let m = cents.magnitude
    let frac = m % 100
    return sign + grouped(m / 100) + "," + (frac < 10 ? "0" : "") + String(frac) + unitSpace + "€"
  }
  /// `1 235 €`: money rounded to the euro, for headline figures.
  public static func moneyRounded(_ cents: Cents) -> String {
    let euros = Rounding.divide(cents, by: 100)
    return (euros < 0 ? "-" : "") + grouped(euros.magnitude) + unitSpace + "€"
  }
  /// `1 234`.
  public static func count(_ n: Int64) -> String { (n < 0 ? "-" : "") + grouped(n.magnitude) }
  /// `97,3 %` for the ratio 0.973, with `places` decimals.
  public static func percent(_ ratio: Double, places: Int = 1) -> String {
    decimal(ratio * 100, places: places) + unitSpace + "%"
  }
  /// `12,5` for 12.5 with `places` decimals, thousands grouped.
  public static func decimal(_ value: Double, places: Int) -> String {
    let text = Rounding.fixed(value, places: places)
    let negative = text.hasPrefix("-")
    let body = negative ? String(text.dropFirst()) : text
    let parts = body.split(separator: ".", omittingEmptySubsequences: false)
    var out = grouped(UInt64(parts[0]) ?? 0)
    if parts.count > 1 { out += "," + parts[1] }
    return (negative ? "-" : "") + out
  }
  /// `31/10/2026`.
  public static func date(_ day: Day) -> String { day.french }

  /// The French name of a month, lower case: `octobre`.
  public static func monthName(_ month: Int) -> String {
    [
      "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
      "octobre", "novembre", "décembre",
    ][month - 1]
  }
  /// `oct. 2026`, for chart axes.
  public static func shortMonth(_ m: Month) -> String {
    [
      "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
      "déc.",
    ][m.month - 1] + " " + String(m.year)
  }

  static func grouped(_ v: UInt64) -> String {
    let digits = Array(String(v))
    var out = ""
    for (i, c) in digits.enumerated() {
      if i > 0, (digits.count - i) % 3 == 0 { out += groupSeparator }
      out.append(c)
    }
    return out
  }
}
