import ArdoiseCore
import ArdoiseStore
import Foundation
import XCTest

@testable import ArdoiseJobs

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

final class JobRunnerRunTests: XCTestCase {
  func testABackfillRunsTheRangeOldestFirst() throws {
    let f = try JobsFixture(now: "2026-11-20T10:00")
    let runner = f.runner()
    let planned = try runner.plannedRuns(
      job: "cloture-mensuelle", from: period("2026-01"), to: period("2026-03"))
    XCTAssertEqual(planned.map(\.trigger), [.backfill, .backfill, .backfill])
    let outcomes = try runner.run(planned, purpose: "test")
    XCTAssertEqual(outcomes.map(\.status), [.succeeded, .succeeded, .succeeded])
    XCTAssertEqual(
      f.steps.calls.filter { $0.hasPrefix("compute") },
      ["compute 2026-01", "compute 2026-02", "compute 2026-03"])
    XCTAssertEqual(
      try f.runSummary(),
      ["2026-01 backfill succeeded", "2026-02 backfill succeeded", "2026-03 backfill succeeded"])
    XCTAssertThrowsError(
      try runner.plannedRuns(
        job: "cloture-mensuelle", from: period("2026-Q1"), to: period("2026-Q2"))
    ) { XCTAssertTrue("\($0)".contains("runs for months"), "\($0)") }
  }

  func testAManualRunIsForTheRuleAppliedToNowUnlessAPeriodIsGiven() throws {
    let f = try JobsFixture(now: "2026-11-20T10:00")
    let runner = f.runner()
    XCTAssertEqual(
      try runner.plannedRuns(job: "cloture-mensuelle"),
      [PlannedRun(job: "cloture-mensuelle", period: period("2026-10"), trigger: .manual)])
    XCTAssertEqual(
      try runner.plannedRuns(job: "cloture-mensuelle", period: period("2026-04")).map(\.period),
      [period("2026-04")])
    XCTAssertThrowsError(
      try runner.plannedRuns(job: "cloture-mensuelle", period: period("2026-Q3"))
    ) { error in
      XCTAssertEqual(
        "\(error)",
        "job cloture-mensuelle runs for months (previous_month), but 2026-Q3 is a quarter")
    }
    XCTAssertThrowsError(try runner.plannedRuns(job: "nope")) { error in
      XCTAssertEqual("\(error)", "no job is named \"nope\"; the jobs are cloture-mensuelle")
    }
  }

  func testRunningAPeriodAgainRunsItsStepsAgain() throws {
    // Replacing the period's indicators and reports is the steps' contract; the runner runs
    // them again and records a second run.
    let f = try JobsFixture(now: "2026-11-20T10:00")
    let runner = f.runner()
    let planned = try runner.plannedRuns(job: "cloture-mensuelle")
    _ = try runner.run(planned, purpose: "test")
    _ = try runner.run(planned, purpose: "test")
    XCTAssertEqual(f.steps.calls.filter { $0.hasPrefix("compute") }.count, 2)
    XCTAssertEqual(try f.runSummary(), ["2026-10 manual succeeded", "2026-10 manual succeeded"])
  }

  func testADryRunPrintsWhatWouldRunAndChangesNothing() throws {
    let f = try JobsFixture(now: "2026-11-20T10:00")
    let runner = f.runner()
    _ = try runner.run(try runner.plannedRuns(job: "cloture-mensuelle"), purpose: "test")
    let calls = f.steps.calls
    let before = try f.dump()
    let planned = try runner.plannedRuns(
      job: "cloture-mensuelle", from: period("2026-08"), to: period("2026-09"))
    XCTAssertEqual(
      runner.describe(planned),
      [
        "would run cloture-mensuelle 2026-08 (backfill)", "  step 1 ingest inbox",
        "  step 2 compute", "  step 3 report rapport-mensuel,balance-agee",
        "would run cloture-mensuelle 2026-09 (backfill)", "  step 1 ingest inbox",
        "  step 2 compute", "  step 3 report rapport-mensuel,balance-agee",
      ])
    XCTAssertEqual(try f.dump(), before)
    XCTAssertEqual(f.steps.calls, calls)
  }

  func testAFailingCheckFailsTheComputeStepAndSkipsTheReports() throws {
    let f = try JobsFixture(now: "2026-11-20T10:00")
    f.steps.summary = ComputeSummary(
      values: 412,
      checks: [
        PeriodCheck(name: "bridge", status: .fail, count: 2, message: "off by 1,00 €"),
        PeriodCheck(name: "ageing_reconciliation", status: .pass),
      ])
    let runner = f.runner()
    let outcome = try runner.run(try runner.plannedRuns(job: "cloture-mensuelle"), purpose: "t")
    XCTAssertEqual(outcome.map(\.status), [.failed])
    XCTAssertEqual(
      outcome[0].error, "step 2 (compute) failed: check failed: bridge (2): off by 1,00 €")
    let run = try XCTUnwrap(RunHistory(store: f.store).latest(job: "cloture-mensuelle"))
    XCTAssertEqual(run.steps.map(\.status), [.succeeded, .failed, .skipped])
    XCTAssertEqual(
      run.steps[1].detail,
      "412 values; checks: bridge fail (2), ageing_reconciliation pass — check failed: bridge (2):"
        + " off by 1,00 €")
    XCTAssertEqual(run.steps[2].detail, "not run: step 2 failed")
  }

  func testAStopRequestedDuringAStepStopsTheRunAfterIt() throws {
    let f = try JobsFixture(now: "2026-11-20T10:00")
    let shutdown = ShutdownSignal(signals: [SIGUSR1])
    defer { shutdown.uninstall() }
    let runner = f.runner()
    runner.shutdown = shutdown
    f.steps.onCall = { call in if call.hasPrefix("ingest") { shutdown.request() } }
    let planned = try runner.plannedRuns(
      job: "cloture-mensuelle", from: period("2026-08"), to: period("2026-09"))
    let outcomes = try runner.run(planned, purpose: "test")
    XCTAssertEqual(outcomes.map(\.status), [.failed, .skipped])
    XCTAssertEqual(
      outcomes[0].error, "stopped by SIGTERM after step 1; the next due check runs it again")
    XCTAssertEqual(outcomes[1].error, "not started: stop requested (SIGTERM)")
    XCTAssertEqual(f.steps.calls, ["ingest inbox 2026-08"])
    let runs = try RunHistory(store: f.store).runs()
    XCTAssertEqual(runs.map(\.status), [.skipped, .failed])
    XCTAssertEqual(runs[1].steps.map(\.status), [.succeeded, .skipped, .skipped])
    XCTAssertEqual(runs[0].steps, [])
  }

  func testAStoreLockedByAnotherRunMakesTheRunnerWaitThenStopWithoutRecording() throws {
    let f = try JobsFixture(now: "2026-11-20T10:00")
    let holder = RunLock(databasePath: f.folder + "/store/org.sqlite", purpose: "jobs due")
    try holder.acquire(waitingUpTo: 0)
    defer { holder.release() }
    let runner = f.runner()
    runner.lockWait = 0.2
    runner.lockPoll = 0.05
    let before = try f.dump()
    XCTAssertThrowsError(try runner.due()) { error in
      guard case .busy(_, let who, let waited)? = error as? RunLockError else {
        return XCTFail("\(error)")
      }
      XCTAssertEqual(who?.pid, getpid())
      XCTAssertGreaterThanOrEqual(waited, 0.2)
      XCTAssertTrue("\(error)".hasPrefix("the store is locked: "), "\(error)")
    }
    XCTAssertEqual(try f.dump(), before)
    XCTAssertEqual(f.steps.calls, [])
    XCTAssertEqual(f.logged.count, 1)
    XCTAssertTrue(
      f.logged[0].hasPrefix("the store is locked by PID \(getpid()) on ")
        && f.logged[0].hasSuffix(" (jobs due); waiting up to 0.2 s"), "\(f.logged)")
  }

  func testARunLeftRunningByAKilledProcessIsClosedByTheNextLockHolder() throws {
    let f = try JobsFixture(now: "2026-11-05T06:00")
    let database = f.folder + "/store/org.sqlite"
    // What a killed process leaves: a run and a step `running`, its details in the lock file.
    let recorder = RunRecorder(store: f.store)
    let planned = PlannedRun(
      job: "cloture-mensuelle", period: period("2026-10"), trigger: .schedule,
      firedAt: at("2026-11-05T06:00"))
    let id = try recorder.begin(
      planned, at: at("2026-11-05T06:00"), definitionsHash: nil, programVersion: "old")
    try recorder.startStep(run: id, index: 1, step: .ingest("inbox"), at: at("2026-11-05T06:00"))
    let dead = try deadProcessID()
    try
      "pid=\(dead)\nhost=\(RunLock.hostName())\nsince=2026-11-05T06:00:01+01:00\npurpose=jobs due\n"
      .write(toFile: RunLock.lockPath(forDatabase: database), atomically: false, encoding: .utf8)

    f.at("2026-11-05T06:05")
    let report = try f.runner().due()
    XCTAssertTrue(
      f.logged.contains {
        $0.hasPrefix("taking over a lock left by PID \(dead) (no longer running)")
      },
      "\(f.logged)")
    XCTAssertTrue(f.logged.contains("marked as failed, interrupted: run #\(id)"), "\(f.logged)")
    let closed = try XCTUnwrap(RunHistory(store: f.store).run(id: id))
    XCTAssertEqual(closed.status, .failed)
    XCTAssertEqual(
      closed.error,
      "interrupted during step 1 (ingest inbox): its process ended before the run did (lock left"
        + " by PID \(dead)); the next due check runs it again")
    XCTAssertEqual(closed.steps.map(\.status), [.failed])
    // The job was seen now for the first time: its fire at 06:00 is not after that.
    XCTAssertTrue(report.isEmpty)
  }

  /// The id of a process that has ended.
  private func deadProcessID() throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "exit 0"]
    try process.run()
    process.waitUntilExit()
    return process.processIdentifier
  }
}
