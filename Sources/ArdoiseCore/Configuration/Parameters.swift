/// The indicator parameters of an organisation, with the defaults of indicators.md.
public struct Parameters: Sendable, Equatable {
  /// Provision rates of present debtors by ageing bucket, as fractions of the unpaid amount
  /// (departed leases are always provisioned at 100 %).
  public var provisionRates: [String: Double] = [
    "not_due": 0, "m0_1": 0, "m1_3": 0, "m3_6": 0.25, "m6_12": 0.5, "m12_plus": 1,
  ]
  /// The tolerance of `plans_respected`, in cents (1.00 €).
  public var planTolerance: Int64 = 100
  /// The billing rule of measures: `month_started` or `prorata`.
  public var billingRule = "month_started"
  /// Monthly rate per measure scheme, in cents.
  public var monthlyRates: [String: Int64] = [:]
  /// The first-contact delay threshold, in days.
  public var firstContactDays = 15
  /// Counts from 1 to `minCell − 1` are hidden in tables sent outside; nil shows them.
  public var minCell: Int?
  /// Years after which personal data of closed households is purged.
  public var retentionYears = 5

  /// The defaults.
  public init() {}
}
