public import ArdoiseCore

/// How a measure's months are billed (parameter `billing_rule`).
public enum BillingRule: String, Sendable, CaseIterable {
  /// 1 for each month with at least one active day (the default).
  case monthStarted = "month_started"
  /// Active days / days in the month.
  case prorata

  /// The rule of `parameters`; throws for an unknown rule.
  public init(_ parameters: Parameters) throws {
    guard let rule = BillingRule(rawValue: parameters.billingRule) else {
      throw IndicatorError(
        "unknown billing rule '\(parameters.billingRule)': expected month_started or prorata")
    }
    self = rule
  }

  /// The billable months of a measure active `activeDays` days in `month`.
  public func months(activeDays: Int, in month: Month) -> MeasureMonths {
    guard activeDays > 0 else { return .zero }
    switch self {
    case .monthStarted: return MeasureMonths(1)
    case .prorata: return MeasureMonths(Int64(activeDays), over: Int64(month.dayCount))
    }
  }

  /// The billable months of a measure active on `activeDays(month)` days of each of `months`.
  func months(_ months: [Month], activeDays: (Month) -> Int) -> MeasureMonths {
    months.reduce(MeasureMonths.zero) { $0 + self.months(activeDays: activeDays($1), in: $1) }
  }
}
