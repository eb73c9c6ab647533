import ArdoiseCore
import ArdoiseIndicators

/// The indicator datasets of a month from the stored figures: `headline`, `trend_13m`,
/// `indicator_values` and `bridge` (the breakdowns are in ``BreakdownDatasets``).
///
/// With an agency, each figure is the agency's (`billing` for `agency=AVI`…); `average_debt`,
/// stored without an agency dimension, is then the agency's receivables over its debtors,
/// rounded to the cent like the indicator. The bridge exists for the whole organisation only:
/// an agency report gets no rows.
struct IndicatorDatasets {
  /// The shared facts.
  let facts: ReportFacts

  /// The dimensions of a figure for `agency`, plus `extra`.
  static func dims(_ agency: String?, _ extra: [String: String] = [:]) -> [String: String] {
    var d = extra
    if let agency { d["agency"] = agency }
    return d
  }

  /// One figure of a month for the headline and the trend (nil agency: the organisation).
  static func figure(_ id: String, _ f: PeriodFigures, agency: String?) -> DataValue {
    switch id {
    case "receivables_present", "receivables_departed":
      let status = id == "receivables_present" ? "present" : "departed"
      return f.data("receivables", dims(agency, ["status": status]))
    case "average_debt":
      guard let agency else { return f.data("average_debt") }
      guard let debt = f.cents("receivables", ["agency": agency]),
        let debtors = f.count("debtors", ["agency": agency]), debtors > 0
      else { return .money(nil) }
      return .money(Rounding.divide(debt, by: debtors))
    default:
      return f.data(id, dims(agency))
    }
  }

  /// The headline figures: id, label, which direction is good news, note.
  static let headlineFigures: [(id: String, label: String, preference: HeadlineFigure.Preference)] =
    [
      ("billing", "Quittancement du mois", .neutral),
      ("collections", "Encaissements du mois", .higherIsBetter),
      ("recovery_rate", "Taux de recouvrement du mois", .higherIsBetter),
      ("recovery_rate_12m", "Taux de recouvrement sur 12 mois", .higherIsBetter),
      ("receivables_present", "Créances des locataires présents", .lowerIsBetter),
      ("receivables_departed", "Créances des locataires partis", .lowerIsBetter),
      ("debtors", "Locataires débiteurs", .lowerIsBetter),
      ("average_debt", "Dette moyenne par débiteur", .lowerIsBetter),
      ("caf_arrears", "Impayés CAF constitués", .lowerIsBetter),
      ("caf_signal_overdue", "Signalements CAF en retard", .lowerIsBetter),
    ]

  /// `headline`: each figure of M with M−1 and M−12.
  func headline(_ p: ReportParameters) throws -> DataValue {
    let month = p.period.firstMonth
    let f = try facts.figures(months: [month, month.adding(-1), month.adding(-12)])
    let (now, before, yearAgo) = (f[0], f[1], f[2])
    return .list(
      Self.headlineFigures.map { h in
        HeadlineFigure(
          id: h.id, label: h.label, value: Self.figure(h.id, now, agency: p.agency),
          previousMonth: Self.figure(h.id, before, agency: p.agency),
          lastYear: Self.figure(h.id, yearAgo, agency: p.agency), preference: h.preference,
          note: h.id == "caf_signal_overdue"
            ? "Liste nominative dans la section « Signalements CAF en retard »." : nil
        ).record
      })
  }

  /// `trend_13m`: the months M−12 to M, oldest first.
  func trend(_ p: ReportParameters) throws -> DataValue {
    let fields = [
      "billing", "collections", "recovery_rate", "recovery_rate_12m", "receivables",
      "receivables_present", "receivables_departed", "debtors", "average_debt", "caf_arrears",
    ]
    return .list(
      try facts.trend(p.period.firstMonth).map { f in
        var row: [String: DataValue] = ["month": .month(f.period.firstMonth)]
        for id in fields { row[id] = Self.figure(id, f, agency: p.agency) }
        return .record(row)
      })
  }

  /// `indicator_values`: every stored value of M (the agency's only, with an agency) with the
  /// same value in M−1 and M−12.
  func indicatorValues(_ p: ReportParameters) throws -> DataValue {
    let month = p.period.firstMonth
    let f = try facts.figures(months: [month, month.adding(-1), month.adding(-12)])
    let (now, before, yearAgo) = (f[0], f[1], f[2])
    let values = now.values.filter { v in p.agency.map { v.dimensions["agency"] == $0 } ?? true }
    return .list(
      values.map { v in
        let dims = Dictionary(uniqueKeysWithValues: v.dimensions.pairs.map { ($0.key, $0.value) })
        return .record([
          "indicator": .text(v.indicator), "dimensions": .text(v.dimensions.text),
          "unit": .text(v.unit.rawValue), "value": PeriodFigures.data(v, unit: v.unit),
          "previous_month": PeriodFigures.data(
            before.value(v.indicator, dims), unit: v.unit),
          "last_year": PeriodFigures.data(yearAgo.value(v.indicator, dims), unit: v.unit),
        ])
      })
  }

  /// `bridge`: the opening balance, the month's movements by ledger type, the closing
  /// balance; no rows for an agency.
  func bridge(_ p: ReportParameters) throws -> DataValue {
    guard p.agency == nil else { return .list([]) }
    let month = p.period.firstMonth
    let f = try facts.figures(month)
    let types = f.values("bridge", keys: ["type"]).compactMap { $0.dimensions["type"] }
      .sorted {
        (FrenchLabels.rank($0, in: FrenchLabels.ledgerTypes), $0)
          < (FrenchLabels.rank($1, in: FrenchLabels.ledgerTypes), $1)
      }
    func row(_ kind: String, _ type: String, _ label: String, _ amount: Cents?) -> DataValue {
      .record([
        "kind": .text(kind), "type": .text(type), "label": .text(label),
        "amount": .money(amount), "is_total": .flag(kind != "movement"),
      ])
    }
    let opening = month.adding(-1).lastDay.french
    return .list(
      [row("opening", "", "Solde d'ouverture au \(opening)", f.cents("opening_balance"))]
        + types.map {
          row(
            "movement", $0, FrenchLabels.label($0, in: FrenchLabels.ledgerTypes),
            f.cents("bridge", ["type": $0]))
        }
        + [
          row(
            "closing", "", "Solde de clôture au \(month.lastDay.french)", f.cents("closing_balance")
          )
        ]
    )
  }
}
