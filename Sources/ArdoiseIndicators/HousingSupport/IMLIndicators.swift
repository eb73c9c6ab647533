import ArdoiseCore

/// The IML family of the State tables: presence, flows, file active and its persons, stay
/// lengths, occupancy and vacancy, exits by destination and entries by referral, for a month,
/// a quarter or a year.
struct IMLIndicators: IndicatorFamily {
  let name = "iml"
  let definitions = IMLDefinitions.all

  func computes(for length: Period.Length) -> Bool { true }

  func compute(_ context: ComputeContext) throws -> [IndicatorValue] {
    var sink = ValueSink(period: context.period)
    Self.emit(
      try StayBook(context.db), try HouseholdBook(context.db, of: "stays"),
      DayRange(period: context.period),
      &sink)
    return sink.values
  }

  /// Emits every IML indicator over `range`.
  static func emit(
    _ book: StayBook, _ households: HouseholdBook, _ range: DayRange, _ sink: inout ValueSink
  ) {
    typealias D = IMLDefinitions
    func count(_ def: IndicatorDefinition, _ n: Int, _ dims: Dimensions = .total) {
      sink.add(def, dims, .integer(Int64(n)))
    }
    let stays = book.stays
    count(
      D.presentStart, Set(stays.filter { $0.isPresent(on: range.start) }.map(\.household)).count)
    count(D.presentEnd, Set(stays.filter { $0.isPresent(on: range.end) }.map(\.household)).count)
    let entries = stays.filter { range.contains($0.entered) }
    let exits = stays.filter { range.contains($0.left) }
    count(D.entries, entries.count)
    count(D.exits, exits.count)
    byCode(D.entriesByReferral, "referral", entries.map(\.referral), &sink)
    byCode(D.exitsByDestination, "destination", exits.map(\.destination), &sink)

    let active = Set(stays.filter { $0.isPresent(in: range) }.map(\.household)).sorted()
    let members = active.map { households[id: $0] }
    count(D.households, active.count)
    sink.add(D.adults, .total, .integer(members.reduce(0) { $0 + $1.adults }))
    sink.add(D.children, .total, .integer(members.reduce(0) { $0 + $1.children }))
    sink.add(D.persons, .total, .integer(members.reduce(0) { $0 + $1.persons }))
    var groups: [Dimensions: Int] = [:]
    for h in members {
      groups[Dimensions(["composition": h.composition]), default: 0] += 1
      groups[Dimensions(["resources": h.resources]), default: 0] += 1
    }
    for (dims, n) in groups { count(D.householdsBy, n, dims) }
    count(D.householdsBy, active.count)

    let lengths = exits.map { $0.entered.days(to: $0.left!) }
    sink.add(D.stayDaysMean, .total, DayStatistics.mean(lengths))
    sink.add(D.stayDaysMedian, .total, DayStatistics.median(lengths))
    let occupancy = Occupancy(book, range: range)
    sink.add(
      D.occupancyRate, .total,
      occupancy.availableDays == 0
        ? nil : .real(Double(occupancy.occupiedDays) / Double(occupancy.availableDays)))
    sink.add(
      D.vacancyDays, .total, .real(Double(occupancy.availableDays - occupancy.occupiedDays)))
  }

  /// The total and one row per code met.
  private static func byCode(
    _ def: IndicatorDefinition, _ key: String, _ codes: [String], _ sink: inout ValueSink
  ) {
    sink.add(def, .total, .integer(Int64(codes.count)))
    var counts: [String: Int64] = [:]
    for c in codes { counts[c, default: 0] += 1 }
    for (code, n) in counts { sink.add(def, Dimensions([key: code]), .integer(n)) }
  }
}
