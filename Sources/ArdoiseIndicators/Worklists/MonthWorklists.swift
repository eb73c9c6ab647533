public import ArdoiseCore
import GRDB

/// The worklists of a month, from the same snapshot as the indicators: the CAF signals overdue
/// (sorted by constitution date, then lease) and the ageing of every debtor lease (sorted by
/// balance, largest first, then lease).
public struct MonthWorklists: Sendable {
  /// The month.
  public let period: Period
  /// The leases counted in `caf_signal_overdue`.
  public let cafSignalOverdue: [CAFSignalOverdue]
  /// The debtor leases (started, balance > 0) with their unpaid parts by bucket.
  public let debtorAgeing: [DebtorAgeing]

  /// Builds the worklists from a snapshot (reading the actions for the last action per lease).
  init(_ s: MonthSnapshot, _ db: Database) throws {
    period = Period(month: s.window.month)
    let closing = s.window.closing
    func handler(_ l: Int) -> (caseId: String?, staff: String?, name: String?) {
      let c = s.chosenCase[l]
      guard c >= 0 else { return (nil, nil, nil) }
      let staff = s.cases.handler(of: c, at: closing)
      return (s.cases.cases[c].id, staff, s.staff.byId[staff].map { s.staff.members[$0].name })
    }
    cafSignalOverdue = CAFArrears(s).leases.filter(\.overdue).map { a in
      let l = a.index
      let h = handler(l)
      return CAFSignalOverdue(
        lease: s.leases.ids[l], household: s.leases.households.values[s.leases.household[l]],
        holderName: s.leases.holderNames[s.leases.household[l]],
        agency: s.leases.agencies[s.leases.agency[l]], balance: s.ledger.balance[l],
        threshold: a.threshold, constitutionDate: a.constitution, deadline: a.deadline,
        caseId: h.caseId, handler: h.staff, handlerName: h.name)
    }.sorted { ($0.constitutionDate, $0.lease) < ($1.constitutionDate, $1.lease) }
    let debtors = (0..<s.leases.count).filter {
      s.status[$0] != .notStarted && s.ledger.balance[$0] > 0
    }
    let last = try LastActions(db, s, leases: debtors)
    var plans: [Int: String] = [:]
    for p in s.plans.plans where p.caseIndex >= 0 && p.isActive(in: s.window.month) {
      let l = s.cases.cases[p.caseIndex].lease
      if l >= 0 && plans[l] == nil { plans[l] = p.id }
    }
    debtorAgeing = debtors.map { l in
      let h = handler(l)
      let (balance, net) = (s.ledger.balance[l], s.leases.rent[l] - s.leases.apl[l])
      return DebtorAgeing(
        lease: s.leases.ids[l], household: s.leases.households.values[s.leases.household[l]],
        holderName: s.leases.holderNames[s.leases.household[l]],
        agency: s.leases.agencies[s.leases.agency[l]], status: s.status[l], rent: s.leases.rent[l],
        apl: s.leases.apl[l], balance: balance,
        buckets: AgeingBucket.allCases.map { s.unpaid(l, $0.rawValue) },
        oldestUnpaidDue: Day(yyyymmdd: Int(s.debtors.oldestDue[l]))!,
        monthsOwed: net > 0 ? Double(balance) / Double(net) : nil,
        band: s.status[l] == .present ? DebtBand(balance: balance, netRent: net).code : nil,
        phase: s.phase(of: l), caseId: h.caseId, handler: h.staff, handlerName: h.name,
        lastAction: last.byLease[l]?.type,
        lastActionDate: last.byLease[l].flatMap { Day(yyyymmdd: Int($0.date)) },
        activePlan: plans[l])
    }.sorted { ($1.balance, $0.lease) < ($0.balance, $1.lease) }
  }
}
