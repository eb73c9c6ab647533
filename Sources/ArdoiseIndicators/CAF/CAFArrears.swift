import ArdoiseCore

/// The present leases whose CAF arrears are constituted at D, with their signal status: shared
/// by the indicators and the worklist.
struct CAFArrears {
  /// One lease with constituted arrears.
  struct Lease {
    /// The lease index.
    let index: Int
    /// The date the arrears were constituted.
    let constitution: Day
    /// The threshold, cents.
    let threshold: Int64
    /// The last day of the two months to signal: constitution + 2 calendar months, clamped.
    let deadline: Day
    /// Whether a `signalement_caf` dated in [constitution, D] names one of the lease's cases
    /// or its household.
    let signalled: Bool
    /// Not signalled and the deadline is before D.
    let overdue: Bool
  }

  /// The leases, by lease index.
  let leases: [Lease]

  /// Evaluates the present leases of the snapshot.
  init(_ s: MonthSnapshot) {
    var signal = [Int32](repeating: 0, count: s.leases.count)
    for (c, date) in s.actions.signalByCase where s.cases.cases[c].lease >= 0 {
      signal[s.cases.cases[c].lease] = max(signal[s.cases.cases[c].lease], date)
    }
    var out: [Lease] = []
    for i in 0..<s.leases.count where s.status[i] == .present && s.debtors.constitution[i] > 0 {
      let constitution = Day(yyyymmdd: Int(s.debtors.constitution[i]))!
      let latest = max(signal[i], s.actions.signalByHousehold[s.leases.household[i]] ?? 0)
      let signalled = latest >= s.debtors.constitution[i]
      let deadline = constitution.adding(months: 2)
      out.append(
        Lease(
          index: i, constitution: constitution,
          threshold: ArrearsEpisode.threshold(rent: s.leases.rent[i], apl: s.leases.apl[i]),
          deadline: deadline, signalled: signalled,
          overdue: !signalled && deadline < s.window.closingDay))
    }
    leases = out
  }
}
