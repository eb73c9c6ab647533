import ArdoiseCore
import ArdoiseStore
import Foundation
import GRDB
import XCTest

@testable import ArdoiseJobs

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs of the real `ardoise` executable, as cron starts them: two at once on one store, and
/// one killed in the middle of its work.
final class JobsProcessTests: XCTestCase {
  private var folder: String!
  private var config: String { folder + "/ardoise.yaml" }
  private var database: String { folder + "/store/org.sqlite" }
  /// Rows of the generated extract: enough for its ingest to hold the lock well beyond the
  /// waits below (about 5 µs a row in a debug build, 0.8 s in all).
  private let rows = 150_000

  override func setUpWithError() throws {
    folder =
      FileManager.default.temporaryDirectory.appendingPathComponent("ardoise-proc-\(UUID())").path
    try FileManager.default.createDirectory(
      atPath: folder + "/inbox", withIntermediateDirectories: true)
    try """
    organisation: {name: Essai, kind: bailleur}
    database: store/org.sqlite
    inbox: inbox
    jobs:
      - name: import
        schedule: "0 6 5 * *"
        period: previous_month
        steps: [ingest]
    """.write(toFile: config, atomically: true, encoding: .utf8)
  }

  override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: folder) }

  /// Writes an agencies extract of `rows` rows with ids starting with `prefix` into the inbox.
  private func writeExtract(_ name: String, prefix: String) throws {
    var text = "agency_id,name\n"
    text.reserveCapacity(rows * 32)
    for i in 0..<rows { text += "\(prefix)\(i),Agence \(prefix) \(i)\n" }
    try text.write(toFile: folder + "/inbox/" + name, atomically: true, encoding: .utf8)
  }

  /// `ardoise ARGS --config <config>` to the end.
  private func ardoise(_ arguments: String...) throws -> (status: Int32, out: String, err: String) {
    try ArdoiseProcess.run(arguments + ["--config", config], outputIn: folder)
  }

  /// `ardoise ARGS --config <config>`, started.
  private func start(_ arguments: String...) throws -> ArdoiseProcess {
    try ArdoiseProcess(arguments + ["--config", config], outputIn: folder)
  }

  /// Opens the store afresh (a new connection, as a new process would).
  private func store() throws -> Store { try Store(path: database) }

  /// `PRAGMA integrity_check` of the store.
  private func integrity() throws -> String? {
    try store().read { try String.fetchOne($0, sql: "PRAGMA integrity_check") }
  }

  /// Waits up to `seconds` for `condition`, checking every 20 ms.
  private func waitFor(_ seconds: Double, _ what: String, _ condition: () throws -> Bool) throws {
    let deadline = Date(timeIntervalSinceNow: seconds)
    while try !condition() {
      guard Date() < deadline else { return XCTFail("timed out waiting for \(what)") }
      usleep(20_000)
    }
  }

  func testTwoRunsAtOnceOneStopsCleanlyAndOneThatMayWaitWaits() throws {
    XCTAssertEqual(try ardoise("jobs", "list").status, 0)  // creates the store
    try writeExtract("agencies_a.csv", prefix: "A")

    // Two runs started at once, each willing to wait 0.1 s.
    let first = try start("jobs", "run", "import", "--period", "2026-10", "--lock-wait", "0.1")
    let second = try start("jobs", "run", "import", "--period", "2026-10", "--lock-wait", "0.1")
    let results = [first.wait(), second.wait()]
    let pids = [first.pid, second.pid]
    XCTAssertEqual(results.map(\.status).sorted(), [0, 1], "\(results)")
    let winner = results[0].status == 0 ? 0 : 1
    let loser = results[1 - winner]
    XCTAssertTrue(
      loser.err.contains(
        "the store is locked: \(database).lock is held by PID \(pids[winner]) on "),
      loser.err)
    XCTAssertTrue(loser.err.contains("gave up after waiting"), loser.err)
    XCTAssertTrue(loser.out.contains("waiting up to 0.1 s"), loser.out)
    XCTAssertEqual(try integrity(), "ok")
    let history = try RunHistory(store: store()).runs()
    XCTAssertEqual(history.map(\.status), [.succeeded])  // the loser recorded nothing
    XCTAssertEqual(history.first?.inputs.map(\.rows), [rows])

    // A run that may wait long enough waits for the one at work, then does its share.
    try writeExtract("agencies_b.csv", prefix: "B")
    let working = try start("jobs", "run", "import", "--period", "2026-10")
    try waitFor(20, "the first run to take the lock") {
      let holder = try String(contentsOfFile: database + ".lock", encoding: .utf8)
      return holder.contains("pid=\(working.pid)\n")
    }
    let waiting = try start("jobs", "run", "import", "--period", "2026-10", "--lock-wait", "60")
    let (workingResult, waitingResult) = (working.wait(), waiting.wait())
    XCTAssertEqual(workingResult.status, 0, workingResult.err)
    XCTAssertEqual(waitingResult.status, 0, waitingResult.err)
    XCTAssertTrue(
      waitingResult.out.contains("the store is locked by PID \(working.pid) on "),
      waitingResult.out)
    let runs = try RunHistory(store: store()).runs()
    XCTAssertEqual(runs.map(\.status), [.succeeded, .succeeded, .succeeded])
    XCTAssertEqual(runs[1].inputs.map(\.rows), [rows])
    XCTAssertEqual(runs[0].steps.first?.detail, "2 files: 0 stored, 2 already ingested")
    XCTAssertEqual(try integrity(), "ok")
  }

  func testARunKilledMidWorkLeavesTheStoreWholeAndTheNextDueCheckCompletesIt() throws {
    // The job is seen on 1 November; it fires on 5 November for October.
    XCTAssertEqual(try ardoise("jobs", "due", "--now", "2026-11-01T00:00").status, 0)
    try writeExtract("agencies.csv", prefix: "K")
    let sha = try SHA256.hex(ofFileAt: folder + "/inbox/agencies.csv")

    let doomed = try start("jobs", "due", "--now", "2026-11-05T06:00")
    try waitFor(20, "the ingest step to start") {
      try store().read { db in
        try Int.fetchOne(
          db, sql: "SELECT COUNT(*) FROM run_step WHERE name = 'ingest' AND status = 'running'")
      } == 1
    }
    usleep(200_000)  // well into the ingest of the file
    XCTAssertTrue(doomed.process.isRunning, "the run ended before it could be killed")
    XCTAssertEqual(kill(doomed.pid, SIGKILL), 0)
    let killed = doomed.wait()
    XCTAssertEqual(killed.status, SIGKILL)
    XCTAssertEqual(doomed.process.terminationReason, .uncaughtSignal)

    // The store is whole: the batch's transaction was rolled back; the run says running.
    XCTAssertEqual(try integrity(), "ok")
    XCTAssertEqual(try store().read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM batch") }, 0)
    XCTAssertEqual(try RunHistory(store: store()).runs().map(\.status), [.running])
    XCTAssertTrue(
      try String(contentsOfFile: database + ".lock", encoding: .utf8)
        .contains("pid=\(doomed.pid)\n"))

    // The next due check takes the lock over, closes the killed run and does the work.
    let next = try ardoise("jobs", "due", "--now", "2026-11-05T06:10")
    XCTAssertEqual(next.status, 0, next.out + next.err)
    XCTAssertTrue(
      next.out.contains("taking over a lock left by PID \(doomed.pid) (no longer running)"),
      next.out)
    XCTAssertTrue(next.out.contains("marked as failed, interrupted: run #1"), next.out)
    let runs = try RunHistory(store: store()).runs()
    XCTAssertEqual(runs.map(\.status), [.succeeded, .failed])
    XCTAssertEqual(runs.map(\.trigger), [.schedule, .schedule])
    XCTAssertEqual(runs.map(\.period), [period("2026-10"), period("2026-10")])
    XCTAssertTrue(
      runs[1].error?.hasPrefix("interrupted during step 1 (ingest inbox): ") ?? false,
      "\(runs[1])")
    XCTAssertEqual(runs[0].inputs.map(\.sha256), [sha])
    XCTAssertEqual(
      try store().read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM agencies") }, rows)
    XCTAssertEqual(try integrity(), "ok")

    // Done: the next checks have nothing to do, and a dry run changes nothing.
    let idle = try ardoise("jobs", "due", "--now", "2026-11-05T06:15")
    XCTAssertEqual(idle.status, 0)
    XCTAssertTrue(idle.out.contains("nothing due at 2026-11-05T06:15"), idle.out)
    let before = try JobsFixture.dump(store())
    let dry = try ardoise("jobs", "due", "--dry-run", "--now", "2026-12-05T06:00")
    XCTAssertEqual(
      dry.out,
      "would run import 2026-11 (schedule, fired 2026-12-05T06:00)\n"
        + "  step 1 ingest inbox\n")
    XCTAssertEqual(
      try ardoise("jobs", "run", "import", "--from", "2026-01", "--to", "2026-02", "--dry-run")
        .out.split(separator: "\n").first, "would run import 2026-01 (backfill)")
    XCTAssertEqual(try JobsFixture.dump(store()), before)

    // The history as machines read it.
    let json = try ardoise("jobs", "history", "--json", "--limit", "1")
    let object = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any]
    XCTAssertEqual(object?["status"] as? String, "succeeded")
    XCTAssertEqual((object?["inputs"] as? [[String: Any]])?.first?["sha256"] as? String, sha)
  }

  func testTheDaemonStopsCleanlyOnSIGTERM() throws {
    // The store is created first: two processes creating one store at once can both try to
    // migrate it.
    XCTAssertEqual(try ardoise("jobs", "list").status, 0)
    let daemon = try start("jobs", "daemon")
    try waitFor(20, "the daemon's first check") {
      try RunHistory(store: store()).firstSeen(
        ScheduledJob(name: "import", schedule: cron("0 6 5 * *"), periodRule: .previousMonth))
        != nil
    }
    XCTAssertEqual(kill(daemon.pid, SIGTERM), 0)
    let result = daemon.wait()
    XCTAssertEqual(result.status, 0, result.err)
    XCTAssertEqual(daemon.process.terminationReason, .exit)
    XCTAssertTrue(result.out.hasSuffix("daemon stopped by SIGTERM\n"), result.out)
    XCTAssertEqual(try integrity(), "ok")
  }
}
