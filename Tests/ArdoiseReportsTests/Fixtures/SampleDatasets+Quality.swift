import ArdoiseCore
import ArdoiseReports

extension SampleDatasets {
  /// The quality datasets.
  static var quality: [String: DataValue] {
    let day = Day(year: 2026, month: 11, day: 4)!
    let files: [(Int64, String, String, Int64, Int64, Int64, Int64)] = [
      (38, "agences.csv", "agencies", 6, 0, 6, 0),
      (39, "baux_2026-10.csv", "leases", 14_212, 188, 14_020, 4),
      (40, "dossiers_2026-10.csv", "cases", 2_104, 61, 2_040, 3),
      (41, "ledger_2026-10.csv", "ledger", 31_877, 30_902, 912, 63),
      (42, "actions_2026-10.csv", "actions", 1_942, 1_940, 0, 2),
    ]
    return [
      "batches": .list(
        files.map { f in
          row([
            "batch": .count(f.0), "file": .text(f.1), "kind": .text(f.2),
            "kind_label": .text(f.2 == "ledger" ? "Écritures" : "Nature " + f.2),
            "profile": .text("erp-vaucluse"),
            "ingested_on": .date(day), "read": .count(f.3), "accepted": .count(f.4),
            "duplicate": .count(f.5),
            "rejected": .count(f.6), "warnings": .count(f.2 == "actions" ? 12 : 0),
            "balanced": .flag(true),
          ])
        }),
      "checks": .list([
        row([
          "batch": .count(41), "file": .text("ledger_2026-10.csv"), "check": .text("references"),
          "label": .text("Références connues"), "status": .text("warn"),
          "status_label": .text("Avertissement"), "count": .count(63),
          "message": .text("63 écritures sur des baux inconnus, en quarantaine"),
        ]),
        row([
          "batch": .count(41), "file": .text("ledger_2026-10.csv"),
          "check": .text("ledger_vs_balances"), "label": .text("Écritures et soldes de l'ERP"),
          "status": .text("pass"),
          "status_label": .text("OK"), "count": .count(0),
          "message": .text("Soldes conformes à l'ERP"),
        ]),
        row([
          "batch": .count(42), "file": .text("actions_2026-10.csv"),
          "check": .text("allowed_codes"), "label": .text("Codes connus"), "status": .text("warn"),
          "status_label": .text("Avertissement"), "count": .count(12),
          "message": .text("12 actions de type inconnu « visite_agence »"),
        ]),
      ]),
      "check_samples": .list([
        row([
          "batch": .count(41), "check": .text("references"),
          "label": .text("Références connues"), "line": .count(1_204),
          "key": .text("E883120"), "detail": .text("bail B99812 inconnu"),
        ]),
        row([
          "batch": .count(41), "check": .text("references"),
          "label": .text("Références connues"), "line": .count(1_205),
          "key": .text("E883121"), "detail": .text("bail B99812 inconnu"),
        ]),
      ]),
      "quarantine": .list([
        row([
          "kind": .text("ledger"), "kind_label": .text("Écritures"), "reason": .text("reference"),
          "label": .text("Référence inconnue"), "count": .count(61),
          "replayable": .count(61),
        ]),
        row([
          "kind": .text("ledger"), "kind_label": .text("Écritures"), "reason": .text("format"),
          "label": .text("Valeur illisible"), "count": .count(2),
          "replayable": .count(0),
        ]),
        row([
          "kind": .text("leases"), "kind_label": .text("Baux"), "reason": .text("date_order"),
          "label": .text("Dates dans le désordre"),
          "count": .count(4), "replayable": .count(0),
        ]),
      ]),
      "reconciliation": .list(
        agencies.map { a in
          row([
            "agency": .text(a.0), "as_of": .date(Day(year: 2026, month: 10, day: 31)),
            "erp_balance": eur(292_279.58), "ledger_balance": eur(292_279.58), "gap": eur(0),
            "leases_with_gap": .count(0), "is_total": .flag(false),
          ])
        } + [
          row([
            "agency": .text("Total"), "as_of": .date(Day(year: 2026, month: 10, day: 31)),
            "erp_balance": eur(1_753_677.49), "ledger_balance": eur(1_753_677.49), "gap": eur(0),
            "leases_with_gap": .count(0), "is_total": .flag(true),
          ])
        ]),
      "computation_checks": .list([
        row([
          "check": .text("bridge"), "label": .text("Pont des soldes"), "status": .text("pass"),
          "status_label": .text("OK"), "gap": eur(0),
          "message": .text("Ouverture + mouvements = clôture, au centime"),
        ]),
        row([
          "check": .text("ageing"), "label": .text("Balance âgée = créances"),
          "status": .text("pass"), "status_label": .text("OK"), "gap": eur(0),
          "message": .text("Somme des tranches = créances, pour chaque dimension"),
        ]),
      ]),
    ]
  }
}
