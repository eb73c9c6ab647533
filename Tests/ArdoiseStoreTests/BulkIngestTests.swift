import ArdoiseCore
import ArdoiseExtracts
import ArdoiseStore
import GRDB
import XCTest

/// Ledger files longer than the blocks ingest inserts at once: every row keeps the append-only
/// rules of a row-by-row load, in file order, whatever its place in a block.
final class BulkIngestTests: XCTestCase {
  /// One ledger row: id, lease, date, amount (cents) and label.
  struct Entry: Equatable {
    var id: String
    var lease = "L1"
    var date = "2026-10-01"
    var cents: Int64
    var label = "x"

    var line: String {
      "\(id),\(lease),\(date),,,frais,\(cents / 100).\(String(format: "%02d", abs(cents % 100))),\(label)"
    }
  }

  static let header = "entry_id,lease_id,entry_date,due_date,period,type,amount,label\n"

  func file(_ f: Fixture, _ name: String, _ entries: [Entry], extra: [Int: String] = [:]) throws
    -> String
  {
    var lines: [String] = entries.map(\.line)
    for (position, line) in extra.sorted(by: { $0.key > $1.key }) {
      lines.insert(line, at: position)
    }
    return try f.write(name, Self.header + lines.joined(separator: "\n") + "\n")
  }

  func testDuplicatesAndConflictsAnywhereInBlocks() throws {
    let f = try Fixture()
    _ = try f.ingest(try f.writeCanonical())
    // 300 new entries, two of them dated after the day of the ingest (2026-11-05).
    var first = (1...300).map { Entry(id: String(format: "F%04d", $0), cents: Int64($0 * 7)) }
    first[40].date = "2026-12-01"
    first[250].date = "2026-11-06"
    let a = try f.ingest([try file(f, "ledger-a.csv", first)])[0]
    XCTAssertEqual([a.read, a.accepted, a.duplicate, a.rejected], [300, 300, 0, 0])
    let future = try XCTUnwrap(a.checks.first { $0.name == "future_entries" })
    XCTAssertEqual(future.count, 2)
    XCTAssertEqual(future.rows.map(\.key), ["F0251", "F0041"])

    // A second file: stored rows again (duplicates), stored ids with other values (conflicts),
    // new rows, a new id twice (the same, then different), and two rows the mapping rejects.
    var second: [Entry] = []
    var expected: [String: Entry] = Dictionary(uniqueKeysWithValues: first.map { ($0.id, $0) })
    for i in 0..<400 {
      if i % 5 == 0 || (200..<260).contains(i) {
        second.append(first[i % 300])  // a duplicate
      } else if i % 37 == 3 || i == 63 || i == 64 || i == 127 {
        var e = first[i % 300]
        e.cents += 1  // a conflict
        second.append(e)
      } else {
        second.append(Entry(id: String(format: "N%04d", i), cents: Int64(i)))
      }
    }
    second[100] = Entry(id: "TWICE", cents: 5)
    second[101] = Entry(id: "TWICE", cents: 5)  // a duplicate of the row just before
    second[170] = Entry(id: "AGAIN", cents: 5)
    second[330] = Entry(id: "AGAIN", cents: 6)  // a conflict with a row of this file
    let extra = [
      150: "BAD1,L1,2026-02-31,,,frais,1,x",  // an impossible date
      300: "BAD2,L9,2026-10-01,,,frais,1,x",  // an unknown lease
    ]
    var duplicates = 0
    var conflicts: [Int] = []  // lines
    var accepted = 0
    var line = 1
    var rows = second.map { Optional($0) }
    for position in extra.keys.sorted(by: >) { rows.insert(nil, at: position) }
    for row in rows {
      line += 1
      guard let row else { continue }
      if let stored = expected[row.id] {
        if stored == row { duplicates += 1 } else { conflicts.append(line) }
      } else {
        expected[row.id] = row
        accepted += 1
      }
    }
    let b = try f.ingest(
      [try file(f, "ledger-b.csv", second, extra: extra)], f.options(ceiling: 1))[0]
    XCTAssertEqual(b.read, 402)
    XCTAssertEqual(b.accepted, accepted)
    XCTAssertEqual(b.duplicate, duplicates)
    XCTAssertEqual(b.rejected, conflicts.count + 2)
    XCTAssertEqual(b.rejectedBy["conflict"], conflicts.count)
    let unique = try XCTUnwrap(b.checks.first { $0.name == "unique_keys" })
    XCTAssertEqual(unique.rows.map(\.line), conflicts)
    let quarantined = try f.store.read {
      try Int.fetchAll(
        $0, sql: "SELECT line FROM quarantine WHERE batch_id = ? ORDER BY id", arguments: [b.batch])
    }
    XCTAssertEqual(quarantined.sorted(), (conflicts + [152, 303]).sorted())

    // The stored ledger is the model's, every row with the batch that brought it.
    let stored = try f.store.read {
      try Row.fetchAll(
        $0,
        sql:
          "SELECT entry_id, amount, entry_date, batch_id FROM ledger WHERE entry_id NOT LIKE 'E%'")
    }
    XCTAssertEqual(stored.count, expected.count)
    for r in stored {
      let e = try XCTUnwrap(expected[r["entry_id"]])
      XCTAssertEqual(r["amount"] as Int64, e.cents)
      XCTAssertEqual(r["entry_date"] as Int, Day(iso: e.date)!.yyyymmdd)
      XCTAssertEqual(r["batch_id"] as Int64, e.id.hasPrefix("F") ? a.batch : b.batch)
    }
  }

  func testLedgerAgainstBalancesAtSeveralDates() throws {
    let f = try Fixture()
    var files = Fixture.canonical
    // L1: 612.40 on 10-01, −250 on 10-06, −300 on 10-10. L2: 480 on 09-01, −480 on 09-12.
    files["balances.csv"] =
      "lease_id,as_of,balance\nL2,2026-09-30,0\nL1,2026-09-30,0\nL1,2026-10-05,612.40\nL1,2026-10-07,362.40\nL1,2026-12-31,60\nL2,2026-09-05,480\nL2,2026-08-31,1\n"
    let paths = try files.keys.sorted().map { try f.write($0, files[$0]!) }
    let reports = try f.ingest(paths)
    let check = try XCTUnwrap(
      reports.first { $0.kind == "balances" }?.checks.first { $0.name == "ledger_vs_balances" })
    XCTAssertEqual(check.status, .fail)
    XCTAssertEqual(check.message, "2 of 7 ERP balance(s) differ from the ledger")
    XCTAssertEqual(check.rows.map(\.key), ["L1@2026-12-31", "L2@2026-08-31"])
    XCTAssertEqual(
      check.rows.map(\.detail),
      [
        "ERP balance 60.00, ledger 62.40, difference 2.40",
        "ERP balance 1.00, ledger 0.00, difference -1.00",
      ])
    // A later ledger batch compares every stored balance again.
    let more = try f.write(
      "ledger-more.csv", Self.header + "Z1,L1,2026-12-01,,,frais,-2.40,\n")
    let again = try XCTUnwrap(
      f.ingest([more])[0].checks.first { $0.name == "ledger_vs_balances" })
    XCTAssertEqual(again.message, "1 of 7 ERP balance(s) differ from the ledger")
    XCTAssertEqual(again.rows.map(\.key), ["L2@2026-08-31"])
  }

  func testACopyUnderAnotherNameIsSkippedAndChangesNothing() throws {
    let f = try Fixture()
    _ = try f.ingest(try f.writeCanonical())
    let before = try f.dump()
    let copy = try f.write("ledger-copy.csv", Fixture.canonical["ledger.csv"]!)
    let r = try f.ingest([copy])[0]
    XCTAssertEqual(r.status, .skipped, r.text)
    XCTAssertTrue(r.message!.contains("already ingested as batch"), r.message!)
    XCTAssertEqual(r.read, 0)
    XCTAssertEqual(try f.dump(), before)
    XCTAssertEqual(try f.count("batch"), 13)
    let checked = try f.ingest([copy], f.options(dryRun: true))[0]
    XCTAssertEqual(checked.status, .skipped)
    // No batch keeps a provisional fingerprint.
    let fingerprints = try f.store.read { try String.fetchAll($0, sql: "SELECT sha256 FROM batch") }
    XCTAssertTrue(fingerprints.allSatisfy { $0.count == 64 && $0.allSatisfy(\.isHexDigit) })
  }

  func testAKeyTwiceInAnUpsertFileWarnsAndTheLaterRowWins() throws {
    let f = try Fixture()
    _ = try f.ingest(try f.writeCanonical())
    let path = try f.write(
      "leases-2.csv",
      """
      lease_id,household_id,unit_id,start_date,end_date,rent,apl,lease_type
      L1,H1,U1,2025-01-01,,630,250,ordinaire
      L1,H1,U1,2025-01-01,,630,250,ordinaire
      L1,H1,U1,2025-01-01,,640,250,ordinaire
      L3,H2,U3,2026-01-01,,400,,
      L3,H2,U3,2026-01-01,,400,,
      L1,H1,U1,2025-01-01,,630,250,ordinaire

      """)
    let r = try f.ingest([path])[0]
    XCTAssertEqual([r.read, r.accepted, r.duplicate, r.rejected], [6, 4, 2, 0])
    let unique = try XCTUnwrap(r.checks.first { $0.name == "unique_keys" })
    XCTAssertEqual(unique.status, .warn)
    XCTAssertEqual(unique.rows.map(\.line), [4, 7])
    XCTAssertEqual(
      unique.rows.map(\.detail),
      [
        "also on line 2 with other values (rent 630.00 → 640.00); the later row wins",
        "also on line 4 with other values (rent 640.00 → 630.00); the later row wins",
      ])
    let rent = try f.store.read {
      try Int64.fetchOne($0, sql: "SELECT rent FROM leases WHERE lease_id = 'L1'")
    }
    XCTAssertEqual(rent, 63000)
  }

  func testLedgerBalancesAgreeWithASubqueryPerPoint() throws {
    let f = try Fixture()
    _ = try f.ingest(try f.writeCanonical())
    let more = (1...150).map {
      "M\($0),L\($0 % 2 + 1),2026-\(String(format: "%02d", $0 % 12 + 1))-\(String(format: "%02d", $0 % 28 + 1)),,,frais,\($0 % 7 - 3).\($0 % 10)0,"
    }
    _ = try f.ingest([try f.write("ledger-more.csv", Self.header + more.joined(separator: "\n"))])
    let points: [(leaseID: String, asOf: Int)] = [
      ("L2", 20_261_231), ("L1", 20_260_615), ("L9", 20_261_231), ("L1", 20_260_101),
      ("L1", 20_261_231), ("L2", 20_260_301), ("L1", 20_260_615), ("L2", 20_250_101),
    ]
    let sums = try f.store.read { try LedgerBalances.sums($0, at: points) }
    let expected = try f.store.read { db in
      try points.map { p in
        try Int64.fetchOne(
          db,
          sql:
            "SELECT COALESCE(SUM(amount), 0) FROM ledger WHERE lease_id = ? AND entry_date <= ?",
          arguments: [p.leaseID, p.asOf])!
      }
    }
    XCTAssertEqual(sums, expected)
    XCTAssertEqual(sums[2], 0)
    XCTAssertEqual(sums[1], sums[6])
  }
}
