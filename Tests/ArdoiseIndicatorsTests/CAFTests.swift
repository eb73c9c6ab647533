import ArdoiseCore
import ArdoiseStore
import XCTest

@testable import ArdoiseIndicators

/// The CAF arrears (R824-1, R824-4 CCH) at M = 2027-02, D = 2027-02-28. All leases start on
/// 2026-01-01 and are present unless said; end-of-day balances in euros.
///
/// | lease | agency | rent / apl | threshold | balances (EOD) | constituted | signal |
/// |---|---|---|---|---|---|---|
/// | C1 | AVI | 500 / 200 | 2 × 300 = 600 | 11-01 500, 11-05 300, 12-01 800, 12-05 600, 01-01 1100, 01-05 900, 01-20 400, 02-01 900, 02-05 700 | 2026-12-01 (stays constituted when 400 < 600) | on its case K1 on 2026-11-20, before the constitution: does not count |
/// | C2 | AVI | 500 / 200 | 600 | as C1 | 2026-12-01 | on its case K2 on 2026-12-15: signalled |
/// | C3 | CAR | 400 / 0 | 800 | 11-30 400, 12-31 800 (bounced payment) | 2026-12-31 | one dated 2027-03-02, after D: ignored |
/// | C4 | AVI | 300 / 0 | 600 | 09-01 300, 10-01 600, 10-25 0 (episode ends), 11-01 300, 12-01 600 | 2026-12-01 (new episode) | on its household on 2026-10-20, in the old episode: does not count |
/// | C5 | CAR | 300 / 0 | 600 | 11-01 300, 12-01 600 | 2026-12-01 | on its household (no case) on 2027-01-10: signalled |
/// | C6 | AVI | 300 / 0, left 2027-01-31 | 600 | 11-01 300, 12-01 600 | — departed, not counted | |
/// | C7 | AVI | 500 / 0 | 1000 | 02-01 500 | no | |
/// | C8 | CAR | 300 / 0 | 600 | 01-01 300; 02-01 +300 and −300 the same day: EOD 300 | no (the intraday 600 does not count) | |
///
/// Deadlines (+ 2 calendar months, clamped): C1, C4 2027-02-01 < D → overdue; C3 2026-12-31 +
/// 2 months = 2027-02-28 (clamped) = D, not before it → due but not overdue.
/// AVI: arrears C1, C2, C4 = 3; due C1, C4 = 2; overdue C1, C4 = 2.
/// CAR: arrears C3, C5 = 2; due C3 = 1; overdue 0.
final class CAFTests: XCTestCase {
  private static let february = Period(month: Month(year: 2027, month: 2)!)

  static func build() throws -> StoreBuilder {
    let b = try StoreBuilder()
    try b.agency("AVI")
    try b.agency("CAR")
    try b.staff("S1", role: "recouvrement")
    for lease in ["C1", "C2"] {
      try b.lease(lease, agency: "AVI", start: "2026-01-01", rent: "500", apl: "200")
      let entries = [
        ("2026-11-01", "loyer", "500"), ("2026-11-05", "apl", "-200"),
        ("2026-12-01", "loyer", "500"), ("2026-12-05", "apl", "-200"),
        ("2027-01-01", "loyer", "500"), ("2027-01-05", "apl", "-200"),
        ("2027-01-20", "paiement", "-500"), ("2027-02-01", "loyer", "500"),
        ("2027-02-05", "apl", "-200"),
      ]
      for (i, e) in entries.enumerated() { try b.entry("\(lease)-\(i)", lease, e.0, e.1, e.2) }
    }
    try b.caseFile("K1", lease: "C1", opened: "2026-11-15")
    try b.history("K1", from: "2026-11-15", phase: "amiable", staff: "S1")
    try b.action("A1", "2026-11-20", "signalement_caf", staff: "S1", caseId: "K1")
    try b.caseFile("K2", lease: "C2", opened: "2026-12-10")
    try b.action("A2", "2026-12-15", "signalement_caf", staff: "S1", caseId: "K2")
    try b.lease("C3", agency: "CAR", start: "2026-01-01", rent: "400")
    try b.entry("C3-1", "C3", "2026-11-30", "loyer", "400")
    try b.entry("C3-2", "C3", "2026-12-31", "rejet", "400")
    try b.action("A3", "2027-03-02", "signalement_caf", household: "HC3")
    try b.lease("C4", agency: "AVI", start: "2026-01-01", rent: "300", holder: "Mme Quatre")
    try b.entry("C4-1", "C4", "2026-09-01", "loyer", "300")
    try b.entry("C4-2", "C4", "2026-10-01", "loyer", "300")
    try b.action("A4", "2026-10-20", "signalement_caf", household: "HC4")
    try b.entry("C4-3", "C4", "2026-10-25", "paiement", "-600")
    try b.entry("C4-4", "C4", "2026-11-01", "loyer", "300")
    try b.entry("C4-5", "C4", "2026-12-01", "loyer", "300")
    try b.lease("C5", agency: "CAR", start: "2026-01-01", rent: "300")
    try b.entry("C5-1", "C5", "2026-11-01", "loyer", "300")
    try b.entry("C5-2", "C5", "2026-12-01", "loyer", "300")
    try b.action("A5", "2027-01-10", "signalement_caf", household: "HC5")
    try b.lease("C6", agency: "AVI", start: "2026-01-01", end: "2027-01-31", rent: "300")
    try b.entry("C6-1", "C6", "2026-11-01", "loyer", "300")
    try b.entry("C6-2", "C6", "2026-12-01", "loyer", "300")
    try b.lease("C7", agency: "AVI", start: "2026-01-01", rent: "500")
    try b.entry("C7-1", "C7", "2027-02-01", "loyer", "500")
    try b.lease("C8", agency: "CAR", start: "2026-01-01", rent: "300")
    try b.entry("C8-1", "C8", "2027-01-01", "loyer", "300")
    try b.entry("C8-2", "C8", "2027-02-01", "loyer", "300")
    try b.entry("C8-3", "C8", "2027-02-01", "paiement", "-300")
    return b
  }

  func testCounts() throws {
    let f = Figures(try Self.build().engine().compute(period: Self.february))
    XCTAssertEqual(f.all("caf_arrears"), ["": "5", "agency=AVI": "3", "agency=CAR": "2"])
    XCTAssertEqual(f.all("caf_signal_due"), ["": "3", "agency=AVI": "2", "agency=CAR": "1"])
    XCTAssertEqual(f.all("caf_signal_overdue"), ["": "2", "agency=AVI": "2", "agency=CAR": "0"])
  }

  func testConstitutionDeadlinesAndSignals() throws {
    let b = try Self.build()
    let arrears = try b.store.read { db in
      try CAFArrears(ComputeContext(period: Self.february, parameters: .init(), db: db).snapshot())
    }
    let s = try b.store.read { db in try MonthSnapshot(db, month: Self.february.firstMonth) }
    let byLease = Dictionary(
      uniqueKeysWithValues: arrears.leases.map { (s.leases.ids[$0.index], $0) })
    XCTAssertEqual(byLease.keys.sorted(), ["C1", "C2", "C3", "C4", "C5"])
    XCTAssertEqual(byLease["C1"]!.constitution, Day(iso: "2026-12-01"))
    XCTAssertEqual(byLease["C1"]!.threshold, 60_000)
    XCTAssertFalse(byLease["C1"]!.signalled)
    XCTAssertTrue(byLease["C2"]!.signalled)
    // 31 December + 2 months = 28 February (clamped), not before D: due, not overdue.
    XCTAssertEqual(byLease["C3"]!.constitution, Day(iso: "2026-12-31"))
    XCTAssertEqual(byLease["C3"]!.deadline, Day(iso: "2027-02-28"))
    XCTAssertFalse(byLease["C3"]!.signalled)
    XCTAssertFalse(byLease["C3"]!.overdue)
    XCTAssertEqual(byLease["C4"]!.constitution, Day(iso: "2026-12-01"))
    XCTAssertTrue(byLease["C4"]!.overdue)
    XCTAssertTrue(byLease["C5"]!.signalled)
  }

  func testEpisodeRules() {
    func constitution(_ entries: [(Int32, Int64)], _ threshold: Int64) -> Int32? {
      var list = entries.map { ArrearsEpisode.Entry(date: $0.0, amount: $0.1) }
      return ArrearsEpisode.constitution(entries: &list, threshold: threshold)
    }
    // Reaching the threshold within a day but not at its end does not constitute.
    XCTAssertNil(constitution([(1, 300), (2, 300), (2, -300)], 600))
    // Constituted stays constituted while the balance stays > 0.
    XCTAssertEqual(constitution([(1, 600), (2, -500)], 600), 1)
    // A balance back to 0 ends the episode; the next one starts afresh.
    XCTAssertEqual(constitution([(1, 600), (2, -600), (3, 300), (4, 300)], 600), 4)
    // Paid off at the end: no arrears.
    XCTAssertNil(constitution([(1, 600), (2, -600)], 600))
    // Thresholds: with apl, 2 × (rent − apl); without, 2 × rent.
    XCTAssertEqual(ArrearsEpisode.threshold(rent: 50_000, apl: 20_000), 60_000)
    XCTAssertEqual(ArrearsEpisode.threshold(rent: 50_000, apl: 0), 100_000)
  }

  func testOverdueWorklist() throws {
    let lists = try Self.build().engine().worklists(period: Self.february)
    XCTAssertEqual(lists.cafSignalOverdue.map(\.lease), ["C1", "C4"])
    let c1 = lists.cafSignalOverdue[0]
    XCTAssertEqual(c1.agency, "AVI")
    XCTAssertEqual(c1.balance, 70_000)
    XCTAssertEqual(c1.threshold, 60_000)
    XCTAssertEqual(c1.constitutionDate, Day(iso: "2026-12-01"))
    XCTAssertEqual(c1.deadline, Day(iso: "2027-02-01"))
    XCTAssertEqual(c1.caseId, "K1")
    XCTAssertEqual(c1.handler, "S1")
    XCTAssertEqual(c1.handlerName, "Agent S1")
    let c4 = lists.cafSignalOverdue[1]
    XCTAssertEqual(c4.holderName, "Mme Quatre")
    XCTAssertEqual(c4.balance, 60_000)
    XCTAssertNil(c4.handler)  // no open case
  }
}
