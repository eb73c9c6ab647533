import ArdoiseCore
import ArdoiseIndicators

/// The team datasets of a month: `caseload_balance` (cases per FTE and their coefficient of
/// variation by role) and `caseload_trend` (each handler's open cases over 13 months).
///
/// Without an agency the coefficients are the stored `caseload_cv`; with one they are
/// computed the same way (population standard deviation / mean, none under two staff or with a
/// mean of 0) over the agency's active staff.
struct TeamDatasets {
  /// The shared facts.
  let facts: ReportFacts

  /// `caseload_balance`: one row per role of the active staff, by label, then all staff.
  func balance(_ p: ReportParameters) throws -> DataValue {
    let f = try facts.figures(p.period.firstMonth)
    let staff = try facts.staff()
    let active = staff.byId.values.filter {
      $0.isActive(at: f.period.end) && staff.belongs($0.id, to: p.agency)
    }
    func row(_ role: String?) -> DataValue {
      let members = active.filter { m in role.map { m.role == $0 } ?? true }
      let perFte = members.compactMap { f.real("cases_per_fte", ["staff": $0.id]) }
      let mean = perFte.isEmpty ? nil : perFte.reduce(0, +) / Double(perFte.count)
      let cv: Double? =
        p.agency == nil
        ? f.real("caseload_cv", role.map { ["role": $0] } ?? [:]) : Self.variation(perFte)
      return .record([
        "role": .text(role ?? ""),
        "label": .text(
          role.map { FrenchLabels.label($0, in: FrenchLabels.roles) } ?? "Toute l'équipe"),
        "staff_count": .count(Int64(members.count)), "mean_cases_per_fte": .decimal(mean),
        "caseload_cv": .ratio(cv), "is_total": .flag(role == nil),
      ])
    }
    let roles = Set(active.map(\.role)).sorted {
      (FrenchLabels.label($0, in: FrenchLabels.roles), $0)
        < (FrenchLabels.label($1, in: FrenchLabels.roles), $1)
    }
    return .list(roles.map { row($0) } + [row(nil)])
  }

  /// Population standard deviation / mean; nil under 2 values or with a mean of 0.
  static func variation(_ values: [Double]) -> Double? {
    guard values.count >= 2 else { return nil }
    let mean = values.reduce(0, +) / Double(values.count)
    guard mean != 0 else { return nil }
    let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
    return variance.squareRoot() / mean
  }

  /// `caseload_trend`: per month M−12 to M, one row per handler (not `unassigned`) active at
  /// the month's end or with open cases, by month then name.
  func trend(_ p: ReportParameters) throws -> DataValue {
    let staff = try facts.staff()
    return .list(
      try facts.trend(p.period.firstMonth).flatMap { f -> [DataValue] in
        var ids = Set<String>()
        for id in ["open_cases", "cases_per_fte"] {
          for v in f.values(id, keys: ["staff"]) { ids.insert(v.dimensions["staff"]!) }
        }
        ids.remove(StaffDirectory.unassigned)
        return staff.sortedByName(ids.filter { staff.belongs($0, to: p.agency) }).map { id in
          .record([
            "month": .month(f.period.firstMonth), "staff": .text(id),
            "name": .text(staff.name(id)),
            "open_cases": .count(f.count("open_cases", ["staff": id])),
            "cases_per_fte": .decimal(f.real("cases_per_fte", ["staff": id])),
          ])
        }
      })
  }
}
