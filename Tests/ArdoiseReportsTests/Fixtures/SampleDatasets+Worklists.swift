import ArdoiseCore
import ArdoiseReports

extension SampleDatasets {
  /// A holder whose name is an attempted script injection.
  static let scriptHolder = "<script>alert(1)</script>"
  /// A holder whose name is an attempted formula injection.
  static let formulaHolder = "=HYPERLINK(\"http://x\")"

  /// Holders' names, the two hostile ones included.
  static let holders = [
    "Mme Nadia Benali", scriptHolder, "M. Julien Garnier", "Mme Sylvie Morel", formulaHolder,
    "M. et Mme Karim Ouali", "Mme Océane Lefèvre", "M. Thierry Blanc", "Mme Fatou Diallo",
    "M. Rémi Chabert", "Mme Inès Roussel", "M. Paul Arnaud",
  ]

  /// The worklists.
  static var worklists: [String: DataValue] {
    let day = { (m: Int, d: Int) in Day(year: 2026, month: m, day: d)! }
    let leases = holders.enumerated().map { i, holder in
      let balance = 9_840.55 - Double(i) * 713.2
      let rent = 512.0 + Double(i % 4) * 61.5
      let apl = i % 3 == 0 ? 0.0 : 214.0
      return row([
        "lease": .text("B\(10_240 + i * 17)"), "holder": .text(holder),
        "agency": .text(agencies[i % 6].0),
        "status": .text(i % 4 == 3 ? "parti" : "présent"), "rent": eur(rent), "apl": eur(apl),
        "balance": eur(balance),
        "not_due": eur(0), "m0_1": eur(rent - apl), "m1_3": eur(2 * (rent - apl)),
        "m3_6": eur(balance / 4),
        "m6_12": eur(balance / 5),
        "m12_plus": eur(max(0, balance - 3 * (rent - apl) - balance * 0.45)),
        "oldest_unpaid": .date(day(1 + i % 9, 5)), "months_owed": .decimal(balance / (rent - apl)),
        "phase": .text(i % 2 == 0 ? "Amiable" : "Contentieux"), "handler": .text(staff[i % 4].1),
        "last_action": .text(i % 3 == 0 ? "Relance téléphonique" : "Entretien"),
        "last_action_date": i == 5 ? .date(nil) : .date(day(10, 1 + i * 2)),
        "active_plan": .flag(i % 3 == 1),
      ])
    }
    return [
      "ageing_leases": .list(leases),
      "caf_signal_overdue": .list(
        (0..<4).map { (i: Int) -> DataValue in
          let balance: Double = 1_844.2 + Double(i) * 301
          let constituted = day(4 + i, 5)
          let deadline = constituted.adding(months: 2)
          let overdue = Int64(deadline.days(to: period.end))
          return row([
            "lease": .text("B\(10_240 + i * 34)"), "holder": .text(holders[i * 2 + 1]),
            "agency": .text(agencies[i].0),
            "balance": eur(balance), "threshold": eur(1_196), "constituted_on": .date(constituted),
            "deadline": .date(deadline), "days_overdue": .count(overdue),
            "handler": .text(staff[i].1),
          ])
        }),
      "broken_plans": .list(
        (0..<3).map { (i: Int) -> DataValue in
          let d = Double(i)
          return row([
            "plan": .text("P\(300 + i)"), "lease": .text("B\(10_257 + i * 17)"),
            "holder": .text(holders[i + 2]),
            "agency": .text(agencies[i + 1].0), "handler": .text(staff[i].1),
            "first_month": .month(Month(year: 2026, month: 3 + i)!), "instalment": eur(80 + d * 25),
            "expected_balance": eur(1_200 - d * 150), "balance": eur(1_615.4 - d * 90),
            "gap": eur(415.4 + d * 60),
          ])
        }),
      "cases_without_action": .list(
        (0..<5).map { (i: Int) -> DataValue in
          let balance: Double = 642.18 + Double(i) * 128
          let days = Int64(103 - i * 9)
          let holder = holders[(i + 6) % holders.count]
          return row([
            "case": .text("D\(7_000 + i * 3)"), "lease": .text("B\(10_291 + i * 17)"),
            "holder": .text(holder),
            "agency": .text(agencies[(i + 2) % 6].0), "phase": .text("Amiable"),
            "handler": .text(staff[(i + 1) % 4].1),
            "balance": eur(balance), "last_action": .text(i == 4 ? "" : "Relance par courrier"),
            "last_action_date": i == 4 ? .date(nil) : .date(day(7, 20 - i)),
            "days_without_action": .count(days),
          ])
        }),
    ]
  }
}
