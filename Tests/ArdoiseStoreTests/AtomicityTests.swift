import ArdoiseStore
import Foundation
import GRDB
import XCTest

/// A batch is one transaction: a process killed in the middle leaves the store as it was.
final class AtomicityTests: XCTestCase {
  func testAnIngestKilledMidBatchLeavesTheStoreUnchanged() throws {
    guard FileManager.default.isExecutableFile(atPath: Executable.ardoise) else {
      throw XCTSkip("the ardoise executable is not built")
    }
    let f = try Fixture()
    let db = f.folder + "/org.sqlite"
    var files = Fixture.canonical
    files.removeValue(forKey: "ledger.csv")
    files.removeValue(forKey: "balances.csv")
    let paths = try files.keys.sorted().map { try f.write($0, files[$0]!) }
    XCTAssertEqual(try Executable.run(["ingest", "--database", db] + paths).status, 0)

    // A ledger big enough to be caught in the middle of its batch.
    var text = "entry_id,lease_id,entry_date,type,amount,label\n"
    text.reserveCapacity(12_000_000)
    for i in 0..<60_000 {
      text += "K\(i),L1,2026-10-01,frais,1.00,un libellé assez long pour remplir la page\n"
    }
    let ledger = try f.write("ledger-big.csv", text)

    let p = Process()
    p.executableURL = URL(fileURLWithPath: Executable.ardoise)
    p.arguments = ["ingest", "--database", db, ledger]
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    try p.run()
    // Wait until the batch is being written (the WAL grows), then kill it.
    let wal = db + "-wal"
    let deadline = Date().addingTimeInterval(60)
    var caught = false
    while Date() < deadline, p.isRunning {
      let size = (try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? Int) ?? 0
      if size > 400_000 {
        kill(p.processIdentifier, SIGKILL)
        caught = true
        break
      }
      usleep(2_000)
    }
    p.waitUntilExit()
    XCTAssertTrue(caught, "the ingest finished before it could be killed")

    let store = try Store(path: db)
    let (integrity, ledgerRows, batches) = try store.read { db in
      (
        try String.fetchOne(db, sql: "PRAGMA integrity_check"),
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM ledger"),
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM batch")
      )
    }
    XCTAssertEqual(integrity, "ok")
    XCTAssertEqual(ledgerRows, 0)
    XCTAssertEqual(batches, 11)

    // Running it again completes the work.
    let again = try Executable.run(["ingest", "--database", db, ledger])
    XCTAssertEqual(again.status, 0, again.err)
    XCTAssertEqual(
      try store.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM ledger") }, 60_000)
  }
}
