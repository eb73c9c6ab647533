public import ArdoiseCore

/// The result of computing a period: its values in output order, the checks that held, and the
/// worklists when asked for.
public struct Evaluation: Sendable {
  /// The period.
  public let period: Period
  /// The values, sorted by indicator id then dimensions' text.
  public let values: [IndicatorValue]
  /// The checks, all passed (a broken one throws instead).
  public let checks: [IndicatorCheckOutcome]
  /// The worklists of a month, when asked for.
  public let worklists: MonthWorklists?

  /// The values of one indicator.
  public func values(of indicator: String) -> [IndicatorValue] {
    values.filter { $0.indicator == indicator }
  }

  /// The value of `indicator` for `dimensions` (the total by default), if given.
  public func value(_ indicator: String, _ dimensions: Dimensions = .total) -> IndicatorValue? {
    values.first { $0.indicator == indicator && $0.dimensions == dimensions }
  }
}
