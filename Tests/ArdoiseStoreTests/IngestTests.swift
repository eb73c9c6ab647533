import ArdoiseCore
import ArdoiseExtracts
import ArdoiseStore
import GRDB
import XCTest

final class IngestTests: XCTestCase {
  func testAllThirteenKindsLoadReferenceKindsFirstWhateverTheOrder() throws {
    let f = try Fixture()
    let reports = try f.ingest(try f.writeCanonical())
    XCTAssertEqual(reports.map(\.kind), ExtractKind.loadOrder.map(\.rawValue))
    for r in reports {
      XCTAssertEqual(r.status, .stored, r.text)
      XCTAssertEqual(r.rejected, 0, r.text)
      XCTAssertTrue(r.balances)
    }
    let expected = [
      "agencies": 2, "staff": 2, "units": 3, "households": 2, "leases": 2, "ledger": 5,
      "balances": 2,
      "cases": 1, "case_history": 2, "actions": 2, "plans": 1, "measures": 1, "stays": 1,
    ]
    for (table, n) in expected { XCTAssertEqual(try f.count(table), n, table) }
    // Typed storage: cents, yyyymmdd, yyyymm, defaults, booleans, quoted text.
    let row = try f.store.read {
      try Row.fetchOne($0, sql: "SELECT * FROM ledger WHERE entry_id = 'E2'")!
    }
    XCTAssertEqual(row["amount"] as Int64, -25000)
    XCTAssertEqual(row["due_date"] as Int, 20_261_006)
    XCTAssertEqual(row["period"] as Int, 202_610)
    let h = try f.store.read {
      try Row.fetchOne($0, sql: "SELECT * FROM households WHERE household_id = 'H1'")!
    }
    XCTAssertEqual(h["holder_name"] as String, "Dupont, Léa")
    XCTAssertEqual(h["fragile"] as Int, 1)
    let l2 = try f.store.read {
      try Row.fetchOne($0, sql: "SELECT * FROM leases WHERE lease_id = 'L2'")!
    }
    XCTAssertEqual(l2["apl"] as Int64, 0)
    XCTAssertEqual(l2["lease_type"] as String, "ordinaire")
    XCTAssertEqual(l2["rent"] as Int64, 48000)
    // The ERP balances equal the ledger: L1 = 612.40 − 250 − 300 = 62.40; L2 = 0.
    let check = reports.last!.checks.first { $0.name == "ledger_vs_balances" }!
    XCTAssertEqual(check.status, .pass, check.message)
  }

  func testTheSameFileTwiceIsSkipped() throws {
    let f = try Fixture()
    let paths = try f.writeCanonical()
    _ = try f.ingest(paths)
    let before = try f.dump()
    let again = try f.ingest(paths)
    XCTAssertTrue(again.allSatisfy { $0.status == .skipped }, again.map(\.text).joined())
    XCTAssertTrue(again[0].message!.contains("already ingested as batch"))
    XCTAssertEqual(try f.dump(), before)
    XCTAssertEqual(try f.count("batch"), 13)
  }

  func testSameRowsInANewFileAreDuplicatesAndChangedIdsAreConflicts() throws {
    let f = try Fixture()
    _ = try f.ingest(try f.writeCanonical())
    let path = try f.write(
      "ledger-2.csv",
      "entry_id,lease_id,entry_date,type,amount\nE1,L1,2026-10-01,loyer,612.40\nE9,L1,2026-10-20,frais,15\nE3,L1,2026-10-10,paiement,-310\n"
    )
    // E1 differs only by columns the file lacks (due_date, period and label default): the
    // stored E1 has due_date 2026-10-05 and a label, so it is a conflict as well.
    let r = try f.ingest([path], f.options(ceiling: 1))[0]
    XCTAssertEqual(r.status, .stored)
    XCTAssertEqual(r.read, 3)
    XCTAssertEqual(r.accepted, 1)
    XCTAssertEqual(r.rejected, 2)
    XCTAssertEqual(r.rejectedBy["conflict"], 2)
    let unique = r.checks.first { $0.name == "unique_keys" }!
    XCTAssertEqual(unique.status, .fail)
    XCTAssertTrue(
      unique.rows.contains { $0.key == "E3" && $0.detail.contains("amount -300.00 → -310.00") },
      "\(unique.rows)")
    let exact = try f.write(
      "ledger-3.csv",
      "entry_id,lease_id,entry_date,due_date,period,type,amount,label\nE1,L1,2026-10-01,2026-10-05,2026-10,loyer,612.40,Loyer octobre\n"
    )
    let d = try f.ingest([exact])[0]
    XCTAssertEqual([d.read, d.accepted, d.duplicate, d.rejected], [1, 0, 1, 0])
  }

  func testReferenceKindsUpsertAndKeepRowsAbsentFromANewerFile() throws {
    let f = try Fixture()
    _ = try f.ingest(try f.writeCanonical())
    let path = try f.write(
      "leases-2.csv",
      "lease_id,household_id,unit_id,start_date,end_date,rent,apl,lease_type\nL1,H1,U1,2025-01-01,,630.00,250,ordinaire\n"
    )
    let r = try f.ingest([path])[0]
    XCTAssertEqual([r.read, r.accepted, r.duplicate, r.rejected], [1, 1, 0, 0])
    XCTAssertEqual(try f.count("leases"), 2)
    let rent = try f.store.read {
      try Int64.fetchOne($0, sql: "SELECT rent FROM leases WHERE lease_id = 'L1'")
    }
    XCTAssertEqual(rent, 63000)
    let same = try f.write(
      "leases-3.csv",
      "lease_id,household_id,unit_id,start_date,rent,apl\nL1,H1,U1,2025-01-01,630,250\n")
    XCTAssertEqual(try f.ingest([same])[0].duplicate, 1)
  }

  func testEveryRejectionReasonIsQuarantinedWithLineAndRawText() throws {
    let f = try Fixture()
    _ = try f.ingest(try f.writeCanonical())
    let path = try f.write(
      "ledger-bad.csv",
      """
      entry_id,lease_id,entry_date,due_date,period,type,amount,label
      B1,L1,2026-02-31,,,loyer,10,
      B2,L1,2026-10-01,,,loyer,12.345,
      B3,,2026-10-01,,,loyer,10,

      B4,L1,2026-10-01,,,QUIT,10,
      B5,L1,2026-10-01,,,loyer,10
      B6,L404,2026-10-01,,,loyer,10,
      B7,L1,2026-10-01,,,loyer,10,ok

      """)
    let r = try f.ingest([path], f.options(ceiling: 1))[0]
    // Blank lines are skipped and not counted: 7 rows read.
    XCTAssertEqual([r.read, r.accepted, r.duplicate, r.rejected], [7, 1, 0, 6])
    XCTAssertEqual(
      r.rejectedBy, ["format": 2, "missing": 1, "code": 1, "field_count": 1, "reference": 1])
    let q = try Quarantine(store: f.store).list()
    XCTAssertEqual(q.map(\.line), [2, 3, 4, 6, 7, 8])
    XCTAssertEqual(q[0].raw, "B1,L1,2026-02-31,,,loyer,10,")
    XCTAssertTrue(q[0].reason.contains("entry_date: '2026-02-31' is not a valid date"), q[0].reason)
    XCTAssertTrue(q[5].reason.contains("unknown lease 'L404'"), q[5].reason)
    XCTAssertEqual(r.checks.first { $0.name == "references" }?.status, .warn)
  }

  func testRejectCeilingRefusesTheWholeBatch() throws {
    let f = try Fixture()
    _ = try f.ingest(try f.writeCanonical())
    var text = "entry_id,lease_id,entry_date,type,amount\n"
    for i in 0..<19 { text += "N\(i),L1,2026-10-\(String(format: "%02d", i + 1)),frais,1\n" }
    text += "X1,L1,2026-10-01,frais,1 €\n"  // 1 of 20 = 5 %: at the ceiling, accepted
    let ok = try f.write("ledger-ok.csv", text)
    XCTAssertEqual(try f.ingest([ok])[0].status, .stored)
    let before = try f.dump()
    let batches = try f.count("batch")
    let bad = try f.write(
      "ledger-ko.csv",
      text.replacingOccurrences(of: "N1,", with: "Y1,").replacingOccurrences(
        of: ",1\nN2", with: ",x\nN2"))
    let r = try f.ingest([bad])[0]
    XCTAssertEqual(r.status, .refused)
    XCTAssertTrue(
      r.message!.contains("ledger-ko.csv") && r.message!.contains("2 of 20 rows rejected"),
      r.message!)
    XCTAssertEqual(try f.dump(), before)
    XCTAssertEqual(try f.count("batch"), batches)
    XCTAssertEqual(try f.count("quarantine"), 1)
  }

  func testFilesThatCannotBeReadChangeNothing() throws {
    let f = try Fixture()
    _ = try f.ingest(try f.writeCanonical())
    let before = try f.dump()
    let cases: [(String, [UInt8], String)] = [
      (
        "ledger-a.csv", Array("entry_id,lease_id,entry_date,type\nE1,L1,2026-10-01,loyer\n".utf8),
        "'amount'"
      ),
      ("ledger-b.csv", Array("entry_id,entry_id,lease_id,entry_date,type,amount\n".utf8), "twice"),
      (
        "ledger-c.csv",
        Array(
          "entry_id,lease_id,entry_date,type,amount\nE1,L1,2026-10-01,loyer,1\nE2,L1,2026-10-01,loyer,\u{E9}\n"
            .utf8.dropLast(3)) + [0xE9, 0x0A], "line 3"
      ),
      ("ledger-d.csv", [], "empty"),
      (
        "ledger-e.csv",
        Array("entry_id,lease_id,entry_date,type,amount\nE7,L1,2026-10-01,loyer,\"1\n".utf8),
        "line 2"
      ),
      ("mystery.csv", Array("a,b\n1,2\n".utf8), "cannot tell"),
    ]
    for (name, bytes, mention) in cases {
      let path = try f.write(name, bytes: bytes)
      let r = try f.ingest([path])[0]
      XCTAssertEqual(r.status, .refused, name)
      XCTAssertTrue(r.message!.contains(name) && r.message!.contains(mention), r.message!)
    }
    XCTAssertEqual(try f.dump(), before)
    XCTAssertEqual(try f.count("batch"), 13)
  }

  func testCheckStoresNothing() throws {
    let f = try Fixture()
    let reports = try f.ingest(try f.writeCanonical(), f.options(dryRun: true))
    XCTAssertTrue(
      reports.allSatisfy { $0.status == .checked && $0.rejected == 0 },
      reports.map(\.text).joined(separator: "\n"))
    XCTAssertEqual(try f.count("batch"), 0)
    XCTAssertEqual(try f.count("ledger"), 0)
  }

  func testReplayStoresRowsOnceTheirReferenceArrives() throws {
    let f = try Fixture()
    _ = try f.ingest(try f.writeCanonical())
    let ledger = try f.write(
      "ledger-new.csv",
      "entry_id,lease_id,entry_date,type,amount\nR1,L3,2026-10-01,loyer,500\nR2,L1,2026-10-02,frais,5\n"
    )
    let r = try f.ingest([ledger], f.options(ceiling: 1))[0]
    XCTAssertEqual(r.rejectedBy, ["reference": 1])
    let q = Quarantine(store: f.store)
    XCTAssertEqual(
      try q.replay(), Quarantine.ReplayReport(replayed: 0, duplicate: 0, waiting: 1, conflicts: 0))
    let leases = try f.write(
      "leases-new.csv", "lease_id,household_id,unit_id,start_date,rent\nL3,H2,U2,2026-10-01,500\n")
    _ = try f.ingest([leases])
    XCTAssertEqual(try q.replay().replayed, 1)
    XCTAssertEqual(try q.list().count, 0)
    XCTAssertEqual(try q.list(all: true).first?.status, "replayed")
    let amount = try f.store.read {
      try Int64.fetchOne($0, sql: "SELECT amount FROM ledger WHERE entry_id = 'R1'")
    }
    XCTAssertEqual(amount, 50000)
  }

  func testLedgerAgainstERPBalancesAndFutureEntries() throws {
    let f = try Fixture()
    var files = Fixture.canonical
    files["balances.csv"] = "lease_id,as_of,balance\nL1,2026-10-31,60.00\nL2,2026-10-31,0\n"
    files["ledger.csv"]! += "E6,L2,2026-12-01,,,frais,10,\n"
    let paths = try files.keys.sorted().map { try f.write($0, files[$0]!) }
    let reports = try f.ingest(paths)
    let ledger = reports.first { $0.kind == "ledger" }!
    let future = ledger.checks.first { $0.name == "future_entries" }!
    XCTAssertEqual(future.status, .warn)
    XCTAssertEqual(future.rows.map(\.key), ["E6"])
    let check = reports.first { $0.kind == "balances" }!.checks.first {
      $0.name == "ledger_vs_balances"
    }!
    XCTAssertEqual(check.status, .fail)
    XCTAssertEqual(check.count, 1)
    XCTAssertEqual(check.rows.first?.key, "L1@2026-10-31")
    XCTAssertTrue(check.rows.first!.detail.contains("difference 2.40"), check.rows.first!.detail)
    // Kept in the store with the batch.
    let stored = try f.store.read {
      try Int.fetchOne(
        $0,
        sql:
          "SELECT COUNT(*) FROM check_row r JOIN check_result c ON c.id = r.check_id WHERE c.name = 'ledger_vs_balances'"
      )
    }
    XCTAssertEqual(stored, 1)
  }
}
