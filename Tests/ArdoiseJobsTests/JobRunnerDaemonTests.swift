import ArdoiseCore
import Foundation
import XCTest

@testable import ArdoiseJobs

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

final class JobRunnerDaemonTests: XCTestCase {
  func testTheDaemonChecksEveryPauseAndStopsAfterTheCurrentStep() throws {
    let f = try JobsFixture(now: "2026-10-20T09:00")
    let shutdown = ShutdownSignal(signals: [SIGUSR1])
    defer { shutdown.uninstall() }
    let runner = f.runner()
    var checks = 0
    // Each pause moves the clock to the next fire; the stop comes during the second run's
    // ingest.
    let fires = ["2026-11-05T06:00", "2026-12-05T06:00", "2027-01-05T06:00"]
    f.steps.onCall = { call in if call == "ingest inbox 2026-11" { shutdown.request() } }
    runner.runDaemon(until: shutdown) {
      f.at(fires[min(checks, fires.count - 1)])
      checks += 1
      return 0
    }
    XCTAssertEqual(checks, 3)  // after the first sight, the October run, the stopped run
    XCTAssertEqual(
      try f.runSummary(), ["2026-10 schedule succeeded", "2026-11 schedule failed"])
    XCTAssertEqual(f.steps.calls.last, "ingest inbox 2026-11")
    XCTAssertEqual(f.logged.last, "daemon stopped by SIGTERM")
  }

  func testTheDaemonGoesOnWhenTheStoreIsLocked() throws {
    let f = try JobsFixture(now: "2026-10-20T09:00")
    let holder = RunLock(databasePath: f.folder + "/store/org.sqlite", purpose: "jobs run")
    try holder.acquire(waitingUpTo: 0)
    let shutdown = ShutdownSignal(signals: [SIGUSR1])
    defer { shutdown.uninstall() }
    let runner = f.runner()
    runner.lockWait = 0
    var checks = 0
    runner.runDaemon(until: shutdown) {
      checks += 1
      if checks == 2 { holder.release() }
      if checks == 3 { shutdown.request() }
      return 0
    }
    XCTAssertEqual(checks, 3)
    XCTAssertEqual(
      f.logged.filter { $0.hasPrefix("due check not done: the store is locked: ") }.count, 2)
    XCTAssertNotNil(try RunHistory(store: f.store).firstSeen(f.jobs[0].scheduled))
  }
}
