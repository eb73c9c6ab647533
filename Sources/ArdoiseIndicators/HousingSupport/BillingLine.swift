public import ArdoiseCore

/// One line of the bill of a funder's measures: a scheme, its billable measure-months and the
/// amount at the configured monthly rate.
public struct BillingLine: Sendable, Hashable {
  /// The scheme code (`asll`).
  public let scheme: String
  /// The billable measure-months, exact.
  public let billableMonths: MeasureMonths
  /// The configured monthly rate of the scheme, in cents; nil when none is configured.
  public let monthlyRate: Cents?

  /// A line.
  public init(scheme: String, billableMonths: MeasureMonths, monthlyRate: Cents?) {
    self.scheme = scheme
    self.billableMonths = billableMonths
    self.monthlyRate = monthlyRate
  }

  /// billable months × monthly rate, rounded half away from zero to the cent once for the
  /// line; nil without a rate.
  public var amount: Cents? { monthlyRate.map { billableMonths.amount(atMonthlyRate: $0) } }
}
