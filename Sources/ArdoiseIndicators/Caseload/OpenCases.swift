import ArdoiseCore

/// The cases open at D with their handler and phase at D, and the staff axis of the family
/// (every staff id of the staff table, of the history and of the month's actions, and
/// `unassigned`).
struct OpenCases {
  /// The `staff` axis.
  let staff: Axis
  /// The `phase` axis.
  let phase: Axis
  /// Open cases: (staff index, phase index, lease index).
  let cases: [(staff: Int, phase: Int, lease: Int)]

  /// The open cases of the snapshot.
  init(_ s: MonthSnapshot) {
    var staffIds = Interner(s.staff.members.map(\.id) + [CaseBook.unassigned])
    for r in s.cases.rows { staffIds.intern(r.staff) }
    for a in s.actions.inMonth { staffIds.intern(a.staff) }
    var phases = Interner()
    var open: [(String, String, Int)] = []
    for c in s.cases.cases.indices where s.caseCounts(c) && s.cases.isOpen(c, at: s.window.closing)
    {
      let state = s.cases.state(of: c, at: s.window.closing)
      let phase = state?.phase ?? CaseBook.unassigned
      phases.intern(phase)
      open.append((state?.staff ?? CaseBook.unassigned, phase, s.cases.cases[c].lease))
    }
    staff = Axis(key: "staff", values: staffIds.values)
    phase = Axis(key: "phase", values: phases.values)
    cases = open.map { (staffIds.index(of: $0.0)!, phases.index(of: $0.1)!, $0.2) }
  }

  /// Open cases by staff index.
  var countByStaff: [Int] {
    var counts = [Int](repeating: 0, count: staff.values.count)
    for c in cases { counts[c.staff] += 1 }
    return counts
  }

  /// Emits `open_cases` and `portfolio_debt` (the total over the distinct leases of all open
  /// cases: a lease in two portfolios counts once).
  func emit(_ s: MonthSnapshot, _ sink: inout ValueSink) {
    var crossing = Crossing([staff, phase])
    var portfolios = [Set<Int>](repeating: [], count: staff.values.count)
    for c in cases {
      crossing.add([c.staff, c.phase], amount: 1)
      portfolios[c.staff].insert(c.lease)
    }
    sink.sums(CaseloadDefinitions.openCases, crossing)
    func debt(_ leases: Set<Int>) -> Int64 {
      leases.reduce(0) { $0 + max(s.ledger.balance[$1], 0) }
    }
    let def = CaseloadDefinitions.portfolioDebt
    sink.add(def, .total, .integer(debt(Set(cases.map(\.lease)))))
    for (i, p) in portfolios.enumerated() where !p.isEmpty {
      sink.add(def, Dimensions(["staff": staff.values[i]]), .integer(debt(p)))
    }
  }
}
