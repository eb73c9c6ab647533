import ArdoiseCore
import XCTest

@testable import ArdoiseIndicators

/// The caseload indicators at M = 2026-10, D = 2026-10-31.
///
/// Staff: S1 recouvrement 1.0 FTE; S2 recouvrement 0.5; S3 contentieux 1.0; S4 recouvrement,
/// left 2026-09-30 (inactive at D); S5 conseil_social, 0 FTE.
/// Present leases and balances: L1 1000, L2 500, L3 201, L4 300, L5 −50, L6 700; L7 starts
/// 2026-11-15 (not started: its case K9 and the action on it are left out).
///
/// | case | lease | opened → closed | history (from, phase, staff) | at D |
/// |---|---|---|---|---|
/// | K1 | L1 | 2026-01-10 | 01-10 amiable S1 | open, S1 amiable |
/// | K2 | L2 | 2026-03-01 | 03-01 amiable S1; 10-05 contentieux S3 (reassigned in M) | open, S3 contentieux |
/// | K3 | L3 | 2026-10-10 | 10-10 amiable S2 (first row, in M) | open, S2 amiable |
/// | K4 | L4 | 2026-05-01 → 2026-10-15 | 05-01 amiable S1; 09-01 amiable S2 | closed in M by S2 |
/// | K5 | L5 | 2026-06-01 | none | open, unassigned |
/// | K6 | L6 | 2026-02-01 | 02-01 amiable S4; 11-02 S1 (after D, ignored) | open, S4 amiable |
/// | K7 | L1 | 2026-04-01 | 04-01 amiable S1; 10-12 amiable S1 (same handler: no assignment) | open, S1 amiable |
/// | K8 | L3 | 2026-11-03 | (after D, ignored) | |
/// | K9 | L7 | 2026-10-01 | 10-01 amiable S1 | left out (lease not started) |
final class CaseloadTests: XCTestCase {
  private static let october = Period(month: Month(year: 2026, month: 10)!)

  static func build() throws -> StoreBuilder {
    let b = try StoreBuilder()
    try b.agency("AVI")
    try b.staff("S1", role: "recouvrement", start: "2020-01-01")
    try b.staff("S2", role: "recouvrement", fte: 0.5)
    try b.staff("S3", role: "contentieux")
    try b.staff("S4", role: "recouvrement", end: "2026-09-30")
    try b.staff("S5", role: "conseil_social", fte: 0)
    let balances = [
      ("L1", "1000"), ("L2", "500"), ("L3", "201"), ("L4", "300"), ("L5", "-50"), ("L6", "700"),
    ]
    for (lease, amount) in balances {
      try b.lease(lease, agency: "AVI", start: "2024-01-01", rent: "500")
      try b.entry(
        "E-\(lease)", lease, "2026-10-01", amount.hasPrefix("-") ? "paiement" : "loyer", amount)
    }
    try b.lease("L7", agency: "AVI", start: "2026-11-15", rent: "500")
    let cases: [(String, String, String, String?, [(String, String, String)])] = [
      ("K1", "L1", "2026-01-10", nil, [("2026-01-10", "amiable", "S1")]),
      (
        "K2", "L2", "2026-03-01", nil,
        [("2026-03-01", "amiable", "S1"), ("2026-10-05", "contentieux", "S3")]
      ),
      ("K3", "L3", "2026-10-10", nil, [("2026-10-10", "amiable", "S2")]),
      (
        "K4", "L4", "2026-05-01", "2026-10-15",
        [("2026-05-01", "amiable", "S1"), ("2026-09-01", "amiable", "S2")]
      ),
      ("K5", "L5", "2026-06-01", nil, []),
      (
        "K6", "L6", "2026-02-01", nil,
        [("2026-02-01", "amiable", "S4"), ("2026-11-02", "amiable", "S1")]
      ),
      (
        "K7", "L1", "2026-04-01", nil,
        [("2026-04-01", "amiable", "S1"), ("2026-10-12", "amiable", "S1")]
      ),
      ("K8", "L3", "2026-11-03", nil, [("2026-11-03", "amiable", "S2")]),
      ("K9", "L7", "2026-10-01", nil, [("2026-10-01", "amiable", "S1")]),
    ]
    for (id, lease, opened, closed, rows) in cases {
      try b.caseFile(id, lease: lease, opened: opened, closed: closed)
      for r in rows { try b.history(id, from: r.0, phase: r.1, staff: r.2) }
    }
    try b.action("A1", "2026-10-02", "relance_courrier", staff: "S1", caseId: "K1")
    try b.action("A2", "2026-10-03", "relance_courrier", staff: "S1", caseId: "K7")
    try b.action("A3", "2026-10-20", "entretien", staff: "S2", caseId: "K3")
    try b.action("A4", "2026-10-25", "relance_tel", household: "HL5")
    try b.action("A5", "2026-09-30", "relance_sms", staff: "S1", caseId: "K1")
    try b.action("A6", "2026-11-01", "entretien", staff: "S1", caseId: "K1")
    try b.action("A7", "2026-10-05", "relance_mail", staff: "S1", caseId: "K9")
    // Plans (id, case, signed, first month, months, instalment, initial debt, ended):
    try b.plan(
      "P1", caseId: "K1", signed: "2026-06-15", firstMonth: "2026-07", months: 10,
      instalment: "100", initialDebt: "1400")
    try b.plan(
      "P2", caseId: "K2", signed: "2026-08-01", firstMonth: "2026-08", months: 6,
      instalment: "100", initialDebt: "700")
    try b.plan(
      "P3", caseId: "K3", signed: "2026-11-05", firstMonth: "2026-11", months: 6,
      instalment: "50", initialDebt: "300")
    try b.plan(
      "P4", caseId: "K7", signed: "2026-01-01", firstMonth: "2026-01", months: 6,
      instalment: "100", initialDebt: "600")
    try b.plan(
      "P5", caseId: "K5", signed: "2026-08-20", firstMonth: "2026-09", months: 12,
      instalment: "50", initialDebt: "600", ended: "2026-10-10")
    try b.plan(
      "P6", caseId: "K6", signed: "2026-08-20", firstMonth: "2026-09", months: 12,
      instalment: "50", initialDebt: "600", ended: "2026-09-20")
    try b.plan(
      "P7", caseId: "K3", signed: "2026-10-10", firstMonth: "2026-10", months: 3,
      instalment: "100", initialDebt: "300")
    return b
  }

  private var f: Figures!

  override func setUpWithError() throws {
    f = Figures(try Self.build().engine().compute(period: Self.october))
  }

  func testOpenCasesByStaffAndPhase() {
    // Open at D: K1 (S1), K7 (S1), K2 (S3, contentieux), K3 (S2), K5 (unassigned), K6 (S4).
    XCTAssertEqual(
      f.all("open_cases"),
      [
        "": "6", "staff=S1": "2", "staff=S2": "1", "staff=S3": "1", "staff=S4": "1",
        "staff=unassigned": "1", "phase=amiable": "4", "phase=contentieux": "1",
        "phase=unassigned": "1", "phase=amiable;staff=S1": "2", "phase=amiable;staff=S2": "1",
        "phase=amiable;staff=S4": "1", "phase=contentieux;staff=S3": "1",
        "phase=unassigned;staff=unassigned": "1",
      ])
  }

  func testPortfolioDebtCountsEachLeaseOnce() {
    // S1: K1 and K7 are both on L1 → 1000 once. S2: L3 201. S3: L2 500. S4: L6 700.
    // unassigned: L5, a credit → 0. Total over distinct leases: 1000 + 500 + 201 + 0 + 700.
    XCTAssertEqual(
      f.all("portfolio_debt"),
      [
        "": "2401.00", "staff=S1": "1000.00", "staff=S2": "201.00", "staff=S3": "500.00",
        "staff=S4": "700.00", "staff=unassigned": "0.00",
      ])
  }

  func testAssignmentsClosuresAndActions() {
    // Rows dated in M: K2 10-05 S3 (previous S1: reassigned), K3 10-10 S2 (first row);
    // K7 10-12 stays with S1: not an assignment; K9 is on a lease not started.
    XCTAssertEqual(f.all("cases_assigned"), ["": "2", "staff=S2": "1", "staff=S3": "1"])
    // K4 closed 2026-10-15; its handler then is S2 (from 09-01).
    XCTAssertEqual(f.all("cases_closed"), ["": "1", "staff=S2": "1"])
    // Dated in October: A1, A2 (S1), A3 (S2), A4 (no staff → unassigned); A5 (September),
    // A6 (November) and A7 (on K9) are not counted.
    XCTAssertEqual(
      f.all("actions_done"),
      [
        "": "4", "staff=S1": "2", "staff=S2": "1", "staff=unassigned": "1",
        "type=relance_courrier": "2", "type=entretien": "1", "type=relance_tel": "1",
        "staff=S1;type=relance_courrier": "2", "staff=S2;type=entretien": "1",
        "staff=unassigned;type=relance_tel": "1",
      ])
  }

  func testCasesPerFteAndTheirVariation() {
    // Active at D: S1 2 / 1.0 = 2; S2 1 / 0.5 = 2; S3 1 / 1.0 = 1; S5 0 cases / 0 FTE → null.
    // S4 has left (its open case K6 is not in the total). Total (2 + 1 + 1 + 0) / 2.5 = 1.6.
    XCTAssertEqual(
      f.all("cases_per_fte"),
      [
        "": "1.600000", "staff=S1": "2.000000", "staff=S2": "2.000000", "staff=S3": "1.000000",
        "staff=S5": "null",
      ])
    // recouvrement: S1 2, S2 2 → sd 0 → 0. contentieux: one staff → null. conseil_social: its
    // only value is null → null. Total over 2, 2, 1: mean 5/3, variance ((1/3)² + (1/3)² +
    // (2/3)²) / 3 = 2/9, sd 0.4714045 → cv 0.4714045 / 1.6666667 = 0.2828427.
    XCTAssertEqual(
      f.all("caseload_cv"),
      [
        "": "0.282843", "role=recouvrement": "0.000000", "role=contentieux": "null",
        "role=conseil_social": "null",
      ])
  }

  func testPlansKeptAndBroken() {
    // Active in October: P1 (K1, S1), P2 (K2, S3), P5 (K5, unassigned; ended 10-10, in M),
    // P7 (K3, S2). P3 is signed after D, P4 ended its months in June, P6 ended in September.
    // P1: k = 4 (Jul–Oct), 1400 − 400 = 1000 + 1.00 → L1 1000 ≤ 1001: kept.
    // P2: k = 3, 700 − 300 = 400 + 1.00 → L2 500 > 401: broken.
    // P5: k = 2, 600 − 100 = 500 + 1.00 → L5 −50: kept.
    // P7: k = 1, 300 − 100 = 200 + 1.00 → L3 201.00 ≤ 201.00: kept, exactly at the tolerance.
    XCTAssertEqual(
      f.all("plans_active"),
      ["": "4", "staff=S1": "1", "staff=S2": "1", "staff=S3": "1", "staff=unassigned": "1"])
    XCTAssertEqual(
      f.all("plans_respected"),
      ["": "3", "staff=S1": "1", "staff=S2": "1", "staff=S3": "0", "staff=unassigned": "1"])
    XCTAssertEqual(f["plan_respect_rate"], "0.750000")
    XCTAssertEqual(f["plan_respect_rate", "staff=S3"], "0.000000")
    XCTAssertEqual(f["plan_respect_rate", "staff=S2"], "1.000000")
  }

  func testPlanToleranceComesFromTheParameters() throws {
    // Without tolerance, P7 (201.00 against 200.00) is broken.
    var parameters = Parameters()
    parameters.planTolerance = 0
    let g = Figures(try Self.build().engine(parameters).compute(period: Self.october))
    XCTAssertEqual(g["plans_respected"], "2")
    XCTAssertEqual(g["plans_respected", "staff=S2"], "0")
  }

  func testDebtorAgeingWorklist() throws {
    let lists = try Self.build().engine().worklists(period: Self.october)
    // Debtors by balance, largest first; L5 (credit) is not one.
    XCTAssertEqual(lists.debtorAgeing.map(\.lease), ["L1", "L6", "L2", "L4", "L3"])
    let l1 = lists.debtorAgeing[0]
    XCTAssertEqual(l1.balance, 100_000)
    XCTAssertEqual(l1.unpaid(.m0To1), 100_000)  // due 2026-10-01, age 30
    XCTAssertEqual(l1.oldestUnpaidDue, Day(iso: "2026-10-01"))
    XCTAssertEqual(l1.monthsOwed, 2)  // 1000 / 500
    XCTAssertEqual(l1.band, "b2_3")
    // L1 has two open cases: K7 (opened 04-01) wins over K1 (01-10).
    XCTAssertEqual(l1.caseId, "K7")
    XCTAssertEqual(l1.phase, "amiable")
    XCTAssertEqual(l1.handler, "S1")
    // Latest action on its cases or household dated ≤ D: A2 (10-03), not A6 (November).
    XCTAssertEqual(l1.lastAction, "relance_courrier")
    XCTAssertEqual(l1.lastActionDate, Day(iso: "2026-10-03"))
    XCTAssertEqual(l1.activePlan, "P1")
    let l4 = lists.debtorAgeing[3]
    XCTAssertNil(l4.caseId)  // K4 closed in October
    XCTAssertEqual(l4.phase, "sans_dossier")
  }
}
