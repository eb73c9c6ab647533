import ArdoiseCore

/// How a household pays.
enum PaymentProfile {
  /// Always on time, clears small differences.
  case punctual
  /// Pays in full, but late in the month, and skips a month now and then.
  case late
  /// Pays a fixed share of what is due; the debt creeps up.
  case partial
  /// Pays erratically; the debt grows until litigation.
  case chronic
  /// Behaves like a chronic debtor until a plan is signed, then keeps it.
  case improving
  /// On time until a shock (job loss, separation) stops payments for a few months.
  case shock
}

/// How a household pays its rent.
enum PaymentMethod: CaseIterable {
  case directDebit, transfer, card, cheque, cash, tip

  /// The ledger label of a payment.
  var label: String {
    switch self {
    case .directDebit: "Prélèvement"
    case .transfer: "Virement"
    case .card: "CB internet"
    case .cheque: "Chèque"
    case .cash: "Espèces agence"
    case .tip: "TIP SEPA"
    }
  }
}

/// Who handles a case: a recovery portfolio, a litigation officer or a social advisor.
enum Handler: Equatable {
  case recovery(Int)
  case litigation(Int)
  case social(Int)
}

/// One lease simulated from its start (or from the months of arrears before the period) to the
/// end of the period, month by month and day by day: rent calls, aid, payments, incidents,
/// departure and settlement, the recovery case, its actions and plans, CAF signals.
struct LeaseRun {
  private enum Departure { case normal, expulsion, relocation }

  private enum PlanKind { case amicable, departed, court, overindebtedness }

  private enum Op {
    case entry(LedgerType, Cents, due: Day?, period: Month?, label: String)
    case payment(Cents, label: String, rejectable: Bool)
    case payCapped(Cents, label: String)
    case aid(Cents, label: String)
    case refundCredit
    case writeOff(label: String)
    case lumpSum
    case action(ActionType, Handler?, social: Bool, outcome: String?)
    case householdAction(ActionType, member: Int, outcome: String?)
    case openCase
    case phase(CasePhase, Handler)
    case reassign(Handler)
    case signPlan(PlanKind)
    case planLapsed
    case cafSignal(episode: Int)
    case depart(Departure)
  }

  private struct Event {
    var day: Day
    var seq: Int
    var op: Op
  }

  private struct Plan {
    let row: Int
    let firstMonth: Month
    let months: Int
    let instalment: Cents
    /// Month from which the household stops paying (broken plans).
    var breaksAt: Month?
    /// Month in which the household pays the whole debt at once (plans ended early).
    var lumpAt: Month?
    var endedOn: Day?
    var lastMonth: Month { firstMonth.adding(months - 1) }

    func active(_ m: Month) -> Bool {
      m >= firstMonth && m <= lastMonth && endedOn == nil
    }
    func paying(_ m: Month) -> Bool { active(m) && (breaksAt.map { m < $0 } ?? true) }
  }

  private struct PlanRow {
    let number: Int
    let caseNumber: Int
    let signed: Day
    let firstMonth: Month
    let months: Int
    let instalment: Cents
    let initialDebt: Cents
    var endedOn: Day?
  }

  private struct Case {
    let number: Int
    let row: Int
    let opened: Day
    var phase: CasePhase = .amiable
    var handler: Handler
    var monthsOpen = 0
    var phaseSince: Month
    var plan: Plan?
    var fslAsked = false
    var alAsked = false
    var socialTransfer = false
    var audienceAt = 5
    var decided = false
  }

  private struct CaseRow {
    let number: Int
    let opened: Day
    var closed: Day?
    var reason: CloseReason?
  }

  private struct HistoryRow {
    let caseNumber: Int
    let from: Day
    let phase: CasePhase
    let member: Int
  }

  // Facts.
  private let w: LandlordWriter
  private var rng: SampleRandom
  private let number: Int
  private let household: HouseholdFacts
  private let unit: Int
  private let agency: Int
  private let start: Day
  private let recoverySlot: Int
  private let litigationSlot: Int
  private let socialSlot: Int
  private let leaseType: LeaseType
  private var profile: PaymentProfile
  private let method: PaymentMethod
  private let payDay: Int
  private let partialShare: Double
  private let aplDelay: Int
  private let openingArrears: Int
  private var shockMonths: ClosedRange<Int> = 0...0
  private let deposit: Cents

  // State.
  private var rent: Cents
  private var apl: Cents
  private let rls: Cents
  /// The day the tenant left, once known.
  private(set) var departure: Day?
  /// Whether the household left for another of the landlord's homes.
  private(set) var relocated = false
  private var noNewCase = false
  private var balance: Cents = 0
  private var hadEntry = false
  private var kase: Case?
  private var caseRows: [CaseRow] = []
  private var historyRows: [HistoryRow] = []
  private var planRows: [PlanRow] = []
  private var balanceRows: [(Day, Cents)] = []
  private var episode = 0
  private var constituted: Day?
  private var events: [Event] = []
  private var pending: [Event] = []
  private var seq = 0
  private var month: Month
  private var processing = false
  private var cursor = 0
  private var today: Day

  /// Draws the lease's facts: rent, aid, payment profile and method.
  init(
    writer: LandlordWriter, number: Int, household: HouseholdFacts, unit: Int, agency: Int,
    typology: Int, start: Day
  ) {
    w = writer
    rng = SampleRandom(seed: writer.options.seed, stream: 2, index: UInt64(number))
    self.number = number
    self.household = household
    self.unit = unit
    self.agency = agency
    self.start = start
    let staff = writer.staff
    recoverySlot = rng.int(0...(staff.recovery[agency].count - 1))
    litigationSlot = rng.int(0...(staff.litigation[agency].count - 1))
    socialSlot = rng.int(0...(staff.social[agency].count - 1))
    leaseType =
      [.ordinaire, .bailGlissant, .sousLocation][
        rng.weighted(household.fragile ? [80, 12, 8] : [96, 2, 2])]

    // Rent and charges: by typology and agency, 300 to 840 euros (revised each January).
    let base: Cents = [0, 33_000, 42_000, 51_000, 60_000, 70_000][typology]
    let level = Cents(FrenchData.agencies[agency].rentLevel)
    let noise = Cents(rng.int(880...1140))
    rent = min(84_000, max(30_000, base * level / 1000 * noise / 1000 + rng.cents(0...99)))
    deposit = rent * 7 / 10 / 100 * 100

    // Housing aid paid to the landlord (tiers payant) and RLS, mostly for low resources.
    let aidOdds: Double
    switch household.resources {
    case .rsa, .aah, .sans, .are: aidOdds = 0.78
    case .retraite, .autre: aidOdds = 0.4
    case .salaire: aidOdds = 0.22
    }
    let rlsBase: Cents = household.children == 0 ? 3_200 : 4_000 + Cents(household.children) * 450
    if rng.chance(aidOdds) {
      rls = rng.chance(0.85) ? rlsBase + rng.cents(0...600) : 0
      apl = min(rent - rls - 2_000, rent * Cents(rng.int(300...800)) / 1000)
    } else {
      rls = 0
      apl = 0
    }
    let entrant = start >= writer.firstDay
    aplDelay = entrant && apl > 0 ? [0, 1, 2, 3][rng.weighted([40, 30, 20, 10])] : 0

    // Payment behaviour.
    let weights = household.fragile ? [32, 16, 16, 14, 10, 12] : [58, 14, 9, 5, 6, 8]
    profile = [.punctual, .late, .partial, .chronic, .improving, .shock][rng.weighted(weights)]
    method = PaymentMethod.allCases[rng.weighted([40, 24, 18, 10, 4, 4])]
    payDay = method == .directDebit ? (rng.chance(0.7) ? 5 : 10) : rng.int(1...9)
    partialShare = rng.between(0.6, 0.95)
    let months = writer.options.months
    if profile == .shock {
      let s = rng.int(0...max(0, months - 3))
      shockMonths = s...(s + rng.int(2...6))
    }
    // Debtors already in arrears when the period starts: their unpaid months come before it.
    if !entrant, [.chronic, .partial, .improving].contains(profile), rng.chance(0.6) {
      openingArrears = profile == .chronic ? rng.int(2...10) : rng.int(1...4)
    } else {
      openingArrears = 0
    }
    month = max(writer.firstMonth.adding(-openingArrears), start.monthValue)
    today = month.firstDay
  }

  // MARK: Run

  /// Simulates the lease to the end of the period and writes its rows.
  mutating func run() {
    let first = month
    var m = first
    while m <= w.endMonth {
      month = m
      plan(m)
      process()
      if hadEntry, w.endMonth.months(to: m) > -3 { balanceRows.append((m.lastDay, balance)) }
      m = m.adding(1)
    }
    writeRows()
  }

  // MARK: Scheduling

  private mutating func schedule(_ when: Day, _ op: Op) {
    let day = max(when, start)
    guard day <= w.endDay else { return }
    seq += 1
    var e = Event(day: day, seq: seq, op: op)
    if day > month.lastDay {
      pending.append(e)
    } else if processing {
      e.day = max(day, today)
      var j = cursor + 1
      while j < events.count, events[j].day <= e.day { j += 1 }
      events.insert(e, at: j)
    } else {
      events.append(e)
    }
  }

  private mutating func day(_ low: Int = 1, _ high: Int = 31) -> Day {
    rng.day(in: month, low, high)
  }

  private func present(at d: Day) -> Bool { start <= d && (departure.map { d < $0 } ?? true) }

  private func member(_ h: Handler, at d: Day) -> Int {
    let staff = w.staff
    switch h {
    case .recovery(let s): return staff.recovery[agency][s].member(at: d)
    case .litigation(let s): return staff.litigation[agency][s]
    case .social(let s): return staff.social[agency][s]
    }
  }

  // MARK: Monthly plan

  private mutating func plan(_ m: Month) {
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

  private func revision(_ year: Int) -> Cents {
    Cents(10 + Int(SampleRandom.mix(w.options.seed ^ UInt64(year)) % 25))
  }

  /// Rent calls, aid, incidents and the household's payments of a month of tenancy.
  private mutating func planTenancy(_ m: Month, b0: Cents, warm: Bool) {
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

  private mutating func planPayments(_ m: Month, b0: Cents, due: Cents) {
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
  private mutating func planDeparted(_ m: Month, b0: Cents) {
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
  private mutating func planWelcome(_ m: Month) {
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

  // MARK: Recovery procedure

  private mutating func planCase(_ m: Month, b0: Cents) {
    let departed = departure.map { $0 < m.firstDay } ?? false
    guard var c = kase else {
      let threshold = rent
      if b0 > threshold, start <= m.lastDay, !(departed && noNewCase) {
        schedule(day(2, 20), .openCase)
      }
      return
    }
    c.monthsOpen += 1
    let j = c.phaseSince.months(to: m)
    defer { kase = c }
    // Portfolio changes (a leaver, her cover, the newcomer) and rebalancing.
    if case .recovery(let s) = c.handler {
      for d in w.staff.recovery[agency][s].changes(in: m) { schedule(d, .reassign(c.handler)) }
      let slots = w.staff.recovery[agency].count
      if slots > 1, rng.chance(0.015) {
        schedule(day(), .reassign(.recovery((s + 1) % slots)))
      }
    }
    let planPaying = c.plan?.paying(m) ?? false
    if let plan = c.plan, let breaks = plan.breaksAt, plan.endedOn == nil,
      breaks.adding(2) == m, rng.chance(0.7)
    {
      schedule(day(5, 20), .planLapsed)
    }
    if departed, [.amiable, .contentieux, .expulsion].contains(c.phase) {
      // A departed debtor: handed to the social advisors (amicable phase), chased by letter,
      // sometimes a small plan, then a collection agency or a write-off.
      if c.phase == .amiable, !c.socialTransfer {
        c.socialTransfer = true
        let d = max(m.firstDay, departure!.adding(days: rng.int(5...20)))
        schedule(min(d, m.lastDay), .reassign(.social(socialSlot)))
      }
      let kd = departure!.monthValue.months(to: m)
      if kd == 1 {
        schedule(day(3, 20), .action(.relanceCourrier, c.handler, social: false, outcome: nil))
      }
      if kd == 2, rng.chance(0.5) {
        schedule(day(3, 20), .action(.relanceTel, c.handler, social: false, outcome: nil))
      }
      if c.plan == nil, (2...6).contains(kd), rng.chance(0.15) {
        schedule(day(5, 25), .signPlan(.departed))
      } else if kd >= 4, !planPaying, rng.chance(0.12) {
        schedule(day(), .phase(.externalise, c.handler))
      } else if kd >= 6, !planPaying, rng.chance(0.08) {
        schedule(day(), .writeOff(label: "Admission en non-valeur"))
      }
      return
    }
    switch c.phase {
    case .amiable:
      guard !planPaying else { return }
      let k = c.monthsOpen
      let h: Handler = c.handler
      if k == 1 {
        if rng.chance(0.7) {
          schedule(day(3, 15), .action(.relanceTel, h, social: false, outcome: nil))
        }
        if rng.chance(0.25) {
          schedule(day(3, 20), .action(.relanceMail, h, social: false, outcome: nil))
        }
        if b0 > rent, rng.chance(0.55) {
          schedule(day(10, 25), .action(.convocation, h, social: false, outcome: nil))
        }
      }
      if k == 2 {
        if rng.chance(0.55) {
          let d = day(3, 20)
          schedule(d, .action(.entretien, h, social: false, outcome: nil))
          if rng.chance(0.3) {
            schedule(d, .payCapped(rng.euros(50, 400), label: "Règlement CB à l'agence"))
            schedule(d, .action(.encaissement, h, social: false, outcome: nil))
          }
        }
        if rng.chance(household.fragile ? 0.5 : 0.08) {
          schedule(day(5, 25), .action(.visiteDomicile, h, social: true, outcome: nil))
        }
        let precarious = [.rsa, .aah, .sans].contains(household.resources)
        if household.fragile || precarious, rng.chance(0.45) {
          schedule(day(5, 25), .action(.orientationSocial, h, social: false, outcome: nil))
        }
      }
      if (1...3).contains(k), !c.fslAsked, household.fragile || b0 > 2 * rent, rng.chance(0.3) {
        c.fslAsked = true
        let d = day(5, 25)
        schedule(d, .action(.saisineFsl, h, social: rng.chance(0.6), outcome: nil))
        if rng.chance(0.7) {
          schedule(
            d.adding(days: rng.int(30...80)), .aid(rng.euros(30, 150) * 10, label: "FSL maintien"))
        }
      }
      if (1...3).contains(k), !c.alAsked, household.resources == .salaire, rng.chance(0.2) {
        c.alAsked = true
        let d = day(5, 25)
        schedule(d, .action(.saisineActionLogement, h, social: false, outcome: nil))
        if rng.chance(0.6) {
          let label = rng.chance(0.5) ? "Loca-Pass Action Logement" : "Garantie Visale"
          schedule(d.adding(days: rng.int(20...60)), .aid(rng.euros(20, 120) * 10, label: label))
        }
      }
      if c.plan == nil, (2...6).contains(k), b0 > 10_000 {
        let will: Double
        switch profile {
        case .improving: will = 0.8
        case .shock: will = 0.5
        case .partial: will = 0.35
        case .late: will = 0.25
        case .chronic: will = 0.12
        case .punctual: will = 0.25
        }
        if rng.chance(will) { schedule(day(5, 25), .signPlan(.amicable)) }
      }
      if k >= 4, b0 > 2 * rent, !planPaying, rng.chance(0.45) {
        let d = day(3, 25)
        schedule(d, .action(.transmissionContentieux, h, social: false, outcome: nil))
        schedule(d, .phase(.contentieux, .litigation(litigationSlot)))
      } else if k >= 3, b0 > 3 * rent, rng.chance(0.03) {
        let d = day(3, 25)
        schedule(d, .action(.dossierSurendettement, h, social: rng.chance(0.5), outcome: nil))
        schedule(d, .phase(.surendettement, h))
      } else if k >= 2, household.fragile, rng.chance(0.03) {
        // Relocated to a cheaper or better-suited home of the landlord (mutation).
        schedule(day(10, 28), .depart(.relocation))
      }
    case .contentieux:
      let h = c.handler
      if j == 1 {
        let d = day(3, 25)
        schedule(d, .action(.commandement, h, social: false, outcome: nil))
        schedule(
          d,
          .entry(
            .frais, rng.cents(12_000...22_000), due: d, period: nil,
            label: "Frais de commandement de payer"))
      }
      if j == 2, rng.chance(0.6) {
        schedule(day(), .action(.ccapex, h, social: false, outcome: nil))
      }
      if j == 3 {
        let d = day(3, 25)
        schedule(d, .action(.assignation, h, social: false, outcome: nil))
        schedule(
          d,
          .entry(
            .frais, rng.cents(6_000...11_000), due: d, period: nil, label: "Frais d'assignation"))
      }
      if j == c.audienceAt {
        let d = day(3, 25)
        let r = rng.int(0...99)
        let outcome =
          r < 45
          ? "Délais de paiement accordés" : r < 80 ? "Résiliation du bail prononcée" : "Renvoi"
        schedule(d, .action(.audience, h, social: false, outcome: outcome))
        if r < 45 {
          schedule(d, .signPlan(.court))
        } else if r < 80 {
          schedule(d.adding(days: rng.int(30...60)), .phase(.expulsion, h))
        } else {
          c.audienceAt += rng.int(2...3)
        }
      }
      if b0 > 3 * rent, rng.chance(0.02) {
        let d = day()
        schedule(d, .action(.dossierSurendettement, h, social: false, outcome: nil))
        schedule(d, .phase(.surendettement, h))
      }
    case .expulsion:
      if j >= 2, rng.chance(0.08) {
        schedule(day(3, 28), .depart(.expulsion))
      } else if j >= 2, household.fragile, rng.chance(0.04) {
        schedule(day(3, 28), .depart(.relocation))
      }
    case .surendettement:
      if j >= 4, !c.decided, rng.chance(0.2) {
        c.decided = true
        if rng.chance(0.5) {
          schedule(day(), .writeOff(label: "Effacement de dette (rétablissement personnel)"))
        } else {
          schedule(day(), .signPlan(.overindebtedness))
        }
      }
    case .externalise:
      if !departed, rng.chance(0.15) {
        schedule(day(), .payCapped(rng.euros(30, 200), label: "Versement cabinet de recouvrement"))
      }
      if j >= 6, rng.chance(0.1) { schedule(day(), .writeOff(label: "Admission en non-valeur")) }
    }
  }

  // MARK: Processing

  private mutating func process() {
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

  private mutating func book(
    _ type: LedgerType, _ amount: Cents, due: Day? = nil, period: Month? = nil, label: String
  ) {
    guard amount != 0 else { return }
    w.entry(
      lease: number, date: today, type: type, amount: amount, due: due, period: period,
      label: label)
    balance += amount
    hadEntry = true
  }

  private mutating func apply(_ op: Op) {
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

  private mutating func endOfDay() {
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

  private mutating func openCase() {
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

  private mutating func addHistory(_ c: Case) {
    let staff = member(c.handler, at: today)
    if let last = historyRows.last(where: { $0.caseNumber == c.number }) {
      if last.phase == c.phase, last.member == staff { return }
      if last.from == today {
        historyRows.removeAll { $0.caseNumber == c.number && $0.from == today }
      }
    }
    historyRows.append(HistoryRow(caseNumber: c.number, from: today, phase: c.phase, member: staff))
  }

  private mutating func close(_ reason: CloseReason) {
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

  private mutating func signPlan(_ kind: PlanKind) {
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

  private mutating func depart(_ how: Departure) {
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

  // MARK: Rows at the end

  private mutating func writeRows() {
    let l = w.leases
    l.id(UInt8(ascii: "B"), number, width: w.leaseWidth)
    l.id(UInt8(ascii: "M"), household.number, width: w.leaseWidth)
    l.id(UInt8(ascii: "L"), unit, width: w.unitWidth)
    l.day(start)
    l.day(departure)
    l.amount(rent)
    l.amount(apl > 0 ? apl : nil)
    l.code(leaseType)
    l.endRow()
    for (d, b) in balanceRows {
      w.balances.id(UInt8(ascii: "B"), number, width: w.leaseWidth)
      w.balances.day(d)
      w.balances.signedAmount(b)
      w.balances.endRow()
    }
    for c in caseRows {
      w.cases.id(UInt8(ascii: "D"), c.number, width: w.leaseWidth)
      w.cases.id(UInt8(ascii: "B"), number, width: w.leaseWidth)
      w.cases.day(c.opened)
      w.cases.day(c.closed)
      w.cases.code(c.reason)
      w.cases.endRow()
    }
    for h in historyRows {
      w.history.id(UInt8(ascii: "D"), h.caseNumber, width: w.leaseWidth)
      w.history.day(h.from)
      w.history.code(h.phase)
      w.staffField(w.history, h.member)
      w.history.endRow()
    }
    for p in planRows {
      w.plans.id(UInt8(ascii: "P"), p.number, width: w.leaseWidth)
      w.plans.id(UInt8(ascii: "D"), p.caseNumber, width: w.leaseWidth)
      w.plans.day(p.signed)
      w.plans.month(p.firstMonth)
      w.plans.int(p.months)
      w.plans.amount(p.instalment)
      w.plans.amount(p.initialDebt)
      w.plans.day(p.endedOn)
      w.plans.endRow()
    }
  }
}
