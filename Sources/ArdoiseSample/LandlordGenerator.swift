import ArdoiseCore

/// A household of the landlord.
struct HouseholdFacts {
  /// Its number (`M00001` is 1).
  let number: Int
  /// Family composition.
  let composition: Composition
  /// Main resources.
  let resources: Resources
  /// Adults and children.
  let adults: Int
  /// Children.
  let children: Int
  /// Followed as fragile by the social advisors.
  let fragile: Bool
  /// Housed under the DALO right.
  let dalo: Bool
}

/// A household waiting for the home it moves to (*mutation*, case closed with `relogement`).
struct Relocation {
  /// The household.
  let household: HouseholdFacts
  /// The agency of the old and new homes.
  let agency: Int
  /// The new lease's start date.
  let start: Day
}

/// Generates the landlord: homes by estate, and for each home the chain of its leases over the
/// period (a tenant present at the start, then re-lets after each departure), each lease
/// simulated month by month by `LeaseRun`. Leases are generated until exactly `leases` exist.
struct LandlordGenerator {
  /// The writer every row goes through.
  let w: LandlordWriter
  private var relocations: [Relocation] = []
  private var estate: (agency: Int, commune: String, name: String, left: Int) = (0, "", "", 0)
  private var estateRng: SampleRandom

  /// Prepares the generation.
  init(writer: LandlordWriter) {
    w = writer
    estateRng = SampleRandom(seed: writer.options.seed, stream: 20)
  }

  /// Writes every file.
  mutating func run() {
    w.writeReference()
    var unitIndex = 0
    while w.leaseCount < w.options.leases {
      unitIndex += 1
      if !relocations.isEmpty {
        let r = relocations.removeFirst()
        if r.start <= w.endDay { runUnit(index: unitIndex, relocation: r) }
      } else {
        runUnit(index: unitIndex, relocation: nil)
      }
    }
  }

  // MARK: Homes

  private mutating func nextEstate() {
    let shares = FrenchData.agencies.map(\.share)
    let a = estateRng.weighted(shares)
    estate = (
      a, estateRng.pick(FrenchData.agencies[a].communes), estateRng.pick(FrenchData.programmes),
      estateRng.int(6...90)
    )
  }

  /// Writes a new home and returns its number, agency and typology (1 to 5).
  private mutating func newUnit(agency: Int?, _ rng: inout SampleRandom) -> (Int, Int, Int) {
    let a: Int
    let commune: String
    let programme: String
    if let agency {
      a = agency
      commune = rng.pick(FrenchData.agencies[a].communes)
      programme = rng.pick(FrenchData.programmes)
    } else {
      if estate.left == 0 { nextEstate() }
      estate.left -= 1
      (a, commune, programme) = (estate.agency, estate.commune, estate.name)
    }
    let typology = 1 + rng.weighted([10, 25, 35, 22, 8])
    w.unitCount += 1
    let u = w.units
    u.id(UInt8(ascii: "L"), w.unitCount, width: w.unitWidth)
    u.text(FrenchData.agencies[a].id)
    u.text(programme)
    u.text(commune)
    u.text("T\(typology)")
    u.code(UnitScheme.parc)
    u.endRow()
    return (w.unitCount, a, typology)
  }

  // MARK: Households

  /// Writes a new household fitting a home of `typology` rooms.
  private func newHousehold(typology: Int, entrant: Bool, _ rng: inout SampleRandom)
    -> HouseholdFacts
  {
    let composition: Composition
    switch typology {
    case 1: composition = rng.chance(0.85) ? .isole : (rng.chance(0.5) ? .couple : .autre)
    case 2: composition = [.isole, .couple, .monoparental, .autre][rng.weighted([45, 25, 25, 5])]
    case 3:
      composition =
        [.coupleEnfants, .monoparental, .couple, .isole][rng.weighted([40, 35, 15, 10])]
    default: composition = [.coupleEnfants, .monoparental, .autre][rng.weighted([60, 32, 8])]
    }
    let adults: Int
    let children: Int
    switch composition {
    case .isole: (adults, children) = (1, 0)
    case .couple: (adults, children) = (2, 0)
    case .coupleEnfants: (adults, children) = (2, rng.int(1...max(1, typology)))
    case .monoparental: (adults, children) = (1, rng.int(1...max(1, typology - 1)))
    case .autre: (adults, children) = (rng.int(2...3), rng.int(0...max(0, typology - 2)))
    }
    let resources: Resources
    if rng.chance(composition == .isole ? 0.3 : 0.05) && rng.chance(0.6) {
      resources = .retraite
    } else {
      resources =
        [.salaire, .rsa, .aah, .are, .retraite, .sans, .autre][
          rng.weighted([44, 16, 9, 11, 8, 3, 9])]
    }
    let dalo = rng.chance(entrant ? 0.08 : 0.025)
    let precarious = resources == .rsa || resources == .aah || resources == .sans
    let fragile = dalo || rng.chance(precarious ? 0.3 : 0.06)
    w.householdCount += 1
    let h = HouseholdFacts(
      number: w.householdCount, composition: composition, resources: resources, adults: adults,
      children: children, fragile: fragile, dalo: dalo)
    let f = w.households
    f.id(UInt8(ascii: "M"), h.number, width: w.leaseWidth)
    f.text(FrenchData.holderName(couple: adults == 2 && composition != .autre, &rng))
    f.int(adults)
    f.int(children)
    f.code(composition)
    f.code(resources)
    f.bool(fragile)
    f.bool(dalo)
    f.endRow()
    return h
  }

  // MARK: Chains of leases

  private mutating func runUnit(index: Int, relocation: Relocation?) {
    var rng = SampleRandom(seed: w.options.seed, stream: 1, index: UInt64(index))
    let (unit, agency, typology) = newUnit(agency: relocation?.agency, &rng)
    var start: Day
    var household: HouseholdFacts
    if let relocation {
      start = relocation.start
      household = relocation.household
    } else if rng.chance(0.95) {
      // Occupied at the start of the period, by a tenant who came in up to 25 years before.
      start = w.firstDay.adding(days: -rng.int(20...9000))
      household = newHousehold(typology: typology, entrant: false, &rng)
    } else {
      // Vacant at the start (works, re-let in progress).
      start = w.firstDay.adding(days: rng.int(0...150))
      if start > w.endDay { return }
      household = newHousehold(typology: typology, entrant: true, &rng)
    }
    while w.leaseCount < w.options.leases {
      w.leaseCount += 1
      var lease = LeaseRun(
        writer: w, number: w.leaseCount, household: household, unit: unit, agency: agency,
        typology: typology, start: start)
      lease.run()
      guard let departure = lease.departure else { return }
      if lease.relocated {
        relocations.append(
          Relocation(household: household, agency: agency, start: departure.adding(days: 1)))
      }
      // Re-let after some vacancy, half of the time on the first of a month.
      var next = departure.adding(days: rng.int(8...110))
      if rng.chance(0.5) { next = next.monthValue.adding(1).firstDay }
      if next > w.endDay { return }
      start = next
      household = newHousehold(typology: typology, entrant: true, &rng)
    }
  }
}
