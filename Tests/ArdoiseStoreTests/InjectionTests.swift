import ArdoiseCore
import ArdoiseExtracts
import ArdoiseStore
import GRDB
import XCTest

/// Data values never reach SQL as code: every statement binds its values.
final class InjectionTests: XCTestCase {
  func testSQLInValuesIsStoredAsText() throws {
    let f = try Fixture()
    let evil = "L1'); DROP TABLE ledger; --"
    let files: [String: String] = [
      "agencies.csv": "agency_id,name\nA,\"Robert'); DROP TABLE agencies; --\"\n",
      "units.csv": "unit_id,agency_id\nU1,A\n",
      "households.csv":
        "household_id,holder_name\nH1,\"<script>alert(1)</script>\"\nH2,\"=HYPERLINK(\"\"http://x\"\")\"\n",
      "leases.csv":
        "lease_id,household_id,unit_id,start_date,rent\n\"\(evil)\",H1,U1,2026-01-01,500\n",
      "ledger.csv":
        "entry_id,lease_id,entry_date,type,amount,label\n\"E1' OR '1'='1\",\"\(evil)\",2026-10-01,loyer,500,\"'; DELETE FROM batch; --\"\n",
      "balances.csv": "lease_id,as_of,balance\n\"\(evil)\",2026-10-31,500\n",
    ]
    let reports = try f.ingest(try files.keys.sorted().map { try f.write($0, files[$0]!) })
    XCTAssertTrue(
      reports.allSatisfy { $0.status == .stored && $0.rejected == 0 },
      reports.map(\.text).joined(separator: "\n"))
    XCTAssertEqual(try f.count("ledger"), 1)
    XCTAssertEqual(try f.count("batch"), 6)
    let row = try f.store.read { try Row.fetchOne($0, sql: "SELECT * FROM ledger")! }
    XCTAssertEqual(row["lease_id"] as String, evil)
    XCTAssertEqual(row["entry_id"] as String, "E1' OR '1'='1")
    XCTAssertEqual(
      try f.store.read { try String.fetchOne($0, sql: "SELECT name FROM agencies") },
      "Robert'); DROP TABLE agencies; --")
    // The reconciliation query ran on the hostile key too, and it holds.
    XCTAssertEqual(reports.last?.checks.first { $0.name == "ledger_vs_balances" }?.status, .pass)
    // Quarantine listing and replay bind their values as well.
    XCTAssertEqual(try Quarantine(store: f.store).replay(), Quarantine.ReplayReport())
  }
}
