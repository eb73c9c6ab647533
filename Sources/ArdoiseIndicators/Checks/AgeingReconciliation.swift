import ArdoiseCore

/// The ageing check: Σ `ageing_amount` over buckets = `receivables`, to the cent, for every
/// combination of agency and status (and the total).
enum AgeingReconciliation {
  /// One lease's receivable (max(balance, 0)) and the sum of its unpaid parts.
  struct Lease {
    /// The lease id.
    let id: String
    /// max(balance, 0) at D.
    let receivable: Cents
    /// Σ of its unpaid parts over buckets.
    let aged: Cents
  }

  /// Checks the values; a break throws, naming the group, the difference and the leases whose
  /// unpaid parts do not add up to their receivable.
  static func verify(_ values: [IndicatorValue], period: Period, leases: [Lease]) throws
    -> IndicatorCheckOutcome
  {
    var receivables: [Dimensions: Cents] = [:]
    var aged: [Dimensions: Cents] = [:]
    for v in values {
      if v.indicator == "receivables" && v.dimensions["phase"] == nil {
        receivables[v.dimensions] = v.cents ?? 0
      } else if v.indicator == "ageing_amount" && v.dimensions["bucket"] != nil {
        aged[v.dimensions.removing("bucket"), default: 0] += v.cents ?? 0
      }
    }
    let groups = Set(receivables.keys).union(aged.keys).sorted()
    for g in groups where receivables[g] ?? 0 != aged[g] ?? 0 {
      let (r, a) = (receivables[g] ?? 0, aged[g] ?? 0)
      let broken = leases.filter { $0.receivable != $0.aged }.map(\.id).sorted()
      throw IndicatorCheckFailure(
        check: "ageing", period: period, difference: r - a, group: g.isTotal ? "total" : g.text,
        leases: Array(broken.prefix(BridgeCheck.leasesShown)),
        explanation:
          "Σ ageing_amount over buckets is \(a.decimalEuros), receivables is \(r.decimalEuros)")
    }
    return IndicatorCheckOutcome(
      name: "ageing", detail: "Σ ageing_amount over buckets = receivables in \(groups.count) groups"
    )
  }
}
