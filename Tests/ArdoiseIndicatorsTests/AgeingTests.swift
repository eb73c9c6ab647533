import ArdoiseCore
import XCTest

@testable import ArdoiseIndicators

/// The ageing indicators. Buckets at D = 2026-10-31 by due date: not_due after D; m0_1 from
/// 2026-10-01 (age 30); m1_3 from 2026-08-02 (90); m3_6 from 2026-05-04 (180); m6_12 from
/// 2025-10-31 (365); m12_plus before.
final class AgeingTests: XCTestCase {
  private static let october = Period(month: Month(year: 2026, month: 10)!)

  /// Unpaid parts in ``RecoveryScenario``, imputing credits to the oldest due date first:
  /// - L1 (AVI, present): debits by due date 500 (2025-09-01), 500 (2025-10-01), 500
  ///   (2026-09-01), 500 (2026-10-01), 300 (rejet 2026-10-12); C = 500 + 400 + 300 = 1200.
  ///   Running sums 500, 1000, 1500, 2000, 2300 → unpaid 0, 0, 300 (m1_3), 500 (m0_1),
  ///   300 (m0_1): m0_1 800, m1_3 300; oldest unpaid part 2026-09-01 → m1_3.
  /// - L2 (AVI, departed): debits 400 (2026-09-01), 400 (2026-10-01); C = 400 (cancelled
  ///   call) + 150 + 100 = 650 → unpaid 0, 150 (m0_1).
  /// - L3 (CAR, present): debits 600 (2026-10-01), 80 (reparations due 2026-11-20);
  ///   C = 50 + 200 + 100 = 350 → unpaid 250 (m0_1), 80 (not_due); oldest m0_1.
  /// - L5 (AVI, present): credit balance, nothing to age (a member of the groups without
  ///   bucket, with 0).
  /// - L6 (CAR, departed): debits 300 (2025-05-01), 300 (2025-06-01); C = 100 → unpaid 200,
  ///   300, both m12_plus.
  func testAgeingAmountCrossesBucketAgencyAndStatus() throws {
    let f = Figures(try RecoveryScenario.build().engine().compute(period: Self.october))
    let expected = [
      "": "2080.00",
      "agency=AVI": "1250.00", "agency=CAR": "830.00",
      "status=departed": "650.00", "status=present": "1430.00",
      "agency=AVI;status=departed": "150.00", "agency=AVI;status=present": "1100.00",
      "agency=CAR;status=departed": "500.00", "agency=CAR;status=present": "330.00",
      "bucket=not_due": "80.00", "bucket=m0_1": "1200.00", "bucket=m1_3": "300.00",
      "bucket=m12_plus": "500.00",
      "agency=AVI;bucket=m0_1": "950.00", "agency=AVI;bucket=m1_3": "300.00",
      "agency=CAR;bucket=not_due": "80.00", "agency=CAR;bucket=m0_1": "250.00",
      "agency=CAR;bucket=m12_plus": "500.00",
      "bucket=not_due;status=present": "80.00", "bucket=m0_1;status=present": "1050.00",
      "bucket=m0_1;status=departed": "150.00", "bucket=m1_3;status=present": "300.00",
      "bucket=m12_plus;status=departed": "500.00",
      "agency=AVI;bucket=m0_1;status=present": "800.00",
      "agency=AVI;bucket=m1_3;status=present": "300.00",
      "agency=AVI;bucket=m0_1;status=departed": "150.00",
      "agency=CAR;bucket=not_due;status=present": "80.00",
      "agency=CAR;bucket=m0_1;status=present": "250.00",
      "agency=CAR;bucket=m12_plus;status=departed": "500.00",
    ]
    XCTAssertEqual(f.all("ageing_amount"), expected)
  }

  func testAgeingDebtorsByOldestUnpaidPart() throws {
    // L1 → m1_3, L2 → m0_1, L3 → m0_1 (its not_due part is younger), L6 → m12_plus.
    let f = Figures(try RecoveryScenario.build().engine().compute(period: Self.october))
    XCTAssertEqual(f["ageing_debtors"], "4")
    XCTAssertEqual(f["ageing_debtors", "bucket=m0_1"], "2")
    XCTAssertEqual(f["ageing_debtors", "bucket=m1_3"], "1")
    XCTAssertEqual(f["ageing_debtors", "bucket=m12_plus"], "1")
    XCTAssertEqual(f["ageing_debtors", "bucket=not_due"], "absent")
    XCTAssertEqual(f["ageing_debtors", "agency=AVI;bucket=m1_3;status=present"], "1")
    XCTAssertEqual(f["ageing_debtors", "agency=CAR;bucket=m0_1;status=present"], "1")
    XCTAssertEqual(f["ageing_debtors", "agency=AVI;status=present"], "1")  // L1 (L5 owes nothing)
  }

  func testProvisionWithDefaultRates() throws {
    // Present debts are all under 91 days (rate 0); departed L2 150 + L6 500 at 100 %.
    let f = Figures(try RecoveryScenario.build().engine().compute(period: Self.october))
    XCTAssertEqual(f["provision"], "650.00")
    XCTAssertEqual(f["provision", "status=departed"], "650.00")
    XCTAssertEqual(f["provision", "status=present"], "0.00")
  }

  /// P1, P2: 0.10 due 2026-06-01 (152 days, m3_6, 25 %) → 0.025 each, rounded per lease to
  /// 0.03 (rounding the sum instead would give 0.05). P3: 0.01 due 2026-01-15 (289 days, m6_12,
  /// 50 %) → 0.005 → 0.01. P5: 7.77 due 2025-03-01 (m12_plus, 100 %) + 5.00 due 2026-10-15
  /// (m0_1, 0 %) → 7.77. P4 departed on 2026-09-30 owing 10.00 → 100 % = 10.00.
  /// Present 0.03 + 0.03 + 0.01 + 7.77 = 7.84; total 17.84.
  /// With m0_1 at 10 %: P5 gets 7.77 + 0.50 = 8.27 → present 8.34, total 18.34.
  func testProvisionIsRoundedPerLease() throws {
    let b = try StoreBuilder()
    try b.agency("AVI")
    for p in ["P1", "P2", "P3", "P5"] {
      try b.lease(p, agency: "AVI", start: "2024-01-01", rent: "400")
    }
    try b.lease("P4", agency: "AVI", start: "2024-01-01", end: "2026-09-30", rent: "400")
    try b.entry("E1", "P1", "2026-06-01", "loyer", "0.10")
    try b.entry("E2", "P2", "2026-06-01", "loyer", "0.10")
    try b.entry("E3", "P3", "2026-01-15", "loyer", "0.01")
    try b.entry("E4", "P4", "2025-01-10", "loyer", "10.00")
    try b.entry("E5", "P5", "2025-03-01", "loyer", "7.77")
    try b.entry("E6", "P5", "2026-10-15", "loyer", "5.00")
    let f = Figures(try b.engine().compute(period: Self.october))
    XCTAssertEqual(f["provision", "status=present"], "7.84")
    XCTAssertEqual(f["provision", "status=departed"], "10.00")
    XCTAssertEqual(f["provision"], "17.84")
    var parameters = Parameters()
    parameters.provisionRates["m0_1"] = 0.1
    let g = Figures(try b.engine(parameters).compute(period: Self.october))
    XCTAssertEqual(g["provision", "status=present"], "8.34")
    XCTAssertEqual(g["provision"], "18.34")
  }

  func testBucketBoundaries() {
    let limits = AgeingBucket.Limits(closing: Day(iso: "2026-10-31")!)
    let cases: [(String, AgeingBucket)] = [
      ("2026-11-01", .notDue), ("2026-10-31", .m0To1), ("2026-10-01", .m0To1),
      ("2026-09-30", .m1To3), ("2026-08-02", .m1To3), ("2026-08-01", .m3To6),
      ("2026-05-04", .m3To6), ("2026-05-03", .m6To12), ("2025-10-31", .m6To12),
      ("2025-10-30", .m12Plus),
    ]
    for (due, bucket) in cases {
      XCTAssertEqual(
        limits.bucket(due: Int32(Day(iso: due)!.yyyymmdd)), bucket.rawValue, "due \(due)")
    }
  }

  func testImputationFollowsDueDatesNotEntryDates() {
    // A: 100 due 2026-09-01; B: 50 entered later (2026-09-15) but due earlier (2026-08-01).
    // C = 60 pays B first (S = 50 → unpaid 0), then A (S = 150 → unpaid min(100, 90) = 90).
    let limits = AgeingBucket.Limits(closing: Day(iso: "2026-10-31")!)
    var debits = [
      Imputation.Debit(due: 20_260_901, date: 20_260_901, amount: 10_000),
      Imputation.Debit(due: 20_260_801, date: 20_260_915, amount: 5_000),
    ]
    let r = Imputation.unpaid(debits: &debits, credits: 6_000, limits: limits)
    XCTAssertEqual(r.amounts, [0, 0, 9_000, 0, 0, 0])  // 90.00 in m1_3 (60 days)
    XCTAssertEqual(r.oldestDue, 20_260_901)
    // Credits covering the debits leave nothing to age.
    var paid = debits
    XCTAssertEqual(
      Imputation.unpaid(debits: &paid, credits: 20_000, limits: limits),
      Imputation.Result(amounts: [0, 0, 0, 0, 0, 0], oldestDue: nil))
  }
}
