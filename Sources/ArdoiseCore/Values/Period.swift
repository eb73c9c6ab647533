/// A reporting period: a month `YYYY-MM`, a quarter `YYYY-Qn` or a year `YYYY`.
///
/// Every figure of a period is computed as of its closing date, its last day.
public struct Period: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// How long the period is.
  public enum Length: String, Sendable { case month, quarter, year }

  /// The period's length.
  public let length: Length
  /// The first month of the period.
  public let firstMonth: Month

  /// The period covering one month.
  public init(month: Month) {
    self.length = .month
    self.firstMonth = month
  }
  /// The quarter `q` (1 to 4) of `year`.
  public init?(year: Int, quarter q: Int) {
    guard (1...4).contains(q), let m = Month(year: year, month: (q - 1) * 3 + 1) else { return nil }
    self.length = .quarter
    self.firstMonth = m
  }
  /// The calendar year.
  public init?(year: Int) {
    guard let m = Month(year: year, month: 1) else { return nil }
    self.length = .year
    self.firstMonth = m
  }
  /// Parses `YYYY-MM`, `YYYY-Qn` or `YYYY`; nil otherwise.
  public init?(_ text: String) {
    if let m = Month(iso: text) {
      self.init(month: m)
    } else if text.count == 7, text.dropFirst(4).first == "-",
      text.dropFirst(5).first == "Q" || text.dropFirst(5).first == "T",
      let y = Int(text.prefix(4)), let q = Int(text.suffix(1))
    {
      self.init(year: y, quarter: q)
    } else if text.count == 4, let y = Int(text) {
      self.init(year: y)
    } else {
      return nil
    }
  }

  /// Number of months in the period.
  public var monthCount: Int {
    switch length {
    case .month: 1
    case .quarter: 3
    case .year: 12
    }
  }
  /// The months of the period, in order.
  public var months: [Month] { (0..<monthCount).map { firstMonth.adding($0) } }
  /// The last month of the period.
  public var lastMonth: Month { firstMonth.adding(monthCount - 1) }
  /// The first day, `A`.
  public var start: Day { firstMonth.firstDay }
  /// The last day, `B`: the closing (as-of) date.
  public var end: Day { lastMonth.lastDay }
  /// Number of days in the period.
  public var dayCount: Int { start.days(to: end) + 1 }
  /// The canonical text: `2026-10`, `2026-Q4`, `2026`.
  public var description: String {
    switch length {
    case .month: firstMonth.iso
    case .quarter: "\(firstMonth.year)-Q\((firstMonth.month - 1) / 3 + 1)"
    case .year: "\(firstMonth.year)"
    }
  }
  /// The French label: `octobre 2026`, `4e trimestre 2026`, `année 2026`.
  public var frenchLabel: String {
    switch length {
    case .month: French.monthName(firstMonth.month) + " \(firstMonth.year)"
    case .quarter:
      ((firstMonth.month - 1) / 3 == 0 ? "1er" : "\((firstMonth.month - 1) / 3 + 1)e")
        + " trimestre \(firstMonth.year)"
    case .year: "année \(firstMonth.year)"
    }
  }
  /// The period of the same length just before this one.
  public var previous: Period { shifted(by: -1) }
  /// The period of the same length `n` steps later (earlier when negative).
  public func shifted(by n: Int) -> Period {
    var p = self
    p = Period(length: length, firstMonth: firstMonth.adding(n * monthCount))
    return p
  }
  private init(length: Length, firstMonth: Month) {
    self.length = length
    self.firstMonth = firstMonth
  }

  public static func < (a: Period, b: Period) -> Bool {
    (a.end, a.monthCount) < (b.end, b.monthCount)
  }
}
