import ArdoiseCore
import ArdoiseReports

extension SampleDatasets {
  /// The handlers: name, role, FTE, open cases.
  static let staff: [(String, String, String, Double, Int64)] = [
    ("S01", "Amandine Roux", "Chargée de recouvrement", 1.0, 182),
    ("S02", "Bastien Marchal", "Chargé de recouvrement", 1.0, 164),
    ("S03", "Chloé Vidal", "Chargée de recouvrement", 0.8, 151),
    ("S04", "Djamel Haddad", "Chargé de contentieux", 1.0, 121),
    ("S05", "Élodie Faure", "Conseillère sociale", 0.5, 48),
  ]

  /// The caseload datasets.
  static var caseload: [String: DataValue] {
    let rows = staff.enumerated().map { i, s in
      row([
        "staff": .text(s.0), "name": .text(s.1), "role": .text(s.2), "fte": .decimal(s.3),
        "open_cases": .count(s.4),
        "portfolio_debt": eur(Double(s.4) * 1_140.0 + Double(i) * 913.27),
        "cases_per_fte": .decimal(Double(s.4) / s.3), "cases_assigned": .count(Int64(9 + i * 2)),
        "cases_closed": .count(Int64(7 + i)), "actions_done": .count(Int64(240 - i * 31)),
        "plans_active": .count(Int64(38 - i * 5)), "plans_respected": .count(Int64(31 - i * 5)),
        "plan_respect_rate": .ratio(Double(31 - i * 5) / Double(38 - i * 5)),
        "is_total": .flag(false),
      ])
    }
    let total = row([
      "staff": .text(""), "name": .text("Équipe"), "role": .text(""), "fte": .decimal(4.3),
      "open_cases": .count(666), "portfolio_debt": eur(762_892.70),
      "cases_per_fte": .decimal(666 / 4.3),
      "cases_assigned": .count(65), "cases_closed": .count(45), "actions_done": .count(890),
      "plans_active": .count(140), "plans_respected": .count(105),
      "plan_respect_rate": .ratio(0.75),
      "is_total": .flag(true),
    ])
    let phases = staff.enumerated().map { (i: Int, s) -> DataValue in
      let k = Int64(i)
      let others: [Int64] = [20 + k * 2, 8 - k, 4 + k, 5, 3 - k % 3]
      return row([
        "staff": .text(s.0), "name": .text(s.1), "amiable": .count(s.4 - others.reduce(0, +)),
        "contentieux": .count(others[0]), "surendettement": .count(others[1]),
        "expulsion": .count(others[2]),
        "externalise": .count(others[3]), "unassigned": .count(others[4]), "total": .count(s.4),
        "is_total": .flag(false),
      ])
    }
    let types = [
      ("relance_courrier", "Relance par courrier"), ("relance_tel", "Relance téléphonique"),
      ("entretien", "Entretien"), ("plan_signe", "Plan signé"),
      ("signalement_caf", "Signalement CAF"),
    ]
    let actions = staff.flatMap { s in
      types.enumerated().map { j, t in
        row([
          "staff": .text(s.0), "name": .text(s.1), "type": .text(t.0), "label": .text(t.1),
          "count": .count(Int64(60 - j * 11)),
        ])
      }
    }
    let trend = staff.flatMap { s in
      (0..<13).map { k in
        row([
          "month": .month(period.firstMonth.adding(k - 12)), "staff": .text(s.0),
          "name": .text(s.1),
          "open_cases": .count(s.4 - 12 + Int64(k)),
          "cases_per_fte": .decimal((Double(s.4) - 12 + Double(k)) / s.3),
        ])
      }
    }
    return [
      "caseload": .list(rows + [total]),
      "caseload_by_phase": .list(
        phases + [
          row([
            "staff": .text(""), "name": .text("Équipe"), "amiable": .count(475),
            "contentieux": .count(120), "surendettement": .count(30), "expulsion": .count(30),
            "externalise": .count(25), "unassigned": .count(11), "total": .count(666),
            "is_total": .flag(true),
          ])
        ]),
      "actions_by_type": .list(actions),
      "caseload_balance": .list([
        row([
          "role": .text("recouvrement"), "label": .text("Chargés de recouvrement"),
          "staff_count": .count(3), "mean_cases_per_fte": .decimal(178.3),
          "caseload_cv": .ratio(0.0712), "is_total": .flag(false),
        ]),
        row([
          "role": .text("contentieux"), "label": .text("Chargés de contentieux"),
          "staff_count": .count(1), "mean_cases_per_fte": .decimal(121), "caseload_cv": .ratio(nil),
          "is_total": .flag(false),
        ]),
        row([
          "role": .text(""), "label": .text("Toute l'équipe"), "staff_count": .count(5),
          "mean_cases_per_fte": .decimal(148.5), "caseload_cv": .ratio(0.2543),
          "is_total": .flag(true),
        ]),
      ]),
      "caseload_trend": .list(trend),
    ]
  }
}
