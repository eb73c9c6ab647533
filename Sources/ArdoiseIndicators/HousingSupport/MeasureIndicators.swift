import ArdoiseCore

/// The measure family: notified, started, active, ongoing and ended measures, their households
/// and persons, first-contact delays, durations and billable months, by scheme and funder, for
/// a month, a quarter or a year.
struct MeasureIndicators: IndicatorFamily {
  let name = "measures"
  let definitions = MeasureDefinitions.all

  func computes(for length: Period.Length) -> Bool { true }

  func compute(_ context: ComputeContext) throws -> [IndicatorValue] {
    var sink = ValueSink(period: context.period)
    try Self.emit(
      try MeasureBook(context.db), try HouseholdBook(context.db, of: "measures"),
      DayRange(period: context.period),
      context.parameters, &sink)
    return sink.values
  }

  /// Emits every measure indicator over `range`.
  static func emit(
    _ book: MeasureBook, _ households: HouseholdBook, _ range: DayRange,
    _ parameters: Parameters, _ sink: inout ValueSink
  ) throws {
    let rule = try BillingRule(parameters)
    let months = range.months
    var tallies: [Dimensions: MeasureTally] = [.total: MeasureTally()]
    var ended: [Dimensions: Int64] = [.total: 0]
    // The groups of a (funder, scheme) and of a (funder, scheme, outcome), made once each.
    var groups: [[String]: [Dimensions]] = [:]
    func groupsOf(_ values: [String]) -> [Dimensions] {
      if let known = groups[values] { return known }
      let keys = ["funder", "scheme", "outcome"]
      let made = MeasureTally.groups(
        values.indices.map { Dimensions.Pair(key: keys[$0], value: values[$0]) })
      groups[values] = made
      return made
    }
    for m in book.measures {
      let activeDays = m.activeDays(in: range)
      let delay = range.contains(m.firstContact) ? m.firstContactDelay : nil
      let duration = range.contains(m.ended) ? m.started.map { $0.days(to: m.ended!) + 1 } : nil
      let billable = rule.months(months) { m.activeDays(in: DayRange(period: Period(month: $0))) }
      for g in groupsOf([m.funder, m.scheme]) {
        // Mutated in place in the dictionary: no copy of the group's sets and lists.
        Self.count(
          m, &tallies[g, default: MeasureTally()], range, activeDays, billable, delay, duration,
          parameters.firstContactDays)
      }
      if range.contains(m.ended) {
        for g in groupsOf([m.funder, m.scheme, m.outcomeCode]) { ended[g, default: 0] += 1 }
      }
    }
    for (dims, n) in ended where n > 0 || dims.isTotal {
      sink.add(MeasureDefinitions.ended, dims, .integer(n))
    }
    for (dims, t) in tallies { emit(t, dims, households, &sink) }
  }

  /// Counts measure `m` in the tally of one of its groups.
  private static func count(
    _ m: MeasureBook.Measure, _ t: inout MeasureTally, _ range: DayRange, _ activeDays: Int,
    _ billable: MeasureMonths, _ delay: Int?, _ duration: Int?, _ withinDays: Int
  ) {
    if range.contains(m.notified) { t.notified += 1 }
    if range.contains(m.started) { t.started += 1 }
    if activeDays > 0 {
      t.active += 1
      t.households.insert(m.household)
      t.billable += billable
    }
    if m.isActive(on: range.end) { t.ongoing += 1 }
    if let delay {
      t.delays.append(delay)
      if delay <= withinDays { t.withinDelay += 1 }
    }
    if let duration { t.durations.append(duration) }
  }

  /// The values of one group: an indicator's row is given for the total, and for a group where
  /// its population (the measures it ranges over) has a member.
  private static func emit(
    _ t: MeasureTally, _ dims: Dimensions, _ households: HouseholdBook, _ sink: inout ValueSink
  ) {
    typealias D = MeasureDefinitions
    let total = dims.isTotal
    func count(_ def: IndicatorDefinition, _ n: Int64) {
      if n > 0 || total { sink.add(def, dims, .integer(n)) }
    }
    count(D.notified, t.notified)
    count(D.started, t.started)
    count(D.active, t.active)
    count(D.ongoingEnd, t.ongoing)
    if t.active > 0 || total {
      let persons = t.households.reduce(Int64(0)) { $0 + households[id: $1].persons }
      sink.add(D.households, dims, .integer(Int64(t.households.count)))
      sink.add(D.persons, dims, .integer(persons))
      sink.add(D.billableMonths, dims, .real(t.billable.value))
    }
    if !t.delays.isEmpty || total {
      sink.add(D.firstContactDelay, dims, DayStatistics.mean(t.delays))
      sink.add(
        D.firstContactRate, dims,
        t.delays.isEmpty ? nil : .real(Double(t.withinDelay) / Double(t.delays.count)))
    }
    if !t.durations.isEmpty || total {
      sink.add(D.durationMean, dims, DayStatistics.mean(t.durations))
    }
  }
}
