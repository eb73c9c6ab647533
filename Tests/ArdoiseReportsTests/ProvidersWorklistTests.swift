import ArdoiseCore
import ArdoiseReports
import XCTest

/// The worklists of the fixture (see ``RecoveryStore``): broken plans, cases without action,
/// the aged balance per lease.
final class ProvidersWorklistTests: XCTestCase {
  func testABrokenPlan() throws {
    let rows = try RecoveryStore.provider().rows("broken_plans")
    // P1: 4 instalments due from July to October (k = 4), so 500.00 − 4 × 100.00 = 100.00 may
    // remain; L1 owes 1,000.00: broken by 900.00. P2: 600.00 − 2 × 50.00 = 500.00 allowed, L3
    // owes 300.00: respected, not listed.
    XCTAssertEqual(rows.count, 1)
    let plan = try XCTUnwrap(rows.first)
    XCTAssertEqual(plan["plan"], .text("P1"))
    XCTAssertEqual(plan["lease"], .text("L1"))
    XCTAssertEqual(plan["holder"], .text("<script>alert(1)</script>"))
    XCTAssertEqual(plan["agency"], .text("AVI"))
    XCTAssertEqual(plan["handler"], .text("Alice MARTIN"))
    XCTAssertEqual(plan["first_month"], .month(Month(year: 2026, month: 7)))
    XCTAssertEqual(plan["instalment"], .money(10_000))
    XCTAssertEqual(plan["expected_balance"], .money(10_000))
    XCTAssertEqual(plan["balance"], .money(100_000))
    XCTAssertEqual(plan["gap"], .money(90_000))
  }

  func testCasesWithoutActionForMoreThanSixtyDays() throws {
    let rows = try RecoveryStore.provider().rows("cases_without_action")
    // C3: opened 01/01/2026, no action: 303 days. C1: last action 31/08/2026, 61 days before
    // 31/10. C2: its household was seen on 01/09/2026, exactly 60 days: not listed.
    XCTAssertEqual(rows.map { $0["case"] }, ["C3", "C1"].map(DataValue.text))
    XCTAssertEqual(rows.map { $0["days_without_action"] }, [303, 61].map { .count($0) })
    XCTAssertEqual(rows[0]["last_action"], .null)
    XCTAssertEqual(rows[0]["last_action_date"], .date(nil))
    XCTAssertEqual(rows[0]["holder"], .text(#"=HYPERLINK("http://x")"#))
    XCTAssertEqual(rows[1]["last_action"], .text("Relance par courrier"))
    XCTAssertEqual(rows[1]["last_action_date"], .date(Day(year: 2026, month: 8, day: 31)))
    XCTAssertEqual(rows[1]["phase"], .text("Amiable"))
    XCTAssertEqual(rows[1]["handler"], .text("Alice MARTIN"))
    XCTAssertEqual(rows[1]["balance"], .money(100_000))
    // Carpentras has none; Avignon both.
    let provider = try RecoveryStore.provider()
    XCTAssertEqual(try provider.rows("cases_without_action", agency: "CAR"), [])
    XCTAssertEqual(try provider.rows("cases_without_action", agency: "AVI").count, 2)
  }

  func testTheAgedBalancePerLease() throws {
    let rows = try RecoveryStore.provider().rows("ageing_leases")
    XCTAssertEqual(rows.map { $0["lease"] }, ["L1", "L3"].map(DataValue.text))
    let l1 = rows[0]
    XCTAssertEqual(l1["status"], .text("présent"))
    XCTAssertEqual(l1["balance"], .money(100_000))
    XCTAssertEqual(l1["m0_1"], .money(50_000))
    XCTAssertEqual(l1["m1_3"], .money(50_000))
    XCTAssertEqual(l1["oldest_unpaid"], .date(Day(year: 2026, month: 9, day: 1)))
    XCTAssertEqual(l1["months_owed"], .decimal(2))
    XCTAssertEqual(l1["active_plan"], .flag(true))
    XCTAssertEqual(l1["last_action"], .text("Relance par courrier"))
    // L3's last action is the interview of its household.
    XCTAssertEqual(rows[1]["last_action"], .text("Entretien"))
    XCTAssertEqual(rows[1]["phase"], .text("Contentieux"))
    // Only what the reader needs: no household id, composition or resources.
    guard case .record(let fields) = l1 else { return XCTFail("\(l1)") }
    XCTAssertFalse(fields.keys.contains { $0.contains("household") || $0.contains("resources") })
  }
}
