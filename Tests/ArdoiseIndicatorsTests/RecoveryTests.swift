import ArdoiseCore
import XCTest

@testable import ArdoiseIndicators

/// The recovery indicators on ``RecoveryScenario`` (M = 2026-10), worked out by hand.
final class RecoveryTests: XCTestCase {
  private static let october = Period(month: Month(year: 2026, month: 10)!)
  private var f: Figures!

  override func setUpWithError() throws {
    f = Figures(try RecoveryScenario.build().engine().compute(period: Self.october))
  }

  func testBilling() {
    // loyer + rls with period 2026-10, started leases:
    // AVI: L1 E106 500 + L2 E202 400 + E203 −400 (cancelled call) + L5 E501 450 = 950.
    // CAR: L3 E301 600 + E302 rls −50 = 550. L4 (not started) has no rent; E109 is after D.
    XCTAssertEqual(f["billing"], "1500.00")
    XCTAssertEqual(f["billing", "agency=AVI"], "950.00")
    XCTAssertEqual(f["billing", "agency=CAR"], "550.00")
  }

  func testCollectionsBySource() {
    // Dated in October, sign reversed. Household: L1 paiement 300 − rejet 300 (bounced) + L5 630
    // = 630 (AVI) and L3 paiement 100 (CAR). apl: L3 200 (CAR). aid: L2 aide 150 (AVI).
    XCTAssertEqual(f["collections"], "1080.00")
    XCTAssertEqual(f["collections", "agency=AVI"], "780.00")
    XCTAssertEqual(f["collections", "agency=CAR"], "300.00")
    XCTAssertEqual(f["collections", "source=household"], "730.00")
    XCTAssertEqual(f["collections", "source=apl"], "200.00")
    XCTAssertEqual(f["collections", "source=aid"], "150.00")
    XCTAssertEqual(f["collections", "agency=AVI;source=household"], "630.00")
    XCTAssertEqual(f["collections", "agency=AVI;source=aid"], "150.00")
    // No apl was collected in AVI: a group without members may be left out, and is.
    XCTAssertEqual(f["collections", "agency=AVI;source=apl"], "absent")
  }

  func testRecoveryRateOfTheMonth() {
    // 1080 / 1500 = 0.72; AVI 780 / 950 = 0.8210526… → 0.821053; CAR 300 / 550 = 0.545454…
    XCTAssertEqual(f["recovery_rate"], "0.720000")
    XCTAssertEqual(f["recovery_rate", "agency=AVI"], "0.821053")
    XCTAssertEqual(f["recovery_rate", "agency=CAR"], "0.545455")
  }

  func testRecoveryRateOverTwelveMonths() {
    // Billing with period 2025-11 … 2026-10: AVI = L1 E104 500 + E106 500 + L2 400 + 400 − 400
    // + L5 450 = 1850 (E101, E103 have periods 2025-09/10); CAR = 550. Total 2400.
    // Collections dated 2025-11-01 … 2026-10-31: AVI = L1 E105 400 + 300 − 300 + L2 150 + L5 630
    // = 1180 (E102 is from 2025-09); CAR = 300. Total 1480.
    // AVI 1180 / 1850 = 0.6378378… ; CAR 300 / 550 ; total 1480 / 2400 = 0.6166666…
    XCTAssertEqual(f["recovery_rate_12m"], "0.616667")
    XCTAssertEqual(f["recovery_rate_12m", "agency=AVI"], "0.637838")
    XCTAssertEqual(f["recovery_rate_12m", "agency=CAR"], "0.545455")
  }

  func testAnnualRateUsesTheStatusesOfTheYearBefore() {
    // Q = billing of the 12 months: AVI 1850, CAR 550, total 2400.
    // C0 = receivables at 2025-10-31 over leases started then: L1 500 (E101 − E102 + E103),
    // L2 0, L3 0, L6 500 (E601 + E602 − E603). L5 had 30 (E500) but starts 2025-12-01: not in C0.
    // AVI 500, CAR 500, total 1000.
    // C1 = receivables at D: AVI L1 1100 + L2 150 (+ L5 0) = 1250; CAR L3 330 + L6 500 = 830.
    // W = write-offs dated in the 12 months: L2 E205 100 (AVI).
    // AVI (1850 + 500 − 1250 − 100) / 1850 = 1000 / 1850 = 0.5405405…
    // CAR (550 + 500 − 830 − 0) / 550 = 220 / 550 = 0.4
    // Total (2400 + 1000 − 2080 − 100) / 2400 = 1220 / 2400 = 0.5083333…
    XCTAssertEqual(f["recovery_rate_annual", "agency=AVI"], "0.540541")
    XCTAssertEqual(f["recovery_rate_annual", "agency=CAR"], "0.400000")
    XCTAssertEqual(f["recovery_rate_annual"], "0.508333")
  }

  func testReceivablesCrossAgencyStatusAndPhase() {
    // Started leases (agency, status, phase, max(balance, 0)):
    // L1 (AVI, present, contentieux — from K2, the most recently opened open case, reassigned
    // to contentieux on 2026-10-20) 1100; L2 (AVI, departed, unassigned — K3 has no history) 150;
    // L3 (CAR, present, sans_dossier) 330; L5 (AVI, present, sans_dossier, credit) 0;
    // L6 (CAR, departed, sans_dossier) 500. L4 (not started, balance 50) is left out.
    // Every subset of {agency, phase, status} is printed: 25 groups with a member.
    let expected = [
      "": "2080.00",
      "agency=AVI": "1250.00", "agency=CAR": "830.00",
      "status=departed": "650.00", "status=present": "1430.00",
      "phase=contentieux": "1100.00", "phase=sans_dossier": "830.00", "phase=unassigned": "150.00",
      "agency=AVI;status=departed": "150.00", "agency=AVI;status=present": "1100.00",
      "agency=CAR;status=departed": "500.00", "agency=CAR;status=present": "330.00",
      "agency=AVI;phase=contentieux": "1100.00", "agency=AVI;phase=sans_dossier": "0.00",
      "agency=AVI;phase=unassigned": "150.00", "agency=CAR;phase=sans_dossier": "830.00",
      "phase=sans_dossier;status=departed": "500.00", "phase=unassigned;status=departed": "150.00",
      "phase=contentieux;status=present": "1100.00", "phase=sans_dossier;status=present": "330.00",
      "agency=AVI;phase=contentieux;status=present": "1100.00",
      "agency=AVI;phase=unassigned;status=departed": "150.00",
      "agency=AVI;phase=sans_dossier;status=present": "0.00",
      "agency=CAR;phase=sans_dossier;status=present": "330.00",
      "agency=CAR;phase=sans_dossier;status=departed": "500.00",
    ]
    XCTAssertEqual(f.all("receivables"), expected)
  }

  func testCreditBalancesDebtorsAndPresentLeases() {
    // Credit: L5 −150 (present). Debtors: L1, L3 (present), L2, L6 (departed).
    // Present leases: L1, L5 (AVI), L3 (CAR); L2 left on D, L4 has not started.
    XCTAssertEqual(f["credit_balances"], "150.00")
    XCTAssertEqual(f["credit_balances", "status=present"], "150.00")
    XCTAssertEqual(f["credit_balances", "status=departed"], "0.00")
    XCTAssertEqual(f["debtors"], "4")
    XCTAssertEqual(f["debtors", "agency=AVI"], "2")
    XCTAssertEqual(f["debtors", "status=departed"], "2")
    XCTAssertEqual(f["debtors", "agency=CAR;status=present"], "1")
    XCTAssertEqual(f["leases_present"], "3")
    XCTAssertEqual(f["leases_present", "agency=AVI"], "2")
    XCTAssertEqual(f["leases_present", "agency=CAR"], "1")
    // Present debtors / present leases: AVI 1 / 2, CAR 1 / 1, total 2 / 3.
    XCTAssertEqual(f["debtor_rate"], "0.666667")
    XCTAssertEqual(f["debtor_rate", "agency=AVI"], "0.500000")
    XCTAssertEqual(f["debtor_rate", "agency=CAR"], "1.000000")
  }

  func testAverageDebtIsRoundedToTheCent() {
    // 2080 / 4 = 520; present 1430 / 2 = 715; departed 650 / 2 = 325.
    XCTAssertEqual(f["average_debt"], "520.00")
    XCTAssertEqual(f["average_debt", "status=present"], "715.00")
    XCTAssertEqual(f["average_debt", "status=departed"], "325.00")
  }

  func testReceivablesInMonthsOfBilling() {
    // receivables × 12 / billing of 12 months: AVI 1250 × 12 / 1850 = 8.1081081…;
    // CAR 830 × 12 / 550 = 18.1090909…; total 2080 × 12 / 2400 = 10.4.
    XCTAssertEqual(f["receivables_months", "agency=AVI"], "8.108108")
    XCTAssertEqual(f["receivables_months", "agency=CAR"], "18.109091")
    XCTAssertEqual(f["receivables_months"], "10.400000")
  }

  func testDebtMonthsBands() {
    // Present debtors: L1 1100 / (500 − 0): 1000 ≤ 1100 < 1500 → b2_3;
    // L3 330 / (600 − 200) = 0.83 → b0_1. Departed L2, L6 are not counted.
    XCTAssertEqual(f["debt_months_leases"], "2")
    XCTAssertEqual(f["debt_months_leases", "band=b0_1"], "1")
    XCTAssertEqual(f["debt_months_leases", "band=b2_3"], "1")
    XCTAssertEqual(f["debt_months_amount"], "1430.00")
    XCTAssertEqual(f["debt_months_amount", "band=b2_3"], "1100.00")
    XCTAssertEqual(f.rows("debt_months_amount"), ["", "band=b0_1", "band=b2_3"])
  }

  func testDebtBandsCompareExactlyInCents() {
    XCTAssertEqual(DebtBand(balance: 99_999, netRent: 100_000), .b0To1)
    XCTAssertEqual(DebtBand(balance: 100_000, netRent: 100_000), .b1To2)  // 1 month exactly
    XCTAssertEqual(DebtBand(balance: 599_999, netRent: 100_000), .b3To6)
    XCTAssertEqual(DebtBand(balance: 1_200_000, netRent: 100_000), .b12Plus)
    XCTAssertEqual(DebtBand(balance: 1, netRent: 0), .b12Plus)  // rent − apl ≤ 0
    XCTAssertEqual(DebtBand(balance: 1, netRent: -5_000), .b12Plus)
  }

  func testBridgeAndBalancesTakeEveryEntry() {
    // Entries dated in October, every lease (L4 not started included), by type:
    // loyer 500 + 400 − 400 + 600 + 450 = 1550; rls −50; paiement −300 − 100 − 630 = −1030;
    // rejet 300; aide −150; apl −200; perte −100; reparations 80; frais 50 (L4). Total 450.
    // Opening (≤ 2026-09-30): L1 600 + L2 400 + L5 30 + L6 500 = 1530.
    // Closing (≤ 2026-10-31): L1 1100 + L2 150 + L3 330 + L4 50 + L5 −150 + L6 500 = 1980
    // = 1530 + 450. E109 (November) is in none of them.
    XCTAssertEqual(
      f.all("bridge"),
      [
        "": "450.00", "type=loyer": "1550.00", "type=rls": "-50.00", "type=paiement": "-1030.00",
        "type=rejet": "300.00", "type=aide": "-150.00", "type=apl": "-200.00",
        "type=perte": "-100.00", "type=reparations": "80.00", "type=frais": "50.00",
      ])
    XCTAssertEqual(f["opening_balance"], "1530.00")
    XCTAssertEqual(f["closing_balance"], "1980.00")
  }

  func testZeroDenominatorsAreNull() throws {
    // One lease paying 100 in October with no rent ever called: billing is 0, so every rate
    // over billing is null (never 0, never an error); collections still has its value.
    let b = try StoreBuilder()
    try b.agency("AVI")
    try b.lease("L1", agency: "AVI", start: "2026-01-01", rent: "500")
    try b.entry("E1", "L1", "2026-10-05", "paiement", "-100")
    let g = Figures(try b.engine().compute(period: Self.october))
    XCTAssertEqual(g["collections"], "100.00")
    XCTAssertEqual(g["billing"], "0.00")
    XCTAssertNil(g["recovery_rate"])
    XCTAssertNil(g["recovery_rate", "agency=AVI"])
    XCTAssertNil(g["recovery_rate_12m"])
    XCTAssertNil(g["recovery_rate_annual"])
    XCTAssertNil(g["receivables_months"])
    XCTAssertNil(g["average_debt"])  // no debtors
    XCTAssertEqual(g["debtor_rate"], "0.000000")  // 0 debtors / 1 present lease
  }
}
