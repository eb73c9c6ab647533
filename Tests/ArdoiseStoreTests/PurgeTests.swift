import ArdoiseCore
import ArdoiseStore
import GRDB
import XCTest

final class PurgeTests: XCTestCase {
  /// Three households, as of 2026-11-23 with a 5-year retention (limit 2021-11-23):
  /// - H1: lease ended 2019-06-30, debt written off on 2020-03-01 (balance 0): purged;
  /// - H2: lease ended 2019-06-30 but 100.00 € still owed: kept;
  /// - H3: lease ended 2019-06-30, settled, but its last entry on 2022-01-10 (closed less than
  ///   5 years ago): kept.
  func testOnlyHouseholdsClosedForLongerThanTheRetentionArePurged() throws {
    let f = try Fixture()
    let files: [String: String] = [
      "agencies.csv": "agency_id,name\nA,Avignon\n",
      "units.csv": "unit_id,agency_id\nU1,A\n",
      "households.csv":
        "household_id,holder_name,adults,children,composition,resources,fragile,dalo\nH1,Ancien Locataire,1,2,monoparental,rsa,oui,non\nH2,Débiteur Parti,1,0,isole,sans,non,non\nH3,Réglé Récemment,2,1,couple_enfants,salaire,non,non\n",
      "leases.csv":
        "lease_id,household_id,unit_id,start_date,end_date,rent\nL1,H1,U1,2015-01-01,2019-06-30,400\nL2,H2,U1,2015-01-01,2019-06-30,400\nL3,H3,U1,2015-01-01,2019-06-30,400\n",
      "ledger.csv":
        "entry_id,lease_id,entry_date,type,amount\nE1,L1,2019-06-01,loyer,400\nE2,L1,2020-03-01,perte,-400\nE3,L2,2019-06-01,loyer,100\nE4,L3,2019-06-01,loyer,400\nE5,L3,2022-01-10,paiement,-400\n",
      "cases.csv":
        "case_id,lease_id,opened_on,closed_on,close_reason\nC1,L1,2019-07-01,2020-03-01,perte\n",
      "staff.csv": "staff_id,name,role\nS1,Agent,recouvrement\n",
      "actions.csv":
        "action_id,date,type,staff_id,case_id,household_id,outcome\nA1,2019-07-02,entretien,S1,C1,,Mme explique sa situation familiale\nA2,2019-07-03,relance_tel,S1,,H2,injoignable\n",
    ]
    _ = try f.ingest(try files.keys.sorted().map { try f.write($0, files[$0]!) })
    let purge = Purge(store: f.store)
    let today = Day(iso: "2026-11-23")!
    let dry = try purge.run(today: today, years: 5, dryRun: true)
    XCTAssertEqual(dry.households, ["H1"])
    XCTAssertEqual(dry.names, 1)
    XCTAssertEqual(dry.actionTexts, 1)
    XCTAssertEqual(
      try f.store.read {
        try String.fetchOne($0, sql: "SELECT holder_name FROM households WHERE household_id = 'H1'")
      },
      "Ancien Locataire")
    let done = try purge.run(today: today, years: 5, dryRun: false)
    XCTAssertEqual(done.households, ["H1"])
    let h1 = try f.store.read {
      try Row.fetchOne($0, sql: "SELECT * FROM households WHERE household_id = 'H1'")!
    }
    XCTAssertNil(h1["holder_name"] as String?)
    XCTAssertNil(h1["composition"] as String?)
    XCTAssertNil(
      try f.store.read {
        try String.fetchOne($0, sql: "SELECT outcome FROM actions WHERE action_id = 'A1'")
      })
    XCTAssertEqual(
      try f.store.read {
        try String.fetchOne($0, sql: "SELECT outcome FROM actions WHERE action_id = 'A2'")
      },
      "injoignable")
    // Amounts stay: the ledger is untouched.
    XCTAssertEqual(try f.count("ledger"), 5)
    // The log holds counts, not names.
    let log = try f.store.read { try Row.fetchOne($0, sql: "SELECT * FROM purge_log")! }
    XCTAssertEqual(log["households"] as Int, 1)
    XCTAssertFalse(log.description.contains("Ancien"))
    // Running again finds nothing left to remove.
    XCTAssertEqual(try purge.run(today: today, years: 5, dryRun: false).households, [])
  }

  func testTheStoreIsCreatedReadableByItsOwnerOnly() throws {
    let f = try Fixture(onDisk: true)
    let path = f.folder + "/store/ardoise.sqlite"
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    XCTAssertEqual(mode, 0o600)
    let folderMode =
      try FileManager.default.attributesOfItem(atPath: f.folder + "/store")[.posixPermissions]
      as? Int
    XCTAssertEqual(folderMode, 0o700)
    _ = try f.ingest([try f.write("agencies.csv", "agency_id,name\nA,B\n")])
    for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
      let m =
        try FileManager.default.attributesOfItem(atPath: path + suffix)[.posixPermissions] as? Int
      XCTAssertEqual(m, 0o600, suffix)
    }
  }
}
