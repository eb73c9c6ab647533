/// A calendar month, `YYYY-MM`: the period of a rent call and the unit of recovery indicators.
///
/// Stored in SQLite as the integer `yyyymm` (202610).
public struct Month: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The year.
  public let year: Int
  /// The month, 1 to 12.
  public let month: Int

  /// Creates a month, or nil when `month` is not 1 to 12.
  public init?(year: Int, month: Int) {
    guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
    self.year = year
    self.month = month
  }
  /// Creates a month from its `yyyymm` integer form.
  public init?(yyyymm: Int) { self.init(year: yyyymm / 100, month: yyyymm % 100) }
  /// Parses `YYYY-MM`, or returns nil.
  public init?(iso text: some StringProtocol) {
    let u = Array(text.utf8)
    guard u.count == 7, u[4] == 0x2D, let y = Day.digits(u, 0, 4), let m = Day.digits(u, 5, 2)
    else { return nil }
    self.init(year: y, month: m)
  }

  /// The `yyyymm` integer stored in the database.
  public var yyyymm: Int { year * 100 + month }
  /// Months since year 0, for arithmetic.
  public var index: Int { year * 12 + month - 1 }
  /// `YYYY-MM`.
  public var iso: String { Day.pad(year, 4) + "-" + Day.pad(month, 2) }
  public var description: String { iso }
  /// Number of days in the month.
  public var dayCount: Int { Day.daysIn(year: year, month: month) }
  /// The first day of the month.
  public var firstDay: Day { Day(year: year, month: month, day: 1)! }
  /// The last day of the month: its closing date.
  public var lastDay: Day { Day(year: year, month: month, day: dayCount)! }

  /// The month `n` months later (earlier when negative).
  public func adding(_ n: Int) -> Month {
    let i = index + n
    return Month(year: i / 12, month: i % 12 + 1)!
  }
  /// Months from `self` to `other` (`other − self`).
  public func months(to other: Month) -> Int { other.index - index }

  public static func < (a: Month, b: Month) -> Bool { a.index < b.index }
}
