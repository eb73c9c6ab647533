/// A calendar date with no time and no time zone: the unit of every date in Ardoise.
///
/// Stored in SQLite as the integer `yyyymmdd` (20261031), which sorts like the date and stays
/// readable in the database; arithmetic uses the day number since 1970-01-01.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Days since 1970-01-01 (negative before).
  public let ordinal: Int

  /// Creates the day with the given number of days since 1970-01-01.
  public init(ordinal: Int) { self.ordinal = ordinal }

  /// Creates a day from its parts, or returns nil when they do not name a real date.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
      day <= Day.daysIn(year: year, month: month)
    else { return nil }
    self.ordinal = Day.ordinal(year: year, month: month, day: day)
  }

  /// Creates a day from its `yyyymmdd` integer form, or nil when it is not a real date.
  public init?(yyyymmdd: Int) {
    self.init(year: yyyymmdd / 10000, month: (yyyymmdd / 100) % 100, day: yyyymmdd % 100)
  }

  /// Parses `YYYY-MM-DD`, or returns nil.
  public init?(iso text: some StringProtocol) {
    let u = Array(text.utf8)
    guard u.count == 10, u[4] == 0x2D, u[7] == 0x2D,
      let y = Day.digits(u, 0, 4), let m = Day.digits(u, 5, 2), let d = Day.digits(u, 8, 2)
    else { return nil }
    self.init(year: y, month: m, day: d)
  }

  /// The date's year, month and day.
  public var parts: (year: Int, month: Int, day: Int) { Day.civil(ordinal) }
  /// The year.
  public var year: Int { parts.year }
  /// The month, 1 to 12.
  public var month: Int { parts.month }
  /// The day of the month.
  public var day: Int { parts.day }
  /// The `yyyymmdd` integer stored in the database.
  public var yyyymmdd: Int {
    let p = parts
    return p.year * 10000 + p.month * 100 + p.day
  }
  /// The month this day belongs to.
  public var monthValue: Month { Month(year: year, month: month)! }

  /// `YYYY-MM-DD`.
  public var iso: String {
    let p = parts
    return Day.pad(p.year, 4) + "-" + Day.pad(p.month, 2) + "-" + Day.pad(p.day, 2)
  }
  /// `DD/MM/YYYY`, as French readers write dates.
  public var french: String {
    let p = parts
    return Day.pad(p.day, 2) + "/" + Day.pad(p.month, 2) + "/" + Day.pad(p.year, 4)
  }
  public var description: String { iso }

  /// The day `n` days later (earlier when negative).
  public func adding(days n: Int) -> Day { Day(ordinal: ordinal + n) }
  /// The same day `n` calendar months later, clamped to the end of the target month
  /// (31 December + 2 months = 28 or 29 February).
  public func adding(months n: Int) -> Day {
    let p = parts
    let target = Month(year: p.year, month: p.month)!.adding(n)
    return Day(year: target.year, month: target.month, day: min(p.day, target.dayCount))!
  }
  /// Days from `self` to `other` (`other − self`).
  public func days(to other: Day) -> Int { other.ordinal - ordinal }

  public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }

  /// Number of days in a month.
  public static func daysIn(year: Int, month: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
  /// Whether the Gregorian year has 29 February.
  public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

  // Howard Hinnant's days_from_civil / civil_from_days.
  static func ordinal(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }
  static func civil(_ z0: Int) -> (year: Int, month: Int, day: Int) {
    let z = z0 + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }
  static func digits(_ u: [UInt8], _ at: Int, _ n: Int) -> Int? {
    var v = 0
    for i in at..<(at + n) {
      let c = u[i]
      guard c >= 0x30, c <= 0x39 else { return nil }
      v = v * 10 + Int(c - 0x30)
    }
    return v
  }
  static func pad(_ v: Int, _ width: Int) -> String {
    let s = String(v)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
  }
}
