import ArdoiseCore

extension HousingDatasetProvider {
  /// A `deets_*` dataset of `period`, from its stored values.
  func deets(_ name: String, _ period: Period) throws -> DataValue {
    let f = try storedFigures(period, for: name)
    switch name {
    case "deets_file_active":
      return Self.figures(
        f,
        [
          ("iml_households", "Ménages accompagnés (file active)"),
          ("iml_persons", "Personnes accompagnées"),
          ("iml_adults", "dont adultes"),
          ("iml_children", "dont enfants"),
        ])
    case "deets_presence":
      return Self.figures(
        f,
        [
          ("iml_present_start", "Ménages présents au " + period.start.french),
          ("iml_present_end", "Ménages présents au " + period.end.french),
        ])
    case "deets_flows":
      return Self.figures(
        f,
        [
          ("iml_entries", "Entrées dans la période (séjours)"),
          ("iml_exits", "Sorties dans la période (séjours)"),
        ])
    case "deets_stay_lengths":
      return Self.figures(
        f,
        [
          ("iml_exits", "Séjours terminés dans la période"),
          ("iml_stay_days_mean", "Durée moyenne de séjour"),
          ("iml_stay_days_median", "Durée médiane de séjour"),
        ])
    case "deets_occupancy":
      return Self.figures(
        f,
        [
          ("iml_occupancy_rate", "Taux d'occupation des logements IML"),
          ("iml_vacancy_days", "Journées de vacance"),
        ])
    case "deets_exits_by_destination":
      return Self.byCode(
        f, "iml_exits_by_destination", "destination", HousingLabels.destinations, "exits")
    case "deets_entries_by_referral":
      return Self.byCode(
        f, "iml_entries_by_referral", "referral", HousingLabels.referrals, "entries")
    case "deets_households_by_composition":
      return Self.byCode(
        f, "iml_households_by", "composition", HousingLabels.compositions, "households")
    case "deets_households_by_resources":
      return Self.byCode(f, "iml_households_by", "resources", HousingLabels.resources, "households")
    case "deets_avdl_measures":
      return avdlMeasures(f, period)
    default:
      return Self.byCode(
        f, "measures_ended", "outcome", HousingLabels.outcomes, "ended", within: "scheme=avdl")
    }
  }

  /// One row per indicator total: `indicator`, `label`, `value`.
  static func figures(_ f: HousingFigures, _ rows: [(id: String, label: String)]) -> DataValue {
    .list(
      rows.map {
        .record(["indicator": .text($0.id), "label": .text($0.label), "value": f.shown($0.id)])
      })
  }

  /// One row per code of `labels` (and any other code met), then the total: `code`, `label`,
  /// `field` and `is_total`. `within` adds fixed dimensions (`scheme=avdl`).
  static func byCode(
    _ f: HousingFigures, _ id: String, _ key: String, _ labels: [(code: String, label: String)],
    _ field: String, within: String? = nil
  ) -> DataValue {
    let known = labels.map(\.code)
    let extra = within == nil ? f.codes(of: id, by: key).filter { !known.contains($0) } : []
    func dims(_ code: String) -> String {
      guard let within else { return "\(key)=\(code)" }
      return (within.split(separator: ";").map(String.init) + ["\(key)=\(code)"]).sorted()
        .joined(separator: ";")
    }
    var rows: [DataValue] = (known + extra).map { code in
      .record([
        "code": .text(code), "label": .text(HousingLabels.label(code, in: labels)),
        field: f.shown(id, dims(code)), "is_total": .flag(false),
      ])
    }
    rows.append(
      .record([
        "code": .text(""), "label": .text("Total"), field: f.shown(id, within ?? ""),
        "is_total": .flag(true),
      ]))
    return .list(rows)
  }

  /// The AVDL measures: one row per measure indicator, all funders then each funder.
  func avdlMeasures(_ f: HousingFigures, _ period: Period) -> DataValue {
    let rows = measureRows(ongoingOn: period.end, billable: false)
    return .list(
      rows.map { row in
        var fields: [String: DataValue] = [
          "indicator": .text(row.id), "label": .text(row.label),
          "all": f.shown(row.id, "scheme=avdl"),
        ]
        for funder in HousingLabels.funders {
          fields[funder.code] = f.shown(row.id, "funder=\(funder.code);scheme=avdl")
        }
        return .record(fields)
      })
  }

  /// The measure indicators as their tables list them, with French labels.
  func measureRows(ongoingOn day: Day, billable: Bool) -> [(id: String, label: String)] {
    [
      ("measures_notified", "Mesures notifiées"),
      ("measures_started", "Mesures commencées"),
      ("measures_active", "Mesures actives dans la période"),
      ("measures_ongoing_end", "Mesures en cours au " + day.french),
      ("measures_ended", "Mesures terminées"),
      ("measure_households", "Ménages accompagnés"),
      ("measure_persons", "Personnes accompagnées"),
      ("first_contact_delay_mean", "Délai moyen entre notification et premier contact"),
      (
        "first_contact_within_15d_rate",
        "Premiers contacts dans les \(parameters.firstContactDays) jours"
      ),
      ("measure_duration_mean", "Durée moyenne des mesures terminées"),
    ] + (billable ? [("billable_measure_months", "Mois-mesures facturables")] : [])
  }
}
