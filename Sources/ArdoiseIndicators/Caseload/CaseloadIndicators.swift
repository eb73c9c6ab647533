import ArdoiseCore

/// The caseload family: open cases, portfolio debt, assignments, closures and actions of the
/// month, cases per FTE and their balance across the team, and repayment plans.
struct CaseloadIndicators: IndicatorFamily {
  let name = "caseload"
  let definitions = CaseloadDefinitions.all

  func computes(for length: Period.Length) -> Bool { length == .month }

  func compute(_ context: ComputeContext) throws -> [IndicatorValue] {
    let s = try context.snapshot()
    var sink = ValueSink(period: context.period)
    let open = OpenCases(s)
    open.emit(s, &sink)
    flows(s, open.staff, &sink)
    Workload(s, open: open).emit(&sink)
    plans(s, open.staff, context.parameters.planTolerance, &sink)
    return sink.values
  }

  /// Assignments, closures and actions of the month.
  private func flows(_ s: MonthSnapshot, _ staff: Axis, _ sink: inout ValueSink) {
    let index = Dictionary(uniqueKeysWithValues: staff.values.enumerated().map { ($1, $0) })
    let (first, closing) = (s.window.monthStart, s.window.closing)
    var assigned = Crossing([staff])
    var closed = Crossing([staff])
    for c in s.cases.cases.indices where s.caseCounts(c) {
      let rows = s.cases.cases[c].history
      for r in rows where s.cases.rows[r].from >= first {
        let row = s.cases.rows[r]
        if r == rows.lowerBound || s.cases.rows[r - 1].staff != row.staff {
          assigned.add([index[row.staff]!], amount: 1)
        }
      }
      if let day = s.cases.cases[c].closed, day >= first, day <= closing {
        closed.add([index[s.cases.handler(of: c, at: day)]!], amount: 1)
      }
    }
    var types = Interner()
    let counted = s.actions.inMonth.filter { $0.caseIndex.map { s.caseCounts($0) } ?? true }
    for a in counted { types.intern(a.type) }
    let type = Axis(key: "type", values: types.values)
    var actions = Crossing([staff, type])
    for a in counted { actions.add([index[a.staff]!, types.index(of: a.type)!], amount: 1) }
    sink.sums(CaseloadDefinitions.casesAssigned, assigned)
    sink.sums(CaseloadDefinitions.casesClosed, closed)
    sink.sums(CaseloadDefinitions.actionsDone, actions)
  }

  /// Plans active in M and respected at D, by the handler of the plan's case at D.
  private func plans(_ s: MonthSnapshot, _ staff: Axis, _ tolerance: Int64, _ sink: inout ValueSink)
  {
    let index = Dictionary(uniqueKeysWithValues: staff.values.enumerated().map { ($1, $0) })
    let month = s.window.month
    var active = Crossing([staff])
    var respected = Crossing([staff])
    for p in s.plans.plans where p.caseIndex >= 0 && s.caseCounts(p.caseIndex) {
      guard p.isActive(in: month) else { continue }
      let handler = index[s.cases.handler(of: p.caseIndex, at: s.window.closing)]!
      let k = Int64(p.firstMonth.months(to: month) + 1)
      let limit = max(0, p.initialDebt - k * p.instalment) + tolerance
      let balance = s.ledger.balance[s.cases.cases[p.caseIndex].lease]
      active.add([handler], amount: 1)
      respected.add([handler], amount: balance <= limit ? 1 : 0)
    }
    sink.sums(CaseloadDefinitions.plansActive, active)
    sink.sums(CaseloadDefinitions.plansRespected, respected)
    sink.ratio(CaseloadDefinitions.planRespectRate, respected, active)
  }
}
