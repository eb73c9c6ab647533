import ArdoiseCore

/// The recovery family: billing, collections, rates, receivables, debtors, debt in months of
/// rent, the bridge and the opening and closing balances, with the bridge check.
struct RecoveryIndicators: IndicatorFamily {
  let name = "recovery"
  let definitions = RecoveryDefinitions.all

  func computes(for length: Period.Length) -> Bool { length == .month }

  func compute(_ context: ComputeContext) throws -> [IndicatorValue] {
    let s = try context.snapshot()
    var sink = ValueSink(period: context.period)
    flows(s, &sink)
    balances(s, &sink)
    debtMonths(s, &sink)
    movements(s, &sink)
    return sink.values
  }

  func verify(_ values: [IndicatorValue], _ context: ComputeContext) throws
    -> [IndicatorCheckOutcome]
  {
    let s = try context.snapshot()
    var leases = (0..<s.leases.count).map { l in
      BridgeCheck.Lease(
        id: s.leases.ids[l], opening: s.ledger.openingBalance[l],
        movement: s.ledger.balance[l] - s.ledger.openingBalance[l], closing: s.ledger.balance[l])
    }
    for (id, m) in s.ledger.totals.unknownLeases {
      leases.append(
        .init(id: id, opening: m.opening, movement: m.movement, closing: m.opening + m.movement))
    }
    return [try BridgeCheck.verify(values, period: context.period, leases: leases)]
  }

  /// Billing, collections and the three recovery rates, by agency.
  private func flows(_ s: MonthSnapshot, _ sink: inout ValueSink) {
    let agency = Axis(key: "agency", values: s.leases.agencies)
    let source = Axis(key: "source", values: LedgerType.sources)
    var billing = Crossing([agency])
    var billing12 = Crossing([agency])
    var collections = Crossing([agency, source])
    var collectionsByAgency = Crossing([agency])
    var collections12 = Crossing([agency])
    var annual = Crossing([agency])
    let l = s.ledger
    for a in agency.values.indices {
      for m in 0..<12 {
        let b = a * 12 + m
        billing12.add([a], amount: l.billing[b], members: Int(l.billingCount[b]))
        annual.add([a], amount: l.billing[b], members: Int(l.billingCount[b]))
        if m == 11 { billing.add([a], amount: l.billing[b], members: Int(l.billingCount[b])) }
        for src in source.values.indices {
          let c = b * 3 + src
          let (amount, count) = (l.collections[c], Int(l.collectionsCount[c]))
          collections12.add([a], amount: amount, members: count)
          if m == 11 {
            collections.add([a, src], amount: amount, members: count)
            collectionsByAgency.add([a], amount: amount, members: count)
          }
        }
      }
      annual.add([a], amount: -l.writeOff[a], members: Int(l.writeOffCount[a]))
    }
    // Q + C0 − C1 − W: C0 over the leases started at D(M−12), C1 over those started at D(M).
    for i in 0..<s.leases.count {
      if s.statusYearAgo[i] != .notStarted {
        annual.add([s.leases.agency[i]], amount: max(l.yearAgoBalance[i], 0))
      }
      if s.status[i] != .notStarted {
        annual.add([s.leases.agency[i]], amount: -max(l.balance[i], 0))
      }
    }
    sink.sums(RecoveryDefinitions.billing, billing)
    sink.sums(RecoveryDefinitions.collections, collections)
    sink.ratio(RecoveryDefinitions.recoveryRate, collectionsByAgency, billing)
    sink.ratio(RecoveryDefinitions.recoveryRate12m, collections12, billing12)
    sink.ratio(RecoveryDefinitions.recoveryRateAnnual, annual, billing12)
    var receivables = Crossing([agency])
    for i in 0..<s.leases.count where s.status[i] != .notStarted {
      receivables.add([s.leases.agency[i]], amount: max(l.balance[i], 0))
    }
    sink.ratio(RecoveryDefinitions.receivablesMonths, receivables, billing12, scale: 12)
  }

  /// Receivables, credit balances, debtors, present leases and the rates built on them.
  private func balances(_ s: MonthSnapshot, _ sink: inout ValueSink) {
    let agency = Axis(key: "agency", values: s.leases.agencies)
    let status = Axis(key: "status", values: LeaseStatus.dimensionValues)
    var phases = Interner(["sans_dossier", CaseBook.unassigned])
    let phaseOf = (0..<s.leases.count).map { phases.intern(s.phase(of: $0)) }
    let phase = Axis(key: "phase", values: phases.values)
    var receivables = Crossing([agency, status, phase])
    var receivablesByStatus = Crossing([status])
    var credits = Crossing([status])
    var debtors = Crossing([agency, status])
    var debtorsByStatus = Crossing([status])
    var present = Crossing([agency])
    var presentDebtors = Crossing([agency])
    for i in 0..<s.leases.count where s.status[i] != .notStarted {
      let (a, st, balance) = (s.leases.agency[i], s.status[i].axisIndex, s.ledger.balance[i])
      let debtor: Int64 = balance > 0 ? 1 : 0
      receivables.add([a, st, phaseOf[i]], amount: max(balance, 0))
      receivablesByStatus.add([st], amount: max(balance, 0))
      credits.add([st], amount: max(-balance, 0))
      debtors.add([a, st], amount: debtor)
      debtorsByStatus.add([st], amount: debtor)
      if s.status[i] == .present {
        present.add([a], amount: 1)
        presentDebtors.add([a], amount: debtor)
      }
    }
    sink.sums(RecoveryDefinitions.receivables, receivables)
    sink.sums(RecoveryDefinitions.creditBalances, credits)
    sink.sums(RecoveryDefinitions.debtors, debtors)
    sink.sums(RecoveryDefinitions.leasesPresent, present)
    sink.ratio(RecoveryDefinitions.debtorRate, presentDebtors, present)
    sink.quotient(RecoveryDefinitions.averageDebt, receivablesByStatus, debtorsByStatus)
  }

  /// Present debtors by months of net rent owed.
  private func debtMonths(_ s: MonthSnapshot, _ sink: inout ValueSink) {
    let band = Axis(key: "band", values: DebtBand.allCases.map(\.code))
    var leases = Crossing([band])
    var amount = Crossing([band])
    for i in 0..<s.leases.count where s.status[i] == .present && s.ledger.balance[i] > 0 {
      let b = DebtBand(balance: s.ledger.balance[i], netRent: s.leases.rent[i] - s.leases.apl[i])
      leases.add([b.rawValue], amount: 1)
      amount.add([b.rawValue], amount: s.ledger.balance[i])
    }
    sink.sums(RecoveryDefinitions.debtMonthsLeases, leases)
    sink.sums(RecoveryDefinitions.debtMonthsAmount, amount)
  }

  /// The bridge by type and the opening and closing balances (every entry, every lease).
  private func movements(_ s: MonthSnapshot, _ sink: inout ValueSink) {
    let totals = s.ledger.totals
    let bridge = totals.bridge
    let type = Axis(key: "type", values: bridge.keys.sorted())
    var crossing = Crossing([type])
    for (i, code) in type.values.enumerated() {
      crossing.add([i], amount: bridge[code]!.amount, members: bridge[code]!.count)
    }
    sink.sums(RecoveryDefinitions.bridge, crossing)
    sink.add(RecoveryDefinitions.openingBalance, .total, .integer(totals.opening))
    sink.add(RecoveryDefinitions.closingBalance, .total, .integer(totals.closing))
  }
}
