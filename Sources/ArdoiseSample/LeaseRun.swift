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
  enum Departure { case normal, expulsion, relocation }

  enum PlanKind { case amicable, departed, court, overindebtedness }

  enum Op {
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

  struct Event {
    var day: Day
    var seq: Int
    var op: Op
  }

  struct Plan {
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

  struct PlanRow {
    let number: Int
    let caseNumber: Int
    let signed: Day
    let firstMonth: Month
    let months: Int
    let instalment: Cents
    let initialDebt: Cents
    var endedOn: Day?
  }

  struct Case {
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

  struct CaseRow {
    let number: Int
    let opened: Day
    var closed: Day?
    var reason: CloseReason?
  }

  struct HistoryRow {
    let caseNumber: Int
    let from: Day
    let phase: CasePhase
    let member: Int
  }

  // Facts.
  let w: LandlordWriter
  var rng: SampleRandom
  let number: Int
  let household: HouseholdFacts
  let unit: Int
  let agency: Int
  let start: Day
  let recoverySlot: Int
  let litigationSlot: Int
  let socialSlot: Int
  let leaseType: LeaseType
  var profile: PaymentProfile
  let method: PaymentMethod
  let payDay: Int
  let partialShare: Double
  let aplDelay: Int
  let openingArrears: Int
  var shockMonths: ClosedRange<Int> = 0...0
  let deposit: Cents

  // State.
  var rent: Cents
  var apl: Cents
  let rls: Cents
  /// The day the tenant left, once known.
  var departure: Day?
  /// Whether the household left for another of the landlord's homes.
  var relocated = false
  var noNewCase = false
  var balance: Cents = 0
  var hadEntry = false
  var kase: Case?
  var caseRows: [CaseRow] = []
  var historyRows: [HistoryRow] = []
  var planRows: [PlanRow] = []
  var balanceRows: [(Day, Cents)] = []
  var episode = 0
  var constituted: Day?
  var events: [Event] = []
  var pending: [Event] = []
  var seq = 0
  var month: Month
  var processing = false
  var cursor = 0
  var today: Day

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

  mutating func schedule(_ when: Day, _ op: Op) {
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

  mutating func day(_ low: Int = 1, _ high: Int = 31) -> Day {
    rng.day(in: month, low, high)
  }

  func present(at d: Day) -> Bool { start <= d && (departure.map { d < $0 } ?? true) }

  func member(_ h: Handler, at d: Day) -> Int {
    let staff = w.staff
    switch h {
    case .recovery(let s): return staff.recovery[agency][s].member(at: d)
    case .litigation(let s): return staff.litigation[agency][s]
    case .social(let s): return staff.social[agency][s]
    }
  }
}
