import ArdoiseCore
import ArdoiseIndicators

/// The breakdowns of a month's receivables from the stored figures: `ageing`, `debt_months`,
/// `receivables_by_agency` and `receivables_by_phase`, each with a total row.
///
/// With an agency, the rows are the agency's: `debt_months`, stored without an agency
/// dimension, is then counted from the month's debtor leases (the same snapshot as the
/// indicator), and `receivables_by_agency` has the agency's row only.
struct BreakdownDatasets {
  /// The shared facts.
  let facts: ReportFacts

  private func dims(_ p: ReportParameters, _ extra: [String: String] = [:]) -> [String: String] {
    IndicatorDatasets.dims(p.agency, extra)
  }

  /// A share, nil over nothing.
  static func share(_ part: Cents?, of whole: Cents?) -> DataValue {
    guard let part, let whole, whole != 0 else { return .ratio(nil) }
    return .ratio(Double(part) / Double(whole))
  }

  /// `ageing`: one row per bucket, then the total.
  func ageing(_ p: ReportParameters) throws -> DataValue {
    let f = try facts.figures(p.period.firstMonth)
    let receivables = f.cents("receivables", dims(p))
    var rows = FrenchLabels.buckets.map { b -> DataValue in
      let present = f.cents("ageing_amount", dims(p, ["bucket": b.code, "status": "present"]))
      let departed = f.cents("ageing_amount", dims(p, ["bucket": b.code, "status": "departed"]))
      let total = f.cents("ageing_amount", dims(p, ["bucket": b.code]))
      return .record([
        "bucket": .text(b.code), "label": .text(b.label), "present": .money(present),
        "departed": .money(departed), "total": .money(total),
        "debtors": .count(f.count("ageing_debtors", dims(p, ["bucket": b.code]))),
        "share": Self.share(total, of: receivables), "is_total": .flag(false),
      ])
    }
    rows.append(
      .record([
        "bucket": .text("total"), "label": .text("Total"),
        "present": .money(f.cents("receivables", dims(p, ["status": "present"]))),
        "departed": .money(f.cents("receivables", dims(p, ["status": "departed"]))),
        "total": .money(receivables), "debtors": .count(f.count("debtors", dims(p))),
        "share": Self.share(receivables, of: receivables), "is_total": .flag(true),
      ]))
    return .list(rows)
  }

  /// `debt_months`: present debtors by band of months of net rent owed, then the total.
  func debtMonths(_ p: ReportParameters) throws -> DataValue {
    let month = p.period.firstMonth
    var leases: [String: Int64] = [:]
    var amounts: [String: Cents] = [:]
    if let agency = p.agency {
      for d in try facts.worklists(month).debtorAgeing where d.agency == agency {
        guard let band = d.band else { continue }
        leases[band, default: 0] += 1
        amounts[band, default: 0] += d.balance
      }
    } else {
      let f = try facts.figures(month)
      for b in FrenchLabels.bands {
        leases[b.code] = f.count("debt_months_leases", ["band": b.code]) ?? 0
        amounts[b.code] = f.cents("debt_months_amount", ["band": b.code]) ?? 0
      }
    }
    func row(_ band: String, _ label: String, _ n: Int64, _ amount: Cents, total: Bool)
      -> DataValue
    {
      .record([
        "band": .text(band), "label": .text(label), "leases": .count(n),
        "amount": .money(amount), "is_total": .flag(total),
      ])
    }
    return .list(
      FrenchLabels.bands.map {
        row($0.code, $0.label, leases[$0.code] ?? 0, amounts[$0.code] ?? 0, total: false)
      }
        + [
          row(
            "total", "Total", leases.values.reduce(0, +), amounts.values.reduce(0, +), total: true)
        ])
  }

  /// `receivables_by_agency`: one row per agency, by code, then the total (the agency's row
  /// only with an agency).
  func byAgency(_ p: ReportParameters) throws -> DataValue {
    let f = try facts.figures(p.period.firstMonth)
    let names = try facts.agencyNames()
    var codes = Set<String>()
    for id in ["receivables", "leases_present", "billing"] {
      for v in f.values(id, keys: ["agency"]) { codes.insert(v.dimensions["agency"]!) }
    }
    if let agency = p.agency { codes = codes.filter { $0 == agency } }
    func row(_ agency: String?, name: String) -> DataValue {
      let d = IndicatorDatasets.dims(agency)
      return .record([
        "agency": .text(agency ?? ""), "agency_name": .text(name),
        "present": f.data("receivables", d.merging(["status": "present"]) { a, _ in a }),
        "departed": f.data("receivables", d.merging(["status": "departed"]) { a, _ in a }),
        "total": f.data("receivables", d), "debtors": f.data("debtors", d),
        "debtor_rate": f.data("debtor_rate", d),
        "receivables_months": .decimal(f.real("receivables_months", d)),
        "recovery_rate": f.data("recovery_rate", d), "is_total": .flag(agency == nil),
      ])
    }
    let rows = codes.sorted().map { row($0, name: names[$0] ?? $0) }
    return .list(p.agency == nil ? rows + [row(nil, name: "Total")] : rows)
  }

  /// `receivables_by_phase`: receivables by phase of the open case, then the total.
  func byPhase(_ p: ReportParameters) throws -> DataValue {
    let f = try facts.figures(p.period.firstMonth)
    let keys: Set<String> = p.agency == nil ? ["phase"] : ["agency", "phase"]
    let phases = f.values("receivables", keys: keys).filter {
      p.agency == nil || $0.dimensions["agency"] == p.agency
    }.compactMap { $0.dimensions["phase"] }
      .sorted {
        (FrenchLabels.rank($0, in: FrenchLabels.phases), $0)
          < (FrenchLabels.rank($1, in: FrenchLabels.phases), $1)
      }
    let total = f.cents("receivables", dims(p))
    return .list(
      phases.map { phase -> DataValue in
        let amount = f.cents("receivables", dims(p, ["phase": phase]))
        return .record([
          "phase": .text(phase), "label": .text(FrenchLabels.label(phase, in: FrenchLabels.phases)),
          "amount": .money(amount), "share": Self.share(amount, of: total),
          "is_total": .flag(false),
        ])
      } + [
        .record([
          "phase": .text(""), "label": .text("Total"), "amount": .money(total),
          "share": Self.share(total, of: total), "is_total": .flag(true),
        ])
      ])
  }
}
