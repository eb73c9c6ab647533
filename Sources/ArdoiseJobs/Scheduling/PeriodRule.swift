public import ArdoiseCore

/// Which period a job's run is for, given when its schedule fires: the `period:` key of a job.
///
/// A fire on 2026-11-05 at 06:00 is for 2026-10 with `previous_month`, 2026-11 with
/// `current_month`, 2026-Q3 with `previous_quarter` and 2025 with `previous_year`.
public enum PeriodRule: String, CaseIterable, Sendable {
  /// The month before the fire's month.
  case previousMonth = "previous_month"
  /// The fire's own month.
  case currentMonth = "current_month"
  /// The quarter before the fire's quarter.
  case previousQuarter = "previous_quarter"
  /// The year before the fire's year.
  case previousYear = "previous_year"

  /// Parses the configuration value (`previous_month`…), or throws an error listing the
  /// accepted values.
  public init(parsing text: String) throws(PeriodRuleError) {
    guard let rule = PeriodRule(rawValue: text) else { throw PeriodRuleError(text: text) }
    self = rule
  }

  /// The length of the periods this rule gives.
  public var length: Period.Length {
    switch self {
    case .previousMonth, .currentMonth: .month
    case .previousQuarter: .quarter
    case .previousYear: .year
    }
  }

  /// The period a fire at the wall-clock minute `t` is for.
  public func period(forFireAt t: LocalDateTime) -> Period {
    let month = t.day.monthValue
    switch self {
    case .currentMonth:
      return Period(month: month)
    case .previousMonth:
      return Period(month: month.adding(-1))
    case .previousQuarter:
      return Period(year: month.year, quarter: (month.month - 1) / 3 + 1)!.previous
    case .previousYear:
      return Period(year: month.year)!.previous
    }
  }

  /// The wall-clock minutes whose fires are for `period` (for `previous_month` and 2026-10, the
  /// whole of November 2026), or nil when `period` does not have this rule's length.
  public func fireWindow(for period: Period) -> ClosedRange<LocalDateTime>? {
    guard period.length == length else { return nil }
    let first = self == .currentMonth ? period : period.shifted(by: 1)
    let start = LocalDateTime(day: first.start, hour: 0, minute: 0)!
    let end = LocalDateTime(day: first.end, hour: 23, minute: 59)!
    return start...end
  }
}

/// A `period:` value that is not one of the rules.
public struct PeriodRuleError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The text that is not a rule.
  public let text: String
  /// What went wrong and what is expected.
  public var description: String {
    "\"\(text)\" is not a period rule; expected one of "
      + PeriodRule.allCases.map(\.rawValue).joined(separator: ", ")
  }
}
