import ArdoiseCore

/// Carrying out the scheduled operations day by day: entries, cases, plans, departure.
extension LeaseRun {
  // MARK: Processing

  mutating func process() {
    processing = true
    defer { processing = false }
    cursor = 0
    while cursor < events.count {
      today = events[cursor].day
      apply(events[cursor].op)
      if cursor + 1 >= events.count || events[cursor + 1].day != today { endOfDay() }
      cursor += 1
    }
  }

  mutating func book(
    _ type: LedgerType, _ amount: Cents, due: Day? = nil, period: Month? = nil, label: String
  ) {
    guard amount != 0 else { return }
    w.entry(
      lease: number, date: today, type: type, amount: amount, due: due, period: period,
      label: label)
    balance += amount
    hadEntry = true
  }

  mutating func apply(_ op: Op) {
    switch op {
    case .entry(let type, let amount, let due, let period, let label):
      book(type, amount, due: due, period: period, label: label)
    case .payment(let amount, let label, let rejectable):
      book(.paiement, -amount, label: label)
      let odds = profile == .punctual ? 0.01 : 0.04
      if rejectable, rng.chance(odds) {
        let d = today.adding(days: rng.int(3...6))
        let label = method == .cheque ? "Chèque impayé" : "Rejet de prélèvement"
        schedule(d, .entry(.rejet, amount, due: nil, period: nil, label: label))
        if rng.chance(0.65) {
          schedule(
            d.adding(days: rng.int(4...20)),
            .payment(amount, label: "Virement après rejet", rejectable: false))
        }
      }
    case .payCapped(let cap, let label):
      if balance > 0 { book(.paiement, -min(cap, balance), label: label) }
    case .aid(let cap, let label):
      if balance > 0 { book(.aide, -min(cap, balance), label: label) }
    case .refundCredit:
      if balance < 0 { book(.remboursement, -balance, label: "Remboursement du solde créditeur") }
    case .lumpSum:
      if balance > 0 { book(.paiement, -balance, label: "Virement solde du plan") }
    case .writeOff(let label):
      if balance > 0 {
        book(.perte, -balance, label: label)
        close(.perte)
      }
    case .action(let type, let handler, let social, let outcome):
      guard let c = kase else { return }
      let by: Int? =
        social
        ? member(.social(socialSlot), at: today) : handler.map { member($0, at: today) }
      let staff = type == .relanceSms && rng.chance(0.7) ? nil : by
      w.action(
        date: today, type: type, staff: staff, case: c.number,
        household: rng.chance(0.4) ? household.number : nil,
        outcome: outcome ?? FrenchData.outcome(type, &rng))
    case .householdAction(let type, let member, let outcome):
      w.action(
        date: today, type: type, staff: member, case: nil, household: household.number,
        outcome: outcome)
    case .openCase:
      openCase()
    case .phase(let phase, let handler):
      guard var c = kase, c.phase != phase else { return }
      c.phase = phase
      c.handler = handler
      c.phaseSince = month
      kase = c
      addHistory(c)
    case .reassign(let handler):
      guard var c = kase else { return }
      c.handler = handler
      kase = c
      addHistory(c)
    case .signPlan(let kind):
      signPlan(kind)
    case .planLapsed:
      guard var c = kase, var plan = c.plan, plan.endedOn == nil else { return }
      plan.endedOn = today
      planRows[plan.row].endedOn = today
      c.plan = plan
      kase = c
      w.action(
        date: today, type: .relanceCourrier, staff: member(c.handler, at: today), case: c.number,
        household: nil, outcome: "Plan caduc : échéances impayées")
    case .cafSignal(let e):
      guard e == episode, present(at: today) else { return }
      let by = member(kase?.handler ?? .recovery(recoverySlot), at: today)
      w.action(
        date: today, type: .signalementCaf, staff: by, case: kase?.number,
        household: kase == nil || rng.chance(0.3) ? household.number : nil,
        outcome: FrenchData.outcome(.signalementCaf, &rng))
    case .depart(let how):
      depart(how)
    }
  }

  mutating func endOfDay() {
    if present(at: today) {
      let threshold = apl > 0 ? 2 * (rent - apl) : 2 * rent
      if balance <= 0 {
        if constituted != nil { episode += 1 }
        constituted = nil
      } else if constituted == nil, balance >= threshold {
        // Arrears constituted (R824-1): signalled to the CAF within two months, mostly.
        constituted = today
        let r = rng.int(0...99)
        let (onTime, late) = apl > 0 ? (82, 92) : (70, 85)
        if r < onTime {
          schedule(today.adding(days: rng.int(2...55)), .cafSignal(episode: episode))
        } else if r < late {
          schedule(
            today.adding(months: 2).adding(days: rng.int(5...60)), .cafSignal(episode: episode))
        }
      }
    }
    if kase != nil, balance <= 0 {
      let planOn = kase?.plan?.active(month) ?? false
      close(planOn ? .planRespecte : (rng.chance(0.05) ? .autre : .solde))
    }
  }

  mutating func openCase() {
    guard kase == nil, balance > 0 else { return }
    w.caseCount += 1
    let departed = departure.map { $0 <= today } ?? false
    let handler: Handler = departed ? .social(socialSlot) : .recovery(recoverySlot)
    var c = Case(
      number: w.caseCount, row: caseRows.count, opened: today, handler: handler,
      phaseSince: month)
    c.socialTransfer = departed
    caseRows.append(CaseRow(number: c.number, opened: today))
    kase = c
    if rng.chance(0.03) {
      // Not assigned at once: the case is "unassigned" for a few days.
      schedule(today.adding(days: rng.int(3...12)), .reassign(handler))
    } else {
      addHistory(c)
    }
    schedule(today, .action(.relanceCourrier, handler, social: false, outcome: nil))
    if rng.chance(0.5) {
      schedule(
        today.adding(days: rng.int(1...3)),
        .action(.relanceSms, handler, social: false, outcome: nil))
    }
  }

  mutating func addHistory(_ c: Case) {
    let staff = member(c.handler, at: today)
    if let last = historyRows.last(where: { $0.caseNumber == c.number }) {
      if last.phase == c.phase, last.member == staff { return }
      if last.from == today {
        historyRows.removeAll { $0.caseNumber == c.number && $0.from == today }
      }
    }
    historyRows.append(HistoryRow(caseNumber: c.number, from: today, phase: c.phase, member: staff))
  }

  mutating func close(_ reason: CloseReason) {
    guard var c = kase else { return }
    if var plan = c.plan, plan.active(month) {
      if month < plan.lastMonth {
        plan.endedOn = today
        planRows[plan.row].endedOn = today
      }
      c.plan = plan
    }
    caseRows[c.row].closed = today
    caseRows[c.row].reason = reason
    kase = nil
  }

  mutating func signPlan(_ kind: PlanKind) {
    guard var c = kase, balance > 0 else { return }
    if let p = c.plan, p.active(month) { return }
    let debt = balance
    let target: Cents
    switch kind {
    case .departed: target = rng.euros(30, 150)
    case .court, .overindebtedness: target = max(3_000, rent * Cents(rng.int(10...30)) / 100)
    case .amicable: target = max(3_000, rent * Cents(rng.int(10...35)) / 100)
    }
    let months = min(24, max(6, Int((debt + target - 1) / target)))
    let instalment = ((debt + Cents(months) - 1) / Cents(months) + 99) / 100 * 100
    w.planCount += 1
    let first = month.adding(1)
    var plan = Plan(
      row: planRows.count, firstMonth: first, months: months, instalment: instalment)
    let r = rng.int(0...99)
    let (kept, broken): (Int, Int)
    switch kind {
    case _ where profile == .improving: (kept, broken) = (100, 100)
    case .departed: (kept, broken) = (50, 100)
    case .court: (kept, broken) = (50, 90)
    case .overindebtedness: (kept, broken) = (70, 100)
    case .amicable: (kept, broken) = (55, 85)
    }
    if r >= kept, r < broken {
      plan.breaksAt = first.adding(rng.int(1...min(5, months - 1)))
    } else if r >= broken {
      plan.lumpAt = first.adding(rng.int(2...5))
    }
    if profile == .improving { profile = .punctual }
    planRows.append(
      PlanRow(
        number: w.planCount, caseNumber: c.number, signed: today, firstMonth: first,
        months: months, instalment: instalment, initialDebt: debt))
    c.plan = plan
    kase = c
    w.action(
      date: today, type: .planSigne, staff: member(c.handler, at: today), case: c.number,
      household: nil, outcome: kind == .court ? "Échéancier fixé par le juge" : nil)
  }

  mutating func depart(_ how: Departure) {
    guard departure == nil else { return }
    departure = today
    switch how {
    case .normal: break
    case .expulsion:
      close(.expulsion)
      noNewCase = true
    case .relocation:
      close(.relogement)
      relocated = true
      noNewCase = true
    }
    // The rest of the month is not owed.
    if today.day < month.dayCount {
      let rest = Cents(month.dayCount - today.day)
      let label = w.label(7, month) { "Prorata de sortie " + $0 }
      let due = Day(year: month.year, month: month.month, day: 5)!
      book(.loyer, -(rent * rest / Cents(month.dayCount)), due: due, period: month, label: label)
    }
    // Exit inventory repairs, the deposit returned to the account, the credit refunded.
    if rng.chance(0.35) {
      let d = today.adding(days: rng.int(10...40))
      schedule(
        d,
        .entry(
          .reparations, rng.euros(80, 1800), due: d.adding(days: 30), period: nil,
          label: "Réparations locatives (état des lieux de sortie)"))
    }
    if rng.chance(0.85) {
      let d = today.adding(days: rng.int(20...60))
      schedule(
        d,
        .entry(.avoir, -deposit, due: nil, period: nil, label: "Restitution du dépôt de garantie"))
      if rng.chance(0.8) { schedule(d.adding(days: rng.int(10...30)), .refundCredit) }
    }
  }
}
