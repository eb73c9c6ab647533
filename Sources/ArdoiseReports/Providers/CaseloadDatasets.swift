import ArdoiseCore
import ArdoiseIndicators

/// The caseload datasets of a month from the stored figures and the staff table: `caseload`,
/// `caseload_by_phase`, `caseload_balance`, `caseload_trend` and `actions_by_type`.
///
/// A row per handler with a caseload figure in the month (active staff, and any handler with
/// open cases, assignments, closures or actions), by name, `Non attribué` last. With an
/// agency, the handlers are the staff of that agency, and the totals are made of their rows
/// (the portfolio debt then counts a lease shared by two of them twice).
struct CaseloadDatasets {
  /// The shared facts.
  let facts: ReportFacts

  /// The staff ids with a caseload figure in `f`, restricted to `agency`, sorted by name.
  func handlers(_ f: PeriodFigures, agency: String?, staff: StaffDirectory) -> [String] {
    var ids = Set<String>()
    for id in ["open_cases", "cases_per_fte", "cases_assigned", "cases_closed", "actions_done"] {
      for v in f.values(id, keys: ["staff"]) { ids.insert(v.dimensions["staff"]!) }
    }
    return staff.sortedByName(ids.filter { staff.belongs($0, to: agency) })
  }

  /// `caseload`: per handler, then the total.
  func caseload(_ p: ReportParameters) throws -> DataValue {
    let f = try facts.figures(p.period.firstMonth)
    let staff = try facts.staff()
    let ids = handlers(f, agency: p.agency, staff: staff)
    let counted = [
      "open_cases", "cases_assigned", "cases_closed", "actions_done", "plans_active",
      "plans_respected",
    ]
    var rows = ids.map { id -> DataValue in
      let d = ["staff": id]
      var row: [String: DataValue] = [
        "staff": .text(id), "name": .text(staff.name(id)),
        "role": .text(
          staff.byId[id].map { FrenchLabels.label($0.role, in: FrenchLabels.roles) } ?? ""),
        "fte": .decimal(staff.byId[id]?.fte), "portfolio_debt": f.data("portfolio_debt", d),
        "cases_per_fte": .decimal(f.real("cases_per_fte", d)),
        "plan_respect_rate": f.data("plan_respect_rate", d), "is_total": .flag(false),
      ]
      for c in counted { row[c] = f.data(c, d) }
      return .record(row)
    }
    rows.append(try total(f, ids: ids, staff: staff, agency: p.agency, counted: counted))
    return .list(rows)
  }

  /// The total row of `caseload`: the stored totals, or the sums of the agency's rows.
  private func total(
    _ f: PeriodFigures, ids: [String], staff: StaffDirectory, agency: String?, counted: [String]
  ) throws -> DataValue {
    let closing = f.period.end
    let active = ids.compactMap { staff.byId[$0] }.filter { $0.isActive(at: closing) }
    var row: [String: DataValue] = [
      "staff": .text(""), "name": .text("Total"), "role": .text(""),
      "fte": .decimal(active.reduce(0) { $0 + $1.fte }), "is_total": .flag(true),
    ]
    guard agency != nil else {
      for c in counted + ["portfolio_debt", "plan_respect_rate"] { row[c] = f.data(c) }
      row["cases_per_fte"] = .decimal(f.real("cases_per_fte"))
      return .record(row)
    }
    func sum(_ id: String) -> Int64? {
      f.hasData ? ids.reduce(0) { $0 + (f.value(id, ["staff": $1])?.number?.integer ?? 0) } : nil
    }
    for c in counted { row[c] = .count(sum(c)) }
    row["portfolio_debt"] = .money(sum("portfolio_debt"))
    let fte = active.reduce(0) { $0 + $1.fte }
    let open = active.reduce(Int64(0)) { $0 + (f.count("open_cases", ["staff": $1.id]) ?? 0) }
    row["cases_per_fte"] = .decimal(fte > 0 ? Double(open) / fte : nil)
    let (plans, kept) = (sum("plans_active") ?? 0, sum("plans_respected") ?? 0)
    row["plan_respect_rate"] = .ratio(plans > 0 ? Double(kept) / Double(plans) : nil)
    return .record(row)
  }

  /// `caseload_by_phase`: open cases per handler and phase, then the total.
  func byPhase(_ p: ReportParameters) throws -> DataValue {
    let f = try facts.figures(p.period.firstMonth)
    let staff = try facts.staff()
    let ids = handlers(f, agency: p.agency, staff: staff)
    let phases = ["amiable", "contentieux", "surendettement", "expulsion", "externalise"]
    func row(_ id: String?) -> DataValue {
      func n(_ phase: String?) -> Int64 {
        var d: [String: String] = [:]
        if let phase { d["phase"] = phase }
        if let id { return f.count("open_cases", d.merging(["staff": id]) { a, _ in a }) ?? 0 }
        if p.agency == nil { return f.count("open_cases", d) ?? 0 }
        return ids.reduce(0) {
          $0 + (f.count("open_cases", d.merging(["staff": $1]) { a, _ in a }) ?? 0)
        }
      }
      var fields: [String: DataValue] = [
        "staff": .text(id ?? ""), "name": .text(id.map { staff.name($0) } ?? "Total"),
        "unassigned": .count(n("unassigned")), "total": .count(n(nil)),
        "is_total": .flag(id == nil),
      ]
      for phase in phases { fields[phase] = .count(n(phase)) }
      return .record(fields)
    }
    return .list(ids.map { row($0) } + [row(nil)])
  }

  /// `actions_by_type`: actions of the month per handler and type, by name then type.
  func actions(_ p: ReportParameters) throws -> DataValue {
    let f = try facts.figures(p.period.firstMonth)
    let staff = try facts.staff()
    var byStaff: [String: [(type: String, count: Int64)]] = [:]
    for v in f.values("actions_done", keys: ["staff", "type"]) {
      let (id, type) = (v.dimensions["staff"]!, v.dimensions["type"]!)
      guard staff.belongs(id, to: p.agency), let n = v.count, n > 0 else { continue }
      byStaff[id, default: []].append((type, n))
    }
    return .list(
      staff.sortedByName(byStaff.keys).flatMap { id in
        byStaff[id]!.sorted { $0.type < $1.type }.map { a -> DataValue in
          .record([
            "staff": .text(id), "name": .text(staff.name(id)), "type": .text(a.type),
            "label": .text(FrenchLabels.label(a.type, in: FrenchLabels.actionTypes)),
            "count": .count(a.count),
          ])
        }
      })
  }
}
