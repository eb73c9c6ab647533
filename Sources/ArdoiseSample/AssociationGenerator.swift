import ArdoiseCore

/// Generates the housing-support association of Toulouse: IML units with their availability
/// windows, the stays of the households housed there, and the support measures (ASLL, AVDL,
/// IML, MASP) notified by Toulouse Métropole, the State and the Département.
///
/// Size: `leases` is the number of measures; there are `max(1, leases / 4)` IML units (20 for
/// 80 measures) and `max(3, leases / 20)` social workers plus a coordinator. Households come
/// from the stays (a few of them stay twice) and the measures (some of them follow a household
/// that left an IML unit, some households have two measures).
struct AssociationGenerator {
  private struct Household {
    let number: Int
    let persons: Int
  }

  private struct Stay {
    let number: Int
    let household: Int
    let unit: Int
    let entered: Day
    var left: Day?
  }

  private let options: SampleOptions
  private let firstDay: Day
  private let endDay: Day
  private var rng: SampleRandom
  private let households: CSVWriter
  private var householdCount = 0
  private var staffMembers: [(number: Int, start: Day?, end: Day?)] = []

  /// Writes the association's files and returns what was written.
  static func generate(_ options: SampleOptions) throws(SampleError) -> [SampleFile] {
    let dir = options.outputDirectory
    func open(_ t: TableSpec) throws(SampleError) -> CSVWriter {
      try CSVWriter(path: dir + "/" + t.canonicalFile, table: t, format: .canonical)
    }
    let writers = [
      try open(Schema.agencies), try open(Schema.staff), try open(Schema.associationUnits),
      try open(Schema.households), try open(Schema.stays), try open(Schema.measures),
    ]
    var g = AssociationGenerator(options: options, households: writers[3])
    g.writeAgencyAndStaff(agencies: writers[0], staff: writers[1])
    let stays = g.writeUnitsAndStays(units: writers[2], stays: writers[4])
    g.writeMeasures(writers[5], stays: stays)
    var out: [SampleFile] = []
    for w in writers {
      try w.close()
      out.append(
        SampleFile(
          kind: w.table.kind, name: w.table.canonicalFile, rows: w.rows, bytes: w.bytesWritten))
    }
    return out
  }

  private init(options: SampleOptions, households: CSVWriter) {
    self.options = options
    firstDay = options.firstMonth.firstDay
    endDay = options.end.lastDay
    rng = SampleRandom(seed: options.seed, stream: 100)
    self.households = households
  }

  private var width: Int { max(4, String(options.leases * 2).count) }

  // MARK: Agency and staff

  private mutating func writeAgencyAndStaff(agencies: CSVWriter, staff: CSVWriter) {
    agencies.text("TLS")
    agencies.text("Toulouse")
    agencies.endRow()
    let workers = max(3, options.leases / 20)
    let span = firstDay.days(to: endDay)
    var rows: [(StaffRole, Int, Day?, Day?)] = [
      (.coordination, 10, firstDay.adding(days: -rng.int(30...900)), nil)
    ]
    for i in 0..<workers {
      let start: Day? = rng.chance(0.2) ? nil : firstDay.adding(days: -rng.int(60...3000))
      rows.append((.travailSocial, i == 1 ? 8 : i == 2 ? 5 : 10, start, nil))
    }
    if span >= 90 {
      // One social worker leaves; her successor arrives a few weeks later.
      let leave = firstDay.adding(days: span * 4 / 10)
      rows[rows.count - 1].3 = leave
      rows.append((.travailSocial, 10, leave.adding(days: rng.int(20...45)), nil))
    }
    for (i, r) in rows.enumerated() {
      staff.id(UInt8(ascii: "S"), i + 1, width: 2)
      staff.text(FrenchData.staffName(&rng))
      staff.code(r.0)
      staff.text("TLS")
      staff.tenths(r.1)
      staff.day(r.2)
      staff.day(r.3)
      staff.endRow()
      staffMembers.append((i + 1, r.2, r.3))
    }
  }

  /// A social worker active on `day` (or nil for an unassigned measure).
  private mutating func worker(at day: Day) -> Int? {
    if rng.chance(0.04) { return nil }
    let active = staffMembers.filter { m in
      (m.start.map { $0 <= day } ?? true) && (m.end.map { $0 >= day } ?? true)
    }
    return active.isEmpty ? staffMembers[0].number : rng.pick(active).number
  }

  // MARK: Households

  private mutating func newHousehold(rooms: Int) -> Household {
    householdCount += 1
    let composition: Composition
    switch rooms {
    case 1: composition = rng.chance(0.9) ? .isole : .couple
    case 2: composition = [.isole, .monoparental, .couple][rng.weighted([40, 45, 15])]
    default: composition = [.monoparental, .coupleEnfants, .autre][rng.weighted([50, 40, 10])]
    }
    let adults: Int
    let children: Int
    switch composition {
    case .isole: (adults, children) = (1, 0)
    case .couple: (adults, children) = (2, 0)
    case .coupleEnfants: (adults, children) = (2, rng.int(1...max(1, rooms)))
    case .monoparental: (adults, children) = (1, rng.int(1...max(1, rooms)))
    case .autre: (adults, children) = (2, rng.int(0...2))
    }
    let resources = [Resources.rsa, .are, .salaire, .aah, .sans, .autre][
      rng.weighted([34, 14, 24, 10, 12, 6])]
    let h = households
    h.id(UInt8(ascii: "M"), householdCount, width: width)
    h.text(FrenchData.holderName(couple: adults == 2, &rng))
    h.int(adults)
    h.int(children)
    h.code(rng.chance(0.03) ? nil : composition)
    h.code(rng.chance(0.03) ? nil : resources)
    h.bool(rng.chance(0.55))
    h.bool(rng.chance(0.15))
    h.endRow()
    return Household(number: householdCount, persons: adults + children)
  }

  // MARK: Units and stays

  private mutating func writeUnitsAndStays(units: CSVWriter, stays: CSVWriter) -> [Stay] {
    let count = max(1, options.leases / 4)
    var all: [Stay] = []
    var exits = 0
    var returning: [(household: Int, left: Day)] = []
    for u in 1...count {
      let rooms = 1 + rng.weighted([25, 35, 25, 10, 5])
      // Availability: most units since the 2019 call for projects; some join or leave during
      // the period (a new lease with a private owner, a mandate that ends).
      var from: Day? = Day(year: 2019, month: 9, day: 1)!.adding(days: rng.int(0...900))
      var to: Day?
      let span = firstDay.days(to: endDay)
      if u % 10 == 4 { from = firstDay.adding(days: span / 5 + rng.int(0...(span / 4))) }
      if u % 10 == 8 { to = firstDay.adding(days: span / 2 + rng.int(0...(span / 3))) }
      if u % 10 == 1 { from = nil }
      if let f = from, f > endDay { from = endDay }
      units.id(UInt8(ascii: "L"), u, width: 3)
      units.text("TLS")
      units.text(rng.chance(0.8) ? "IML sous-location" : "IML mandat de gestion")
      units.text(rng.pick(FrenchData.toulouseCommunes))
      units.text(rooms == 1 ? "T1" : "T\(rooms)")
      units.code(UnitScheme.iml)
      units.day(from)
      units.day(to)
      units.endRow()

      let open = max(from ?? firstDay.adding(days: -600), firstDay.adding(days: -600))
      let close = min(to ?? endDay, endDay)
      var entered =
        open < firstDay && rng.chance(0.85)
        ? max(open, firstDay.adding(days: -rng.int(1...540)))
        : open.adding(days: rng.int(5...60))
      while entered <= close {
        // Household: a new one, or one that left another unit some months ago.
        var household: Int
        if let i = returning.firstIndex(where: { $0.left.adding(days: 60) < entered }),
          rng.chance(0.3)
        {
          household = returning.remove(at: i).household
        } else {
          household = newHousehold(rooms: rooms).number
        }
        // Sub-lease of 6 months renewable twice; some leave early, some the same day.
        let r = rng.int(0...99)
        let days: Int
        if r < 3 {
          days = 0
        } else if r < 15 {
          days = rng.int(20...150)
        } else if r < 40 {
          days = 182 + rng.int(-10...10)
        } else if r < 70 {
          days = 365 + rng.int(-15...15)
        } else if r < 94 {
          days = 547 + rng.int(-20...20)
        } else {
          days = rng.int(560...800)
        }
        var left: Day? = entered.adding(days: days)
        if let t = to, left! > t { left = max(entered, t.adding(days: -rng.int(0...20))) }
        if left! > endDay { left = nil }
        let stay = Stay(
          number: all.count + 1, household: household, unit: u, entered: entered, left: left)
        all.append(stay)
        let referral: Referral? =
          all.count <= 5
          ? [Referral.siao, .bailleur, .travailleurSocial, .autre, nil][all.count - 1]
          : [Referral.siao, .bailleur, .travailleurSocial, .autre, nil][
            rng.weighted([70, 8, 12, 5, 5])]
        var destination: ExitDestination?
        if left != nil {
          exits += 1
          let codes: [ExitDestination?] = ExitDestination.allCases + [nil]
          destination =
            exits <= codes.count
            ? codes[exits - 1]
            : codes[
              rng.weighted(
                days == 0 ? [0, 0, 0, 0, 10, 10, 40, 30, 10] : [35, 10, 10, 10, 10, 8, 5, 6, 6])]
        }
        stays.id(UInt8(ascii: "J"), stay.number, width: width)
        stays.id(UInt8(ascii: "M"), household, width: width)
        stays.id(UInt8(ascii: "L"), u, width: 3)
        stays.day(entered)
        stays.day(left)
        stays.code(referral)
        stays.code(destination)
        stays.endRow()
        guard let l = left else { break }
        if destination == .hebergement || destination == .famille || destination == nil {
          returning.append((household, l))
        }
        entered = l.adding(days: rng.chance(0.05) ? 0 : rng.int(5...75))
      }
    }
    return all
  }

  // MARK: Measures

  private mutating func writeMeasures(_ out: CSVWriter, stays: [Stay]) {
    let total = options.leases
    let imlCount = min(stays.count, total * 12 / 100)
    var ended = 0
    var previous: [Int] = []
    let outcomes = MeasureOutcome.allCases
    for i in 0..<total {
      var scheme: MeasureScheme
      var funder: Funder
      var household: Int
      var notified: Day
      var start: Day?
      var stayEnd: Day?
      if i < imlCount {
        // The support measure of an IML stay, funded by the State.
        let s = stays[i * stays.count / max(1, imlCount)]
        scheme = .iml
        funder = .etat
        household = s.household
        notified = s.entered.adding(days: -rng.int(10...40))
        start = s.entered
        stayEnd = s.left.map { $0.adding(days: -1) }
      } else {
        scheme = [.asll, .avdl, .masp, .autre][rng.weighted([58, 30, 7, 5])]
        switch scheme {
        case .asll: funder = rng.chance(0.9) ? .metropole : .departement
        case .avdl: funder = rng.chance(0.6) ? .etat : .metropole
        case .masp: funder = .departement
        default: funder = [.autre, .etat, .metropole][rng.weighted([50, 25, 25])]
        }
        let lo = firstDay.adding(days: -270)
        notified = lo.adding(days: rng.int(0...max(0, lo.days(to: endDay) - 5)))
        if let s = stays.first(where: { $0.left.map { abs($0.days(to: notified)) < 20 } ?? false }),
          rng.chance(0.3)
        {
          household = s.household  // ASLL after leaving IML for a home of one's own
        } else if !previous.isEmpty, rng.chance(0.06) {
          household = rng.pick(previous)  // a second measure for the same household
        } else {
          household = newHousehold(rooms: 1 + rng.weighted([30, 35, 25, 10])).number
        }
      }
      previous.append(household)
      if notified > endDay { notified = endDay }

      // First contact and start; some never contacted, some never started.
      var contact: Day?
      if scheme == .iml {
        contact = notified.adding(days: rng.int(1...9))
      } else if !rng.chance(0.06) {
        let r = rng.int(0...99)
        contact = notified.adding(
          days: r < 70 ? rng.int(2...15) : r < 92 ? rng.int(16...30) : rng.int(31...60))
        if scheme != .iml, !rng.chance(0.08) {
          var s = contact!.adding(days: rng.int(0...21))
          if rng.chance(0.3) { s = s.monthValue.adding(1).firstDay }
          start = s
        }
      }
      if let c = contact, c > endDay { contact = nil }
      if let s = start, s > endDay { start = nil }

      // End: the last day of the measure (some on the first of a month).
      var end: Day?
      if let s = start {
        let days: Int
        switch scheme {
        case .asll: days = rng.int(90...330)
        case .avdl: days = (rng.chance(0.6) ? 180 : 360) + rng.int(-15...15)
        case .masp: days = rng.int(180...720)
        case .iml: days = stayEnd.map { s.days(to: $0) + 1 } ?? 100_000
        case .autre: days = rng.int(60...365)
        }
        var e = s.adding(days: max(1, days) - 1)
        if scheme != .iml, rng.chance(0.2) { e = e.monthValue.firstDay }
        if e < s { e = s }
        end = e <= endDay ? e : nil
      } else if rng.chance(0.7) {
        let e = notified.adding(days: rng.int(30...120))
        end = e <= endDay ? e : nil
      }
      var outcome: MeasureOutcome?
      if end != nil {
        ended += 1
        if ended <= outcomes.count {
          outcome = outcomes[ended - 1]
        } else if start == nil {
          outcome = [.interruption, .reorientation, .autre][rng.weighted([50, 35, 15])]
        } else if !rng.chance(0.05) {
          outcome = outcomes[rng.weighted([40, 25, 12, 8, 8, 3, 4])]
        }
      }
      out.text(
        "MES" + String(repeating: "0", count: max(0, width - String(i + 1).count)) + String(i + 1))
      out.id(UInt8(ascii: "M"), household, width: width)
      out.code(scheme)
      out.code(funder)
      if let s = worker(at: notified) {
        out.id(UInt8(ascii: "S"), s, width: 2)
      } else {
        out.text(nil)
      }
      out.day(notified)
      out.day(contact)
      out.day(start)
      out.day(end)
      out.code(outcome)
      out.endRow()
    }
  }
}
