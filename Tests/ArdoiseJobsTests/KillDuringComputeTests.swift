import ArdoiseCore
import ArdoiseSample
import ArdoiseStore
import Foundation
import GRDB
import XCTest

/// `ardoise compute` killed with SIGKILL at several moments: the store opens, passes
/// `PRAGMA integrity_check`, holds each period whole or not at all, and computing again
/// completes the work.
final class KillDuringComputeTests: XCTestCase {
  func testAComputeKilledAtAnyMomentLeavesWholePeriodsOnly() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("kill-compute-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    _ = try SampleGenerator.generate(
      SampleOptions(
        kind: .landlord, leases: 400, months: 12, seed: 11, end: Month(iso: "2026-10")!,
        outputDirectory: folder + "/extracts"))
    let db = folder + "/store/ardoise.sqlite"
    let ingest = try ArdoiseProcess.run(
      ["ingest", "--database", db, folder + "/extracts"], outputIn: folder)
    XCTAssertEqual(ingest.status, 0, ingest.err)
    // A first month stored whole, to be replaced by the killed runs.
    XCTAssertEqual(
      try ArdoiseProcess.run(
        ["compute", "--database", db, "--period", "2026-10"], outputIn: folder
      )
      .status, 0)
    let expected = try count(db, "2026-10")

    var killedMidway = 0
    for delay in [0.05, 0.15, 0.3, 0.5, 0.8, 1.2] {
      let p = try ArdoiseProcess(
        ["compute", "--database", db, "--period", "2026-10"], outputIn: folder)
      usleep(UInt32(delay * 1_000_000))
      if p.process.isRunning {
        kill(p.pid, SIGKILL)
        killedMidway += 1
      }
      _ = p.wait()
      let store = try Store(path: db)
      XCTAssertEqual(
        try store.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") }, "ok")
      // The period is whole: its record's count equals its stored values.
      XCTAssertEqual(try count(db, "2026-10"), expected, "killed after \(delay) s")
    }
    XCTAssertGreaterThan(killedMidway, 0, "compute always finished before the kill")
    let again = try ArdoiseProcess.run(
      ["compute", "--database", db, "--period", "2026-10"], outputIn: folder)
    XCTAssertEqual(again.status, 0, again.err)
    XCTAssertEqual(try count(db, "2026-10"), expected)
  }

  /// The values stored for a period, checked against its record.
  func count(_ db: String, _ period: String) throws -> Int {
    let store = try Store(path: db)
    return try store.read { db in
      let values =
        try Int.fetchOne(
          db, sql: "SELECT COUNT(*) FROM indicator_value WHERE period = ?", arguments: [period])
        ?? 0
      let recorded = try Int.fetchOne(
        db, sql: "SELECT value_count FROM indicator_period WHERE period = ?", arguments: [period])
      XCTAssertEqual(recorded, values)
      return values
    }
  }
}
