import ArdoiseCore

/// The ageing family: unpaid parts by bucket, debtors by their oldest unpaid part, and the
/// provision, with the ageing reconciliation check.
struct AgeingIndicators: IndicatorFamily {
  let name = "ageing"
  let definitions = AgeingDefinitions.all

  func computes(for length: Period.Length) -> Bool { length == .month }

  func compute(_ context: ComputeContext) throws -> [IndicatorValue] {
    let s = try context.snapshot()
    let bucket = Axis(key: "bucket", values: AgeingBucket.allCases.map(\.code))
    let agency = Axis(key: "agency", values: s.leases.agencies)
    let status = Axis(key: "status", values: LeaseStatus.dimensionValues)
    var amount = Crossing([bucket, agency, status])
    var debtors = Crossing([bucket, agency, status])
    var provision = Crossing([status])
    let rates = Self.provisionRates(context.parameters)
    for i in 0..<s.leases.count where s.status[i] != .notStarted {
      let (a, st, balance) = (s.leases.agency[i], s.status[i].axisIndex, s.ledger.balance[i])
      // Every started lease is a member of the groups that do not split by bucket.
      amount.add([-1, a, st], amount: 0)
      guard balance > 0 else {
        debtors.add([-1, a, st], amount: 0)
        provision.add([st], amount: 0)
        continue
      }
      var weighted: Int64 = 0
      for b in AgeingBucket.allCases.indices where s.unpaid(i, b) > 0 {
        amount.add([b, a, st], amount: s.unpaid(i, b))
        weighted += s.unpaid(i, b) * rates[b]
      }
      debtors.add([s.limits.bucket(due: s.debtors.oldestDue[i]), a, st], amount: 1)
      let p = s.status[i] == .departed ? balance : Rounding.divide(weighted, by: Self.rateScale)
      provision.add([st], amount: p)
    }
    var sink = ValueSink(period: context.period)
    sink.sums(AgeingDefinitions.amount, amount)
    sink.sums(AgeingDefinitions.debtors, debtors)
    sink.sums(AgeingDefinitions.provision, provision)
    return sink.values
  }

  func verify(_ values: [IndicatorValue], _ context: ComputeContext) throws
    -> [IndicatorCheckOutcome]
  {
    let s = try context.snapshot()
    var leases: [AgeingReconciliation.Lease] = []
    for i in 0..<s.leases.count where s.status[i] != .notStarted {
      let aged = AgeingBucket.allCases.indices.reduce(Int64(0)) { $0 + s.unpaid(i, $1) }
      leases.append(
        .init(id: s.leases.ids[i], receivable: max(s.ledger.balance[i], 0), aged: aged))
    }
    return [try AgeingReconciliation.verify(values, period: context.period, leases: leases)]
  }

  /// Provision rates are exact decimals: fractions of ``rateScale`` (six decimals).
  static let rateScale: Int64 = 1_000_000

  /// The provision rate of each bucket in millionths (25 % = 250 000), a bucket left out of
  /// the parameters counting 0.
  static func provisionRates(_ parameters: Parameters) -> [Int64] {
    AgeingBucket.allCases.map { b in
      Int64(((parameters.provisionRates[b.code] ?? 0) * Double(rateScale)).rounded())
    }
  }
}
