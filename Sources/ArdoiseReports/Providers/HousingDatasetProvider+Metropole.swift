import ArdoiseCore
import ArdoiseIndicators
import ArdoiseStore

extension HousingDatasetProvider {
  /// A `metropole_*` dataset of `month`.
  func metropole(_ name: String, _ month: Month) throws -> DataValue {
    switch name {
    case "metropole_fiche": return try fiche(month)
    case "metropole_indicators": return try indicators(month, for: name)
    default: return try billing(month)
    }
  }

  /// The *fiche de lien*: every Métropole measure active, notified or ended in the month, with
  /// its counts as they are (no disclosure rule: it names the households anyway).
  func fiche(_ month: Month) throws -> DataValue {
    let rows = try store.read { db in
      try HousingSupport.measureSheet(db, month: month, parameters: parameters)
    }
    return .list(
      rows.map { r in
        .record([
          "measure": .text(r.measure),
          "holder": r.holder.map { .text($0) } ?? .null,
          "referent": (r.staffName ?? r.staff).map { .text($0) } ?? .null,
          "scheme": .text(r.scheme),
          "scheme_label": .text(HousingLabels.label(r.scheme, in: HousingLabels.schemes)),
          "notified_on": .date(r.notified),
          "first_contact_on": .date(r.firstContact),
          "started_on": .date(r.started),
          "ended_on": .date(r.ended),
          "status": .text(r.status.rawValue),
          "status_label": .text(r.status.label),
          "outcome_label": r.outcome.map {
            .text(HousingLabels.label($0, in: HousingLabels.outcomes))
          }
            ?? .null,
          "active_days": .count(Int64(r.activeDays)),
          "billable_months": months(r.billableMonths),
        ])
      })
  }

  /// The measure indicators of the Métropole's measures, for the month (stored) and the year to
  /// date (computed from the store over 1 January to the month's last day).
  func indicators(_ month: Month, for name: String) throws -> DataValue {
    let period = Period(month: month)
    let monthly = try storedFigures(period, for: name)
    let values = try store.read { db in
      try HousingSupport.measureValues(
        db, over: .yearToDate(through: month), parameters: parameters, labelledAs: period)
    }
    let ytd = HousingFigures(values, wholeMonths: wholeMonths, disclosure: disclosure)
    let funder = "funder=\(HousingSupport.metropole)"
    var rows: [(id: String, dims: String, label: String)] = []
    for row in measureRows(ongoingOn: month.lastDay, billable: true) {
      rows.append((row.id, funder, row.label))
      guard row.id == "measures_ended" else { continue }
      for outcome in HousingLabels.outcomes {
        rows.append((row.id, "\(funder);outcome=\(outcome.code)", "dont : " + outcome.label))
      }
    }
    return .list(
      rows.map { row in
        .record([
          "indicator": .text(row.id), "label": .text(row.label),
          "month": monthly.shown(row.id, row.dims), "year_to_date": ytd.shown(row.id, row.dims),
          "is_detail": .flag(row.dims != funder),
        ])
      })
  }

  /// The bill of the Métropole's measures: one line per scheme billed in the month or the year
  /// to date, then the total (Σ of the rounded lines that have a rate).
  func billing(_ month: Month) throws -> DataValue {
    let (lines, ytdLines) = try store.read { db in
      (
        try HousingSupport.billing(
          db, over: DayRange(period: Period(month: month)), parameters: parameters),
        try HousingSupport.billing(db, over: .yearToDate(through: month), parameters: parameters)
      )
    }
    let order = HousingLabels.schemes.map(\.code)
    let schemes = Set(lines.map(\.scheme) + ytdLines.map(\.scheme)).sorted {
      (order.firstIndex(of: $0) ?? order.count, $0) < (order.firstIndex(of: $1) ?? order.count, $1)
    }
    var rows: [DataValue] = []
    var total = (
      months: MeasureMonths.zero, amount: Cents(0), ytd: MeasureMonths.zero, ytdAmount: Cents(0)
    )
    for scheme in schemes {
      let line = lines.first { $0.scheme == scheme }
      let ytd = ytdLines.first { $0.scheme == scheme }
      let rate = parameters.monthlyRates[scheme]
      let billed = line?.billableMonths ?? .zero
      let billedYTD = ytd?.billableMonths ?? .zero
      total.months += billed
      total.ytd += billedYTD
      total.amount += rate.map { billed.amount(atMonthlyRate: $0) } ?? 0
      total.ytdAmount += rate.map { billedYTD.amount(atMonthlyRate: $0) } ?? 0
      rows.append(
        .record([
          "scheme": .text(scheme),
          "label": .text(HousingLabels.label(scheme, in: HousingLabels.schemes)),
          "monthly_rate": .money(rate), "billable_months": months(billed),
          "amount": .money(rate.map { billed.amount(atMonthlyRate: $0) }),
          "billable_months_ytd": months(billedYTD),
          "amount_ytd": .money(rate.map { billedYTD.amount(atMonthlyRate: $0) }),
          "note": rate == nil ? .text("aucun tarif mensuel configuré : non facturé") : .null,
          "is_total": .flag(false),
        ]))
    }
    let unpriced = schemes.contains { parameters.monthlyRates[$0] == nil }
    rows.append(
      .record([
        "scheme": .text(""), "label": .text("Total"), "monthly_rate": .money(nil),
        "billable_months": months(total.months), "amount": .money(total.amount),
        "billable_months_ytd": months(total.ytd), "amount_ytd": .money(total.ytdAmount),
        "note": unpriced ? .text("hors dispositifs sans tarif") : .null,
        "is_total": .flag(true),
      ]))
    return .list(rows)
  }

  /// Billable months as shown: a count under `month_started`, a decimal under `prorata`.
  func months(_ m: MeasureMonths) -> DataValue {
    wholeMonths && m.isWhole ? .count(m.numerator) : .decimal(m.value)
  }
}
