public import ArdoiseCore

/// What a report is run for: the period, and the agency when the report is restricted to one.
///
/// Providers receive it with every dataset request and filter their data by it (a report for
/// one agency gets that agency's rows only).
public struct ReportParameters: Sendable, Hashable {
  /// The period (`2026-10`, `2026-Q4`, `2026`).
  public var period: Period
  /// The agency code given with `--agency`, or nil for the whole organisation.
  public var agency: String?

  /// Creates parameters.
  public init(period: Period, agency: String? = nil) {
    self.period = period
    self.agency = agency
  }

  /// The closing (as-of) date: the period's last day.
  public var closingDate: Day { period.end }
}
