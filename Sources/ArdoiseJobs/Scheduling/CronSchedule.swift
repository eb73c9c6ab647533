import ArdoiseCore

/// A five-field cron schedule, `minute hour day-of-month month day-of-week`, evaluated on the
/// local wall clock.
///
/// Each field is `*`, a number, a range `1-5`, a step `*/15`, `10-50/10` or `5/15` (from 5 to the
/// end of the field), or a comma-separated list of those, as in Vixie cron. Months may be written
/// `JAN`–`DEC` and days of the week `SUN`–`SAT` (any case); day of the week 0 and 7 are both
/// Sunday. The shorthands `@yearly` (`@annually`), `@monthly`, `@weekly`, `@daily`
/// (`@midnight`) and `@hourly` are accepted.
///
/// Day of month and day of week follow the Vixie rule: when both fields are restricted (neither
/// starts with `*`), a day matches when either matches (`0 6 1 * 1` fires on the 1st and on every
/// Monday); when either starts with `*`, a day must match both.
///
/// A schedule that can never fire (`0 0 31 2 *`) is rejected when parsed.
public struct CronSchedule: Hashable, Sendable, CustomStringConvertible {
  /// The five fields of a schedule, in order.
  public enum Field: Int, CaseIterable, Sendable {
    /// The minute, 0–59.
    case minute
    /// The hour, 0–23.
    case hour
    /// The day of the month, 1–31.
    case dayOfMonth
    /// The month, 1–12 or `JAN`–`DEC`.
    case month
    /// The day of the week, 0–7 (0 and 7 are Sunday) or `SUN`–`SAT`.
    case dayOfWeek

    /// The field's name in error messages: `minute`, `hour`, `day-of-month`, `month`,
    /// `day-of-week`.
    public var name: String {
      switch self {
      case .minute: "minute"
      case .hour: "hour"
      case .dayOfMonth: "day-of-month"
      case .month: "month"
      case .dayOfWeek: "day-of-week"
      }
    }

    /// The values a field accepts.
    public var range: ClosedRange<Int> {
      switch self {
      case .minute: 0...59
      case .hour: 0...23
      case .dayOfMonth: 1...31
      case .month: 1...12
      case .dayOfWeek: 0...7
      }
    }

    /// The names a field accepts besides numbers (lowercase), with their values.
    var names: [String: Int] {
      switch self {
      case .month:
        [
          "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
          "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
        ]
      case .dayOfWeek: ["sun": 0, "mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6]
      default: [:]
      }
    }

    /// What a value of the field looks like, for error messages.
    var expected: String {
      let r = "\(range.lowerBound)–\(range.upperBound)"
      switch self {
      case .month: return r + " or JAN–DEC"
      case .dayOfWeek: return r + " or SUN–SAT"
      default: return r
      }
    }
  }

  /// The schedule as written.
  public let text: String
  /// Bit `n` set when minute `n` is selected.
  let minutes: UInt64
  /// Bit `n` set when hour `n` is selected.
  let hours: UInt64
  /// Bit `n` set when day of month `n` is selected.
  let daysOfMonth: UInt64
  /// Bit `n` set when month `n` is selected.
  let months: UInt64
  /// Bit `n` set when day of week `n` (0 = Sunday, 6 = Saturday) is selected.
  let weekdays: UInt64
  /// Whether either day field starts with `*`, in which case a day must match both.
  let eitherDayFieldIsStar: Bool

  /// How far `nextFire` and `previousFire` look: beyond the longest gap of a valid schedule
  /// (29 February can be 8 years apart).
  static let horizonDays = 366 * 30

  /// The standard shorthands and the schedules they stand for.
  static let shorthands: [String: String] = [
    "@yearly": "0 0 1 1 *", "@annually": "0 0 1 1 *", "@monthly": "0 0 1 * *",
    "@weekly": "0 0 * * 0", "@daily": "0 0 * * *", "@midnight": "0 0 * * *",
    "@hourly": "0 * * * *",
  ]

  /// Parses a schedule, or throws an error that names the field and what it expects.
  public init(_ text: String) throws(CronScheduleError) {
    self.text = text
    var body = text.trimmingSpaces
    if body.hasPrefix("@") {
      guard let expanded = CronSchedule.shorthands[body.lowercased()] else {
        throw CronScheduleError(
          field: nil,
          message: "\"\(body)\" is not a known shorthand; expected one of "
            + "@yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly, "
            + "or five fields (minute hour day-of-month month day-of-week)")
      }
      body = expanded
    }
    let fields = body.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    guard fields.count == 5 else {
      throw CronScheduleError(
        field: nil,
        message: "expected 5 fields (minute hour day-of-month month day-of-week), found "
          + "\(fields.count) in \"\(text)\"")
    }
    minutes = try CronSchedule.parseField(fields[0], .minute)
    hours = try CronSchedule.parseField(fields[1], .hour)
    daysOfMonth = try CronSchedule.parseField(fields[2], .dayOfMonth)
    months = try CronSchedule.parseField(fields[3], .month)
    var dow = try CronSchedule.parseField(fields[4], .dayOfWeek)
    if dow & (1 << 7) != 0 { dow = (dow | 1) & ~(1 << 7) }  // 7 is Sunday, like 0
    weekdays = dow
    eitherDayFieldIsStar = fields[2].hasPrefix("*") || fields[4].hasPrefix("*")

    // With the day fields combined by "and", a day of month that no selected month has never
    // comes (every other pairing of a day and a month falls on every weekday over the years).
    if eitherDayFieldIsStar {
      let possible = (1...12).contains { m in
        months & (1 << m) != 0
          && daysOfMonth & ((UInt64(1) << (Day.daysIn(year: 2000, month: m) + 1)) - 2) != 0
      }
      if !possible {
        throw CronScheduleError(
          field: .dayOfMonth,
          message: "day \(fields[2]) never occurs in month \(fields[3]); "
            + "the schedule would never fire")
      }
    }
  }

  /// The schedule as written.
  public var description: String { text }

  /// Whether the schedule fires at the wall-clock minute `t`.
  public func matches(_ t: LocalDateTime) -> Bool {
    minutes & (1 << t.minute) != 0 && hours & (1 << t.hour) != 0
      && months & (1 << t.month) != 0 && dayMatches(t.day)
  }

  /// The first minute strictly after `t` at which the schedule fires, or nil when there is
  /// none before year 10000.
  ///
  /// Skips whole months and days that do not match, then finds the hour and minute with bit
  /// operations: a few dozen steps at most for any valid schedule.
  public func nextFire(after t: LocalDateTime) -> LocalDateTime? {
    let start = t.adding(minutes: 1)
    var day = start.day
    var from = start.minuteOfDay
    let last = day.ordinal + CronSchedule.horizonDays
    while day.ordinal <= last {
      let (y, m, _) = day.parts
      guard y <= 9999 else { return nil }
      if months & (1 << m) == 0 {
        guard y < 9999 || m < 12 else { return nil }
        day = Month(year: y, month: m)!.adding(1).firstDay
        from = 0
        continue
      }
      if dayMatches(day), let minute = firstMinute(atOrAfter: from) {
        return LocalDateTime(day: day, hour: minute / 60, minute: minute % 60)
      }
      day = day.adding(days: 1)
      from = 0
    }
    return nil
  }

  /// The last minute strictly before `t` at which the schedule fired, or nil when there is
  /// none after year 1.
  public func previousFire(before t: LocalDateTime) -> LocalDateTime? {
    let start = t.adding(minutes: -1)
    var day = start.day
    var through = start.minuteOfDay
    let first = day.ordinal - CronSchedule.horizonDays
    while day.ordinal >= first {
      let (y, m, _) = day.parts
      guard y >= 1 else { return nil }
      if months & (1 << m) == 0 {
        guard y > 1 || m > 1 else { return nil }
        day = Month(year: y, month: m)!.firstDay.adding(days: -1)
        through = 1439
        continue
      }
      if dayMatches(day), let minute = lastMinute(atOrBefore: through) {
        return LocalDateTime(day: day, hour: minute / 60, minute: minute % 60)
      }
      day = day.adding(days: -1)
      through = 1439
    }
    return nil
  }

  /// The fire times strictly after `a` and at or before `b`, in order, at most `limit` of them.
  public func fireTimes(after a: LocalDateTime, through b: LocalDateTime, limit: Int)
    -> [LocalDateTime]
  {
    var result: [LocalDateTime] = []
    var cursor = a
    while result.count < limit, let next = nextFire(after: cursor), next <= b {
      result.append(next)
      cursor = next
    }
    return result
  }

  // MARK: - Matching

  /// Whether `day` matches the day-of-month and day-of-week fields (Vixie rule).
  func dayMatches(_ day: Day) -> Bool {
    let byDate = daysOfMonth & (1 << day.day) != 0
    let byWeekday = weekdays & (1 << LocalDateTime.weekday(of: day)) != 0
    return eitherDayFieldIsStar ? byDate && byWeekday : byDate || byWeekday
  }

  /// The first selected minute of the day at or after minute-of-day `from`, or nil.
  func firstMinute(atOrAfter from: Int) -> Int? {
    var hour = from / 60
    var low = from % 60
    while hour < 24 {
      if hours & (1 << hour) != 0 {
        let candidates = minutes & (UInt64.max << low)
        if candidates != 0 { return hour * 60 + candidates.trailingZeroBitCount }
      }
      hour += 1
      low = 0
    }
    return nil
  }

  /// The last selected minute of the day at or before minute-of-day `through`, or nil.
  func lastMinute(atOrBefore through: Int) -> Int? {
    var hour = through / 60
    var high = through % 60
    while hour >= 0 {
      if hours & (1 << hour) != 0 {
        let candidates = minutes & ((UInt64(1) << (high + 1)) - 1)
        if candidates != 0 { return hour * 60 + 63 - candidates.leadingZeroBitCount }
      }
      hour -= 1
      high = 59
    }
    return nil
  }

  // MARK: - Parsing

  /// The bit set selected by one field's text.
  static func parseField(_ text: String, _ field: Field) throws(CronScheduleError) -> UInt64 {
    var bits: UInt64 = 0
    for item in text.split(separator: ",", omittingEmptySubsequences: false) {
      guard !item.isEmpty else {
        throw CronScheduleError(field: field, message: "empty item in the list \"\(text)\"")
      }
      let (low, high, step) = try parseItem(String(item), field)
      for v in stride(from: low, through: high, by: step) { bits |= 1 << v }
    }
    return bits
  }

  /// One list item as a range and a step.
  static func parseItem(_ item: String, _ field: Field) throws(CronScheduleError) -> (
    Int, Int, Int
  ) {
    let range = field.range
    let parts = item.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count <= 2 else {
      throw CronScheduleError(field: field, message: "\"\(item)\" has more than one /")
    }
    var step = 1
    if parts.count == 2 {
      let maxStep = range.upperBound - range.lowerBound
      guard let s = Int(parts[1]), parts[1].allSatisfy(\.isASCIIDigit) else {
        throw CronScheduleError(
          field: field, message: "step \"\(parts[1])\" in \"\(item)\" is not a number 1–\(maxStep)")
      }
      guard (1...maxStep).contains(s) else {
        throw CronScheduleError(field: field, message: "step \(s) is out of range 1–\(maxStep)")
      }
      step = s
    }
    let base = parts[0]
    if base == "*" { return (range.lowerBound, range.upperBound, step) }
    let bounds = base.split(separator: "-", omittingEmptySubsequences: false)
    guard bounds.count <= 2, !base.hasPrefix("*") else {
      throw CronScheduleError(
        field: field,
        message: "\"\(item)\" is not valid; expected *, a value \(field.expected), a range like "
          + "1-5, a step like */15 or 10-50/10, or a comma-separated list of them")
    }
    let low = try value(bounds[0], field, item: item)
    guard bounds.count == 2 else {
      // `5/15` runs from 5 to the end of the field.
      return (low, parts.count == 2 ? range.upperBound : low, step)
    }
    let high = try value(bounds[1], field, item: item)
    guard low <= high else {
      let top = field == .dayOfWeek ? 6 : range.upperBound
      throw CronScheduleError(
        field: field,
        message: "range \(base) goes backwards; write the smaller value first, or split it as "
          + "\(low)-\(top),\(range.lowerBound)-\(high)")
    }
    return (low, high, step)
  }

  /// One value of a field: a number in range or a name.
  static func value(_ text: Substring, _ field: Field, item: String) throws(CronScheduleError)
    -> Int
  {
    if let named = field.names[text.lowercased()] { return named }
    guard !text.isEmpty, text.allSatisfy(\.isASCIIDigit), let v = Int(text) else {
      let shown = text.isEmpty ? item : String(text)
      let kind = field.names.isEmpty ? "is not a number" : "is neither a number nor a name"
      throw CronScheduleError(
        field: field, message: "\"\(shown)\" \(kind); expected \(field.expected)")
    }
    guard field.range.contains(v) else {
      throw CronScheduleError(
        field: field,
        message: "\(v) is out of range \(field.range.lowerBound)–\(field.range.upperBound)")
    }
    return v
  }
}

/// A cron schedule that does not parse, with the field at fault.
public struct CronScheduleError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The field at fault, or nil when the schedule as a whole is wrong (number of fields).
  public let field: CronSchedule.Field?
  /// What is wrong and what is expected, without the field name.
  public let message: String

  /// `minute: 61 is out of range 0–59`.
  public var description: String {
    if let field { return field.name + ": " + message }
    return message
  }
}

extension Character {
  /// Whether the character is one of the ASCII digits 0–9.
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
  /// The string without leading and trailing spaces and tabs.
  fileprivate var trimmingSpaces: String {
    var s = Substring(self)
    while let c = s.first, c == " " || c == "\t" { s = s.dropFirst() }
    while let c = s.last, c == " " || c == "\t" { s = s.dropLast() }
    return String(s)
  }
}
