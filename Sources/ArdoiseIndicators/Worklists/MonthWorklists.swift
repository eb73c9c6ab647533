public import ArdoiseCore
import GRDB

/// The worklists of a month, from the same snapshot as the indicators: the CAF signals overdue
/// (sorted by constitution date, then lease), the ageing of every debtor lease (sorted by
/// balance, largest first, then lease), the broken plans (largest gap first, then plan) and the
/// cases without action (longest first, then case).
public struct MonthWorklists: Sendable {
  /// The month.
  public let period: Period
  /// The leases counted in `caf_signal_overdue`.
  public let cafSignalOverdue: [CAFSignalOverdue]
  /// The debtor leases (started, balance > 0) with their unpaid parts by bucket.
  public let debtorAgeing: [DebtorAgeing]
  /// The plans counted in `plans_active` but not in `plans_respected`.
  public let brokenPlans: [BrokenPlan]
  /// The open cases without action for more than ``CaseWithoutAction/threshold`` days.
  public let casesWithoutAction: [CaseWithoutAction]

  /// Builds the worklists from a snapshot (reading the actions for the last action per lease
  /// and per case); `tolerance` is the plans' tolerance in cents.
  init(_ s: MonthSnapshot, _ db: Database, tolerance: Int64) throws {
    period = Period(month: s.window.month)
    let closing = s.window.closing
    let holder = { (l: Int) in s.leases.holderNames[s.leases.household[l]] }
    let household = { (l: Int) in s.leases.households.values[s.leases.household[l]] }
    let agency = { (l: Int) in s.leases.agencies[s.leases.agency[l]] }
    let staffName = { (id: String) in s.staff.byId[id].map { s.staff.members[$0].name } }
    func handler(_ l: Int) -> (caseId: String?, staff: String?, name: String?) {
      let c = s.chosenCase[l]
      guard c >= 0 else { return (nil, nil, nil) }
      let staff = s.cases.handler(of: c, at: closing)
      return (s.cases.cases[c].id, staff, staffName(staff))
    }
    cafSignalOverdue = CAFArrears(s).leases.filter(\.overdue).map { a in
      let l = a.index
      let h = handler(l)
      return CAFSignalOverdue(
        lease: s.leases.ids[l], household: household(l), holderName: holder(l), agency: agency(l),
        balance: s.ledger.balance[l], threshold: a.threshold, constitutionDate: a.constitution,
        deadline: a.deadline, caseId: h.caseId, handler: h.staff, handlerName: h.name)
    }.sorted { ($0.constitutionDate, $0.lease) < ($1.constitutionDate, $1.lease) }
    let last = try LastActions(db, s)
    var casesOfLease: [Int: [Int]] = [:]
    for c in s.cases.cases.indices where s.cases.cases[c].lease >= 0 {
      casesOfLease[s.cases.cases[c].lease, default: []].append(c)
    }
    let debtors = (0..<s.leases.count).filter {
      s.status[$0] != .notStarted && s.ledger.balance[$0] > 0
    }
    var plans: [Int: String] = [:]
    for p in s.plans.plans where p.caseIndex >= 0 && p.isActive(in: s.window.month) {
      let l = s.cases.cases[p.caseIndex].lease
      if l >= 0 && plans[l] == nil { plans[l] = p.id }
    }
    debtorAgeing = debtors.map { l in
      let h = handler(l)
      let action = last.latest(ofLease: l, cases: casesOfLease[l] ?? [], s)
      let (balance, net) = (s.ledger.balance[l], s.leases.rent[l] - s.leases.apl[l])
      return DebtorAgeing(
        lease: s.leases.ids[l], household: household(l), holderName: holder(l), agency: agency(l),
        status: s.status[l], rent: s.leases.rent[l], apl: s.leases.apl[l], balance: balance,
        buckets: AgeingBucket.allCases.map { s.unpaid(l, $0.rawValue) },
        oldestUnpaidDue: Day(yyyymmdd: Int(s.debtors.oldestDue[l]))!,
        monthsOwed: net > 0 ? Double(balance) / Double(net) : nil,
        band: s.status[l] == .present ? DebtBand(balance: balance, netRent: net).code : nil,
        phase: s.phase(of: l), caseId: h.caseId, handler: h.staff, handlerName: h.name,
        lastAction: action?.type, lastActionDate: action.flatMap { Day(yyyymmdd: Int($0.date)) },
        activePlan: plans[l])
    }.sorted { ($1.balance, $0.lease) < ($0.balance, $1.lease) }
    brokenPlans = s.plans.plans.compactMap { p -> BrokenPlan? in
      guard p.caseIndex >= 0, s.caseCounts(p.caseIndex), p.isActive(in: s.window.month) else {
        return nil
      }
      let l = s.cases.cases[p.caseIndex].lease
      let k = Int64(p.firstMonth.months(to: s.window.month) + 1)
      let expected = max(0, p.initialDebt - k * p.instalment)
      let balance = s.ledger.balance[l]
      guard balance > expected + tolerance else { return nil }
      let staff = s.cases.handler(of: p.caseIndex, at: closing)
      return BrokenPlan(
        plan: p.id, caseId: s.cases.cases[p.caseIndex].id, lease: s.leases.ids[l],
        household: household(l), holderName: holder(l), agency: agency(l), handler: staff,
        handlerName: staffName(staff), firstMonth: p.firstMonth, months: p.months,
        instalment: p.instalment, initialDebt: p.initialDebt, expectedBalance: expected,
        balance: balance)
    }.sorted { ($1.gap, $0.plan) < ($0.gap, $1.plan) }
    let closingDay = s.window.closingDay
    casesWithoutAction = s.cases.cases.indices.compactMap { c -> CaseWithoutAction? in
      guard s.caseCounts(c), s.cases.isOpen(c, at: closing) else { return nil }
      let k = s.cases.cases[c]
      let action = last.latest(ofCase: c, s)
      let opened = Day(yyyymmdd: Int(k.opened))!
      let since = action.flatMap { Day(yyyymmdd: Int($0.date)) } ?? opened
      let days = since.days(to: closingDay)
      guard days > CaseWithoutAction.threshold else { return nil }
      let state = s.cases.state(of: c, at: closing)
      let staff = state?.staff ?? CaseBook.unassigned
      return CaseWithoutAction(
        caseId: k.id, lease: s.leases.ids[k.lease], household: household(k.lease),
        holderName: holder(k.lease), agency: agency(k.lease),
        phase: state?.phase ?? CaseBook.unassigned, handler: staff, handlerName: staffName(staff),
        balance: s.ledger.balance[k.lease], openedOn: opened, lastAction: action?.type,
        lastActionDate: action.flatMap { Day(yyyymmdd: Int($0.date)) }, daysWithoutAction: days)
    }.sorted { ($1.daysWithoutAction, $0.caseId) < ($0.daysWithoutAction, $1.caseId) }
  }
}
