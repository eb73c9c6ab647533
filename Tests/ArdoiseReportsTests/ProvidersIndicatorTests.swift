import ArdoiseCore
import ArdoiseReports
import XCTest

/// The indicator datasets from the stored figures of the fixture (see ``RecoveryStore`` for
/// the ledger the figures come from).
final class ProvidersIndicatorTests: XCTestCase {
  func testTheTrendHasTheThirteenMonthsOldestFirst() throws {
    let rows = try RecoveryStore.provider().rows("trend_13m")
    // October 2025 (M−12) to October 2026 (M), each month computed and stored on the way.
    XCTAssertEqual(
      rows.map { $0["month"] }, (0...12).map { .month(Month(year: 2025, month: 10)!.adding($0)) })
    // Every month bills 500 + 400 + 600 = 1,500.00.
    XCTAssertEqual(Set(rows.map { $0["billing"] }), [.money(150_000)])
    // October 2025: everyone paid (500 + 100 + 300 + 600 = 1,500.00): 100 %, nothing owed.
    XCTAssertEqual(rows[0]["recovery_rate"], .ratio(1))
    XCTAssertEqual(rows[0]["receivables"], .money(0))
    // September 2026: L1 did not pay, 400 + 600 collected; October: L2's 400 and L3's 300.
    XCTAssertEqual(rows[11]["collections"], .money(100_000))
    XCTAssertEqual(rows[12]["collections"], .money(70_000))
    XCTAssertEqual(rows[12]["receivables_present"], .money(130_000))
    XCTAssertEqual(rows[12]["debtors"], .count(2))
    // 1,300.00 over two debtors.
    XCTAssertEqual(rows[12]["average_debt"], .money(65_000))
  }

  func testTheHeadlineComparesWithThePreviousMonthAndTheYearBefore() throws {
    let rows = try RecoveryStore.provider().rows("headline")
    XCTAssertEqual(
      rows.map { $0["id"] },
      [
        "billing", "collections", "recovery_rate", "recovery_rate_12m", "receivables_present",
        "receivables_departed", "debtors", "average_debt", "caf_arrears", "caf_signal_overdue",
      ].map(DataValue.text))
    let rate = rows[2]
    // 700 / 1,500 in October, 1,000 / 1,500 in September, 1,500 / 1,500 a year before.
    XCTAssertEqual(rate["value"].number ?? 0, 700.0 / 1_500, accuracy: 1e-12)
    XCTAssertEqual(rate["previous_month"].number ?? 0, 1_000.0 / 1_500, accuracy: 1e-12)
    XCTAssertEqual(rate["last_year"], .ratio(1))
    XCTAssertEqual(rate["change_month"], .text("-20,0\u{A0}pt"))
    XCTAssertEqual(rate["tone_month"], .text("bad"))
    let receivables = rows[4]
    // 1,300.00 owed at D against 500.00 (L1's September rent) a month before.
    XCTAssertEqual(receivables["value"], .money(130_000))
    XCTAssertEqual(receivables["previous_month"], .money(50_000))
    XCTAssertEqual(receivables["change_month"], .text("+800,00\u{A0}€"))
    XCTAssertEqual(receivables["trend_month"], .text("up"))
    XCTAssertEqual(receivables["tone_month"], .text("bad"))
    // L1's arrears were constituted on 01/10/2026 (1,000.00 = 2 × 500.00): not yet overdue.
    XCTAssertEqual(rows[8]["value"], .count(1))
    XCTAssertEqual(rows[9]["value"], .count(0))
  }

  func testTheBridgeAndTheAgeing() throws {
    let provider = try RecoveryStore.provider()
    let bridge = try provider.rows("bridge")
    // Opening 500.00; October: rents 1,500.00, payments −600.00 (L2 300, L3 300), APL −100.00.
    XCTAssertEqual(
      bridge.map { [$0["label"], $0["amount"]] },
      [
        [.text("Solde d'ouverture au 30/09/2026"), .money(50_000)],
        [.text("Loyers et charges quittancés"), .money(150_000)],
        [.text("Paiements des ménages"), .money(-60_000)],
        [.text("APL versée par la CAF"), .money(-10_000)],
        [.text("Solde de clôture au 31/10/2026"), .money(130_000)],
      ])
    let ageing = try provider.rows("ageing")
    // L1 owes the rents due 01/09 (60 days: 1 à 3 mois) and 01/10 (30 days: 0 à 1 mois); L3
    // owes 300.00 of the rent due 01/10.
    XCTAssertEqual(
      ageing.map { $0["total"] }, [0, 80_000, 50_000, 0, 0, 0, 130_000].map { .money($0) })
    XCTAssertEqual(ageing.map { $0["debtors"] }, [0, 1, 1, 0, 0, 0, 2].map { .count($0) })
    XCTAssertEqual(ageing[6]["is_total"], .flag(true))
  }

  func testAnAgencyGetsItsOwnRows() throws {
    let provider = try RecoveryStore.provider()
    let agencies = try provider.rows("receivables_by_agency")
    XCTAssertEqual(
      agencies.map { $0["agency_name"] }, ["Avignon", "Carpentras", "Total"].map(DataValue.text))
    XCTAssertEqual(agencies.map { $0["total"] }, [100_000, 30_000, 130_000].map { .money($0) })
    let car = try provider.rows("receivables_by_agency", agency: "CAR")
    XCTAssertEqual(car.map { $0["agency"] }, [.text("CAR")])
    // Carpentras' headline: L3 alone, 300.00 collected on 600.00 billed.
    let headline = try provider.rows("headline", agency: "CAR")
    XCTAssertEqual(headline[0]["value"], .money(60_000))
    XCTAssertEqual(headline[2]["value"], .ratio(0.5))
    XCTAssertEqual(headline[4]["value"], .money(30_000))
    XCTAssertEqual(headline[7]["value"], .money(30_000), "its receivables over its one debtor")
    XCTAssertEqual(
      try provider.rows("bridge", agency: "CAR"), [], "the bridge is the whole organisation's")
    XCTAssertEqual(
      try provider.rows("caseload", agency: "CAR").map { $0["name"] },
      ["Bruno PETIT", "Total"].map(DataValue.text))
    XCTAssertEqual(
      try provider.rows("ageing_leases", agency: "CAR").map { $0["lease"] }, [.text("L3")])
    XCTAssertEqual(
      try provider.rows("indicator_values", agency: "CAR").allSatisfy {
        $0["dimensions"].display.contains("agency=CAR")
      }, true)
  }

  func testCaseloadPerHandler() throws {
    let rows = try RecoveryStore.provider().rows("caseload")
    XCTAssertEqual(
      rows.map { $0["name"] }, ["Alice MARTIN", "Bruno PETIT", "Total"].map(DataValue.text))
    // Alice: C1 and C3 (2 cases, 1 FTE); Bruno: C2 on 0.5 FTE. P1 is broken, P2 respected.
    XCTAssertEqual(rows.map { $0["open_cases"] }, [2, 1, 3].map { .count($0) })
    XCTAssertEqual(rows.map { $0["cases_per_fte"] }, [2, 2, 2].map { .decimal($0) })
    XCTAssertEqual(rows.map { $0["plans_respected"] }, [0, 1, 1].map { .count($0) })
    XCTAssertEqual(rows[2]["plan_respect_rate"], .ratio(0.5))
    XCTAssertEqual(rows[1]["role"], .text("Chargé(e) de contentieux"))
  }
}
