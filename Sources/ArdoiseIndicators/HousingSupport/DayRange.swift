public import ArdoiseCore

/// The days `[A, B]` the housing-support indicators are computed over: a period's days, or the
/// year to date of a month (1 January to the month's last day) for the Métropole's tables.
public struct DayRange: Sendable, Hashable, CustomStringConvertible {
  /// The first day, `A`.
  public let start: Day
  /// The last day, `B` (the as-of date).
  public let end: Day

  /// The days from `start` to `end`, both included (`end` ≥ `start`).
  public init(start: Day, end: Day) {
    precondition(start <= end, "a day range ends on or after its start")
    self.start = start
    self.end = end
  }

  /// The days of `period`.
  public init(period: Period) { self.init(start: period.start, end: period.end) }

  /// 1 January of the month's year to the month's last day.
  public static func yearToDate(through month: Month) -> DayRange {
    DayRange(start: Month(year: month.year, month: 1)!.firstDay, end: month.lastDay)
  }

  /// The months the range touches, in order.
  public var months: [Month] {
    let first = start.monthValue
    return (0...first.months(to: end.monthValue)).map { first.adding($0) }
  }

  /// Number of days in the range.
  public var dayCount: Int { start.days(to: end) + 1 }

  /// Whether `day` is in the range; false for nil.
  public func contains(_ day: Day?) -> Bool {
    guard let day else { return false }
    return start <= day && day <= end
  }

  /// The number of days of the range in `[from, through]` (both included, nil for an open
  /// end); 0 when they do not overlap.
  public func overlap(from: Day, through: Day?) -> Int {
    let lo = max(start, from)
    let hi = through.map { min(end, $0) } ?? end
    return lo <= hi ? lo.days(to: hi) + 1 : 0
  }

  /// `YYYY-MM-DD..YYYY-MM-DD`.
  public var description: String { start.iso + ".." + end.iso }
}
