import ArdoiseCore

/// `cases_per_fte` and `caseload_cv`: open cases per full-time equivalent of the staff active
/// at D, and their coefficient of variation by role.
struct Workload {
  /// One active staff member: id, role, fte and open cases.
  struct Member {
    let id: String
    let role: String
    let fte: Double
    let openCases: Int

    /// Open cases / fte, nil when fte is 0.
    var casesPerFte: Double? { fte > 0 ? Double(openCases) / fte : nil }
  }

  /// The staff active at D, by id.
  let active: [Member]

  /// The active staff of the snapshot with their open cases.
  init(_ s: MonthSnapshot, open: OpenCases) {
    let counts = open.countByStaff
    let index = Dictionary(uniqueKeysWithValues: open.staff.values.enumerated().map { ($1, $0) })
    active = s.staff.members.filter { $0.isActive(at: s.window.closing) }.map { m in
      Member(id: m.id, role: m.role, fte: m.fte, openCases: index[m.id].map { counts[$0] } ?? 0)
    }
  }

  /// Emits both indicators.
  func emit(_ sink: inout ValueSink) {
    let perFte = CaseloadDefinitions.casesPerFte
    let fte = active.reduce(0.0) { $0 + $1.fte }
    let open = active.reduce(0) { $0 + $1.openCases }
    sink.add(perFte, .total, fte > 0 ? .real(Double(open) / fte) : nil)
    for m in active {
      sink.add(perFte, Dimensions(["staff": m.id]), m.casesPerFte.map { .real($0) })
    }
    let cv = CaseloadDefinitions.caseloadCv
    sink.add(cv, .total, Self.variation(active.compactMap(\.casesPerFte)).map { .real($0) })
    for role in Set(active.map(\.role)).sorted() {
      let values = active.filter { $0.role == role }.compactMap(\.casesPerFte)
      sink.add(cv, Dimensions(["role": role]), Self.variation(values).map { .real($0) })
    }
  }

  /// Population standard deviation / mean; nil under 2 values or with a mean of 0.
  static func variation(_ values: [Double]) -> Double? {
    guard values.count >= 2 else { return nil }
    let mean = values.reduce(0, +) / Double(values.count)
    guard mean != 0 else { return nil }
    let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
    return variance.squareRoot() / mean
  }
}
