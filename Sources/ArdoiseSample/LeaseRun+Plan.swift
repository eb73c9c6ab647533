import ArdoiseCore

/// The monthly plan of a lease: rent calls, payments, departures and arrivals.
extension LeaseRun {
  // MARK: Monthly plan

  mutating func plan(_ m: Month) {
    events.removeAll(keepingCapacity: true)
    if !pending.isEmpty {
      for e in pending where e.day <= m.lastDay { events.append(e) }
      pending.removeAll { $0.day <= m.lastDay }
    }
    let b0 = balance
    let warm = m < w.firstMonth
    let started = start <= m.lastDay
    let here = started && (departure.map { $0 >= m.firstDay } ?? true)
    if here { planTenancy(m, b0: b0, warm: warm) }
    if let departure, departure < m.firstDay { planDeparted(m, b0: b0) }
    planCase(m, b0: b0)
    if here, !warm, household.fragile || household.dalo { planWelcome(m) }
    events.sort { ($0.day, $0.seq) < ($1.day, $1.seq) }
  }

  func revision(_ year: Int) -> Cents {
    Cents(10 + Int(SampleRandom.mix(w.options.seed ^ UInt64(year)) % 25))
  }

  /// Rent calls, aid, incidents and the household's payments of a month of tenancy.
  mutating func planTenancy(_ m: Month, b0: Cents, warm: Bool) {
    let mFirst = m.firstDay
    let entryMonth = start.monthValue == m
    let rentDue = Day(year: m.year, month: m.month, day: 5)!

    // Yearly revision in January (IRL), and the CAF's yearly review of the aid.
    if m.month == 1, !warm, start < mFirst {
      rent += rent * revision(m.year) / 1000
      if apl > 0 {
        apl = max(1_000, min(rent - rls - 2_000, apl + apl * Cents(rng.int(-40...40)) / 1000))
      }
    }

    // Departure: about 8 % a year, a few on the last day of a month.
    if departure == nil, !warm, start < mFirst, kase?.phase != .expulsion {
      let odds = profile == .chronic ? 0.011 : 0.0072
      if rng.chance(odds) {
        let d = rng.chance(0.12) ? m.lastDay : day(2, m.dayCount - 1)
        schedule(d, .depart(.normal))
      }
    }

    // The rent call (quittancement), prorated in the month of entry.
    var due: Cents = 0
    if entryMonth, start.day > 1 {
      let days = Cents(m.dayCount - start.day + 1)
      let amount = rent * days / Cents(m.dayCount)
      let label = w.label(1, m) { "Loyer " + $0 + " (prorata entrée)" }
      schedule(start, .entry(.loyer, amount, due: start, period: m, label: label))
      due += amount
    } else {
      let label = w.label(0, m) { "Loyer " + $0 }
      if !warm, rng.chance(0.004) {
        // A wrong call, cancelled and called again, in the month or early the next one.
        let wrong = rent + rng.euros(-60, 90) + 1
        schedule(mFirst, .entry(.loyer, wrong, due: rentDue, period: m, label: label))
        let d = rng.chance(0.35) ? rng.day(in: m.adding(1), 2, 10) : day(3, 12)
        let cancel = w.label(2, m) { "Annulation quittance " + $0 }
        schedule(d, .entry(.loyer, -wrong, due: rentDue, period: m, label: cancel))
        let again = w.label(3, m) { "Loyer " + $0 + " (rectificatif)" }
        schedule(d, .entry(.loyer, rent, due: rentDue, period: m, label: again))
      } else {
        schedule(mFirst, .entry(.loyer, rent, due: rentDue, period: m, label: label))
      }
      due += rent
      if rls > 0 {
        let label = w.label(4, m) { "RLS " + $0 }
        schedule(mFirst, .entry(.rls, -rls, due: nil, period: m, label: label))
        due -= rls
      }
    }

    // Housing aid: from the month after entry, sometimes months late with a catch-up.
    if apl > 0, !entryMonth {
      due -= apl
      let sinceEntry = start.monthValue.months(to: m)
      if sinceEntry > aplDelay || start < w.firstDay {
        let label = w.label(5, m) { "APL " + $0 }
        schedule(mFirst, .entry(.apl, -apl, due: nil, period: m, label: label))
      }
      if aplDelay > 0, sinceEntry == aplDelay + 1 {
        let d = day(5, 15)
        for k in 1...aplDelay {
          let p = start.monthValue.adding(k)
          let label = w.label(6, p) { "APL " + $0 + " (rappel)" }
          schedule(d, .entry(.apl, -apl, due: nil, period: p, label: label))
        }
      }
    }

    guard !warm else {
      // Months of arrears before the period: little or nothing paid.
      if rng.chance(0.6) {
        let paid = due * Cents(rng.int(0...60)) / 100 / 100 * 100
        if paid > 0 { schedule(day(5, 25), .payment(paid, label: method.label, rejectable: false)) }
      }
      return
    }

    // Yearly service-charge adjustment in June, either sign.
    if m.month == 6, start < Day(year: m.year, month: 1, day: 1)! {
      var amount = rng.cents(-18_000...26_000)
      if amount == 0 { amount = 1_234 }
      let d = day(10, 25)
      let label = "Régularisation des charges " + String(m.year - 1)
      schedule(d, .entry(.chargesRegul, amount, due: d.adding(days: 30), period: nil, label: label))
    }
    if rng.chance(0.0015) {
      let d = day()
      schedule(
        d,
        .entry(
          .reparations, rng.euros(40, 400), due: d.adding(days: 30), period: nil,
          label: "Réparations locatives"))
    }
    if rng.chance(0.001) {
      let label = rng.chance(0.5) ? "Avoir geste commercial" : "Avoir dégrèvement"
      schedule(day(), .entry(.avoir, -rng.euros(20, 150), due: nil, period: nil, label: label))
    }

    planPayments(m, b0: b0, due: max(0, due))
  }

  mutating func planPayments(_ m: Month, b0: Cents, due: Cents) {
    let index = w.firstMonth.months(to: m)
    var amount: Cents = 0
    var payOn = day(payDay, payDay)
    var how = method
    func euros(_ c: Cents) -> Cents { max(0, c / 100 * 100) }
    func clearing(_ p: Double) -> Cents {
      due + (b0 > 0 ? (rng.chance(p) ? b0 : 0) : max(b0, -due))
    }
    if let plan = kase?.plan, plan.active(m) {
      if plan.paying(m) {
        amount = due + (b0 > 0 ? min(plan.instalment, b0) : b0)
        if plan.lumpAt == m { schedule(day(8, 25), .lumpSum) }
      } else {
        amount = rng.chance(0.3) ? euros(due * Cents(rng.int(20...70)) / 100) : 0
      }
    } else {
      switch profile {
      case .punctual:
        amount = clearing(0.85)
      case .shock where !shockMonths.contains(index):
        // Back on track after the shock: the rent, and what the budget allows of the arrears.
        amount =
          due + (b0 > 0 ? min(b0, euros(rent * Cents(rng.int(10...40)) / 100)) : max(b0, -due))
      case .late:
        if rng.chance(0.12) { return }
        amount = max(0, due + b0)
        payOn = day(12, 28)
        if how == .directDebit { how = .transfer }
      case .partial:
        amount = euros(due * Cents(partialShare * 100 + Double(rng.int(-5...5))) / 100)
        if rng.chance(0.15), b0 > 0 { amount += euros(b0 / 2) }
      case .chronic, .improving:
        let r = rng.int(0...99)
        amount = r < 35 ? 0 : r < 75 ? euros(due * Cents(rng.int(30...80)) / 100) : due
        payOn = day(3, 28)
      case .shock:
        amount = rng.chance(0.55) ? 0 : euros(due * Cents(rng.int(10...50)) / 100)
        payOn = day(3, 28)
      }
    }
    guard amount > 0 else { return }
    let rejectable = how == .directDebit || how == .cheque
    schedule(payOn, .payment(amount, label: how.label, rejectable: rejectable))
  }

  /// After departure: settlement is scheduled at departure; here, occasional payments.
  mutating func planDeparted(_ m: Month, b0: Cents) {
    guard b0 > 0 else { return }
    if let plan = kase?.plan, plan.active(m) {
      if plan.paying(m) {
        schedule(
          day(3, 25), .payment(min(plan.instalment, b0), label: "Virement", rejectable: false))
      }
    } else if kase?.phase == .externalise {
      if rng.chance(0.15) {
        schedule(day(), .payCapped(rng.euros(30, 200), label: "Versement cabinet de recouvrement"))
      }
    } else if rng.chance(0.1) {
      schedule(day(), .payCapped(rng.euros(20, 150), label: "Virement"))
    }
    if kase == nil, let departure, departure.monthValue.months(to: m) >= 6, rng.chance(0.05) {
      schedule(day(), .writeOff(label: "Admission en non-valeur"))
    }
  }

  /// The social advisors' welcome of fragile and DALO entrants over their first three months.
  mutating func planWelcome(_ m: Month) {
    guard start >= w.firstDay, kase == nil else { return }
    let k = start.monthValue.months(to: m)
    let advisor = member(.social(socialSlot), at: m.firstDay)
    switch k {
    case 0:
      let d = min(m.lastDay, start.adding(days: rng.int(3...20)))
      schedule(d, .householdAction(.entretien, member: advisor, outcome: "Entretien d'accueil"))
    case 1 where rng.chance(0.6):
      schedule(day(), .householdAction(.visiteDomicile, member: advisor, outcome: nil))
    case 2 where rng.chance(0.25):
      schedule(day(), .householdAction(.saisineFsl, member: advisor, outcome: "FSL accès"))
    default: break
    }
  }
}
