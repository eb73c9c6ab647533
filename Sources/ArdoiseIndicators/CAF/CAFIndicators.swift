import ArdoiseCore

/// The CAF arrears family (R824-1 and R824-4 of the CCH): constituted arrears, signals due and
/// signals overdue, over present leases, by agency.
struct CAFIndicators: IndicatorFamily {
  let name = "caf"
  let definitions = CAFDefinitions.all

  func computes(for length: Period.Length) -> Bool { length == .month }

  func compute(_ context: ComputeContext) throws -> [IndicatorValue] {
    let s = try context.snapshot()
    let agency = Axis(key: "agency", values: s.leases.agencies)
    var arrears = Crossing([agency])
    var due = Crossing([agency])
    var overdue = Crossing([agency])
    // Every present lease is a member of its agency's group, counted or not.
    for i in 0..<s.leases.count where s.status[i] == .present {
      arrears.add([s.leases.agency[i]], amount: 0)
      due.add([s.leases.agency[i]], amount: 0)
      overdue.add([s.leases.agency[i]], amount: 0)
    }
    for lease in CAFArrears(s).leases {
      let a = s.leases.agency[lease.index]
      arrears.add([a], amount: 1, members: 0)
      if !lease.signalled { due.add([a], amount: 1, members: 0) }
      if lease.overdue { overdue.add([a], amount: 1, members: 0) }
    }
    var sink = ValueSink(period: context.period)
    sink.sums(CAFDefinitions.arrears, arrears)
    sink.sums(CAFDefinitions.signalDue, due)
    sink.sums(CAFDefinitions.signalOverdue, overdue)
    return sink.values
  }
}
