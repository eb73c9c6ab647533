public import ArdoiseCore
public import Foundation

/// A wall-clock minute (year, month, day, hour, minute) in the server's local time zone, with no
/// time zone attached: the unit in which schedules are evaluated.
///
/// Two `LocalDateTime` values compare as the wall clock reads, so arithmetic ignores daylight
/// saving: `adding(minutes: 60)` from 01:30 is 02:30 even on the night the clocks jump from 02:00
/// to 03:00. Only the conversions to and from `Date` know the time zone, through
/// `init(_:in:)` and `date(in:)`.
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The calendar day.
  public let day: Day
  /// The hour, 0 to 23.
  public let hour: Int
  /// The minute, 0 to 59.
  public let minute: Int

  /// Creates the minute `hour:minute` of `day`, or nil when the hour or minute is out of range.
  public init?(day: Day, hour: Int, minute: Int) {
    guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
    self.day = day
    self.hour = hour
    self.minute = minute
  }

  /// Creates a wall-clock minute from its parts, or nil when they do not name a real one.
  public init?(year: Int, month: Int, day: Int, hour: Int, minute: Int) {
    guard let d = Day(year: year, month: month, day: day) else { return nil }
    self.init(day: d, hour: hour, minute: minute)
  }

  /// Creates the wall-clock minute with the given number of minutes since 1970-01-01 00:00.
  public init(minutesSinceEpoch m: Int) {
    let dayOrdinal = m >= 0 ? m / 1440 : (m - 1439) / 1440
    let inDay = m - dayOrdinal * 1440
    self.day = Day(ordinal: dayOrdinal)
    self.hour = inDay / 60
    self.minute = inDay % 60
  }

  /// Parses `YYYY-MM-DDTHH:MM` or `YYYY-MM-DD HH:MM`, optionally followed by `:SS` (seconds are
  /// dropped: schedules work by the minute); nil otherwise.
  public init?(iso text: some StringProtocol) {
    let u = Array(text.utf8)
    guard u.count == 16 || u.count == 19, u[10] == 0x54 || u[10] == 0x20, u[13] == 0x3A,
      let day = Day(iso: text.prefix(10)),
      let h = LocalDateTime.digits(u, 11, 2), let m = LocalDateTime.digits(u, 14, 2)
    else { return nil }
    if u.count == 19 {
      guard u[16] == 0x3A, let s = LocalDateTime.digits(u, 17, 2), s <= 59 else { return nil }
    }
    self.init(day: day, hour: h, minute: m)
  }

  /// Parses a date and time as `init(iso:)` does, or throws an error that says what is expected
  /// (for `jobs due --now`).
  public static func parse(_ text: String) throws(LocalDateTimeError) -> LocalDateTime {
    guard let value = LocalDateTime(iso: text) else { throw LocalDateTimeError(text: text) }
    return value
  }

  /// The wall-clock minute that `date` shows in `timeZone` (seconds are dropped).
  public init(_ date: Date, in timeZone: TimeZone = .current) {
    let seconds = Int(date.timeIntervalSince1970.rounded(.down))
    let local = seconds + timeZone.secondsFromGMT(for: date)
    let minutes = local >= 0 ? local / 60 : (local - 59) / 60
    self.init(minutesSinceEpoch: minutes)
  }

  /// The instant this wall-clock minute begins in `timeZone`.
  ///
  /// When the clocks go back and the minute happens twice, this is the first time. When the
  /// clocks jump forward over it and it never happens, this is the instant the clocks jump (the
  /// first instant whose local time is later), which is when a fire scheduled then takes place.
  public func date(in timeZone: TimeZone = .current) -> Date {
    let local = minutesSinceEpoch * 60
    func offset(_ s: Int) -> Int {
      timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(s)))
    }
    // The offset in force at the instant is one of those around the local time.
    let candidates = Set([offset(local - 86_400), offset(local), offset(local + 86_400)])
    let valid = candidates.map { local - $0 }.filter { offset($0) == local - $0 }
    if let first = valid.min() { return Date(timeIntervalSince1970: Double(first)) }
    // A gap: local time runs faster than this instant over it. Find the first instant at or
    // after the wall-clock minute by bisection between the two readings.
    var low = local - candidates.max()!  // reads earlier than `local`
    var high = local - candidates.min()!  // reads later than `local`
    while high - low > 1 {
      let mid = low + (high - low) / 2
      if mid + offset(mid) >= local { high = mid } else { low = mid }
    }
    return Date(timeIntervalSince1970: Double(high))
  }

  /// The year.
  public var year: Int { day.year }
  /// The month, 1 to 12.
  public var month: Int { day.month }
  /// The day of the month, 1 to 31.
  public var dayOfMonth: Int { day.day }
  /// The day of the week, 0 (Sunday) to 6 (Saturday), as cron counts.
  public var weekday: Int { LocalDateTime.weekday(of: day) }
  /// Minutes since midnight, 0 to 1439.
  public var minuteOfDay: Int { hour * 60 + minute }
  /// Minutes since 1970-01-01 00:00 on the wall clock: the basis of comparison and arithmetic.
  public var minutesSinceEpoch: Int { day.ordinal * 1440 + minuteOfDay }

  /// The wall-clock minute `n` minutes later (earlier when negative).
  public func adding(minutes n: Int) -> LocalDateTime {
    LocalDateTime(minutesSinceEpoch: minutesSinceEpoch + n)
  }

  /// Wall-clock minutes from `self` to `other` (`other − self`).
  public func minutes(to other: LocalDateTime) -> Int {
    other.minutesSinceEpoch - minutesSinceEpoch
  }

  /// `YYYY-MM-DDTHH:MM`.
  public var iso: String {
    day.iso + "T" + LocalDateTime.pad(hour) + ":" + LocalDateTime.pad(minute)
  }
  /// `YYYY-MM-DDTHH:MM`.
  public var description: String { iso }

  /// Whether `a` is earlier than `b` on the wall clock.
  public static func < (a: LocalDateTime, b: LocalDateTime) -> Bool {
    a.minutesSinceEpoch < b.minutesSinceEpoch
  }

  /// The day of the week of `day`, 0 (Sunday) to 6 (Saturday).
  static func weekday(of day: Day) -> Int {
    // 1970-01-01 was a Thursday (4).
    ((day.ordinal % 7) + 11) % 7
  }

  /// The number written with ASCII digits in `u[at..<at+n]`, or nil.
  static func digits(_ u: [UInt8], _ at: Int, _ n: Int) -> Int? {
    var v = 0
    for c in u[at..<(at + n)] {
      guard c >= 0x30, c <= 0x39 else { return nil }
      v = v * 10 + Int(c - 0x30)
    }
    return v
  }

  /// `v` on two digits at least.
  static func pad(_ v: Int) -> String { v < 10 && v >= 0 ? "0" + String(v) : String(v) }
}

/// A text that is not a local date and time.
public struct LocalDateTimeError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The text that did not parse.
  public let text: String
  /// What went wrong and what is expected.
  public var description: String {
    "\"\(text)\" is not a local date and time; expected YYYY-MM-DDTHH:MM or YYYY-MM-DD HH:MM"
      + " (for example 2026-11-05T06:00)"
  }
}
