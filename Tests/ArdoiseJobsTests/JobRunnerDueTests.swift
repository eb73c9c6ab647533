import ArdoiseCore
import XCTest

@testable import ArdoiseJobs

final class JobRunnerDueTests: XCTestCase {
  /// The steps of one run of the closing job for `period`, as the fake records them.
  private func closingCalls(_ period: String) -> [String] {
    [
      "ingest inbox \(period)", "compute \(period)",
      "report rapport-mensuel,balance-agee \(period)",
    ]
  }

  func testAScheduleFiringAcrossAMonthBoundaryRunsThePreviousMonth() throws {
    let job = JobDefinition(
      name: "fin-de-mois", schedule: "0 0 1 * *", period: "previous_month", steps: [.compute])
    let f = try JobsFixture(jobs: [job], now: "2026-10-31T23:50")
    let runner = f.runner()
    let first = try runner.due()  // first sight: recorded, nothing due
    XCTAssertTrue(first.isEmpty)
    XCTAssertEqual(first.newlySeen, ["fin-de-mois"])
    f.at("2026-11-01T00:05")
    let report = try runner.due()
    XCTAssertEqual(
      report.outcomes.map(\.planned),
      [
        PlannedRun(
          job: "fin-de-mois", period: period("2026-10"), trigger: .schedule,
          firedAt: at("2026-11-01T00:00"))
      ])
    XCTAssertTrue(report.allSucceeded)
    XCTAssertEqual(f.steps.calls, ["compute 2026-10"])
    let run = try XCTUnwrap(RunHistory(store: f.store).latest(job: "fin-de-mois"))
    XCTAssertEqual(run.startedAt, at("2026-11-01T00:05"))  // the clock's time
    XCTAssertEqual(run.firedAt, at("2026-11-01T00:00"))
  }

  func testThreeMissedMonthsAreCaughtUpInOrder() throws {
    let f = try JobsFixture(now: "2026-08-10T09:00")
    let runner = f.runner()
    _ = try runner.due()
    f.at("2026-11-20T10:00")  // the server was down from September until now
    let report = try runner.due()
    XCTAssertEqual(
      report.outcomes.map { "\($0.planned.period) \($0.planned.trigger.rawValue)" },
      ["2026-08 catch-up", "2026-09 catch-up", "2026-10 schedule"])
    XCTAssertEqual(report.outcomes.map(\.status), [.succeeded, .succeeded, .succeeded])
    XCTAssertEqual(
      f.steps.calls, closingCalls("2026-08") + closingCalls("2026-09") + closingCalls("2026-10"))
    XCTAssertEqual(
      try f.runSummary(),
      ["2026-08 catch-up succeeded", "2026-09 catch-up succeeded", "2026-10 schedule succeeded"])
  }

  func testAJobAlreadyRunIsNotRunAgain() throws {
    let f = try JobsFixture(now: "2026-10-20T09:00")
    let runner = f.runner()
    _ = try runner.due()
    f.at("2026-11-05T06:00")
    XCTAssertEqual(try runner.due().outcomes.count, 1)
    let before = try f.dump()
    for now in ["2026-11-05T06:00", "2026-11-05T06:05", "2026-11-30T23:59", "2026-12-05T05:59"] {
      f.at(now)
      XCTAssertTrue(try runner.due().isEmpty, now)
    }
    XCTAssertEqual(f.steps.calls, closingCalls("2026-10"))
    XCTAssertEqual(try f.dump(), before)
    XCTAssertTrue(f.logged.contains("nothing due at 2026-12-05T05:59"), "\(f.logged)")
  }

  func testAFailedRunIsRetriedByTheNextDueCheck() throws {
    let f = try JobsFixture(now: "2026-10-20T09:00")
    let runner = f.runner()
    _ = try runner.due()
    f.steps.failOnce = ["compute 2026-10"]
    f.at("2026-11-05T06:00")
    let failed = try runner.due()
    XCTAssertEqual(failed.outcomes.map(\.status), [.failed])
    XCTAssertFalse(failed.allSucceeded)
    XCTAssertEqual(
      failed.outcomes[0].error, "step 2 (compute) failed: compute 2026-10 went wrong")
    // The report step was not carried out.
    XCTAssertEqual(f.steps.calls, ["ingest inbox 2026-10", "compute 2026-10"])

    f.at("2026-11-05T06:05")
    let retried = try runner.due()
    XCTAssertEqual(
      retried.outcomes.map { "\($0.planned.period) \($0.planned.trigger.rawValue) \($0.status)" },
      ["2026-10 schedule succeeded"])
    f.at("2026-11-05T06:10")
    XCTAssertTrue(try runner.due().isEmpty)
    XCTAssertEqual(
      try f.runSummary(), ["2026-10 schedule failed", "2026-10 schedule succeeded"])
  }

  func testAFailedRunDoesNotStopTheOthers() throws {
    let f = try JobsFixture(now: "2026-08-10T09:00")
    let runner = f.runner()
    _ = try runner.due()
    f.steps.failOnce = ["ingest inbox 2026-08"]
    f.at("2026-10-06T00:00")
    let report = try runner.due()
    XCTAssertEqual(report.outcomes.map(\.status), [.failed, .succeeded])
    XCTAssertEqual(f.steps.calls, ["ingest inbox 2026-08"] + closingCalls("2026-09"))
    // The next check retries the failed month only.
    f.at("2026-10-06T00:05")
    XCTAssertEqual(
      try runner.due().outcomes.map { "\($0.planned.period) \($0.status)" },
      ["2026-08 succeeded"])
  }

  func testPeriodsBeyondTheCatchUpLimitAreLeftForTheNextCheck() throws {
    let f = try JobsFixture(now: "2026-01-10T09:00")
    let runner = f.runner(catchUpLimit: 2)
    _ = try runner.due()
    f.at("2026-05-10T09:00")
    let first = try runner.due()
    XCTAssertEqual(first.outcomes.map(\.planned.period), [period("2026-01"), period("2026-02")])
    XCTAssertEqual(first.deferred, ["cloture-mensuelle": [period("2026-03"), period("2026-04")]])
    let second = try runner.due()
    XCTAssertEqual(second.outcomes.map(\.planned.period), [period("2026-03"), period("2026-04")])
    XCTAssertEqual(second.outcomes.map(\.planned.trigger), [.catchUp, .schedule])
    XCTAssertTrue(try runner.due().isEmpty)
  }

  func testFirstSightIsRecordedOnceAndAScheduleChangeStartsAfresh() throws {
    let f = try JobsFixture(now: "2026-10-20T09:00")
    _ = try f.runner().due()
    let recorded = try RunHistory(store: f.store).firstSeen(f.jobs[0].scheduled)
    XCTAssertEqual(recorded, at("2026-10-20T09:00"))
    f.at("2026-10-21T09:00")
    XCTAssertEqual(try f.runner().due().newlySeen, [])
    XCTAssertEqual(try RunHistory(store: f.store).firstSeen(f.jobs[0].scheduled), recorded)

    // The same job, now on the 10th: seen afresh, its past fires do not count.
    var moved = JobsFixture.closing
    moved.schedule = "0 6 10 * *"
    let changed = try ConfiguredJob(moved, key: "jobs[0]", file: "test")
    let runner = JobRunner(
      store: f.store, jobs: [changed], executor: f.steps, clock: f.clock, programVersion: "t")
    f.at("2026-12-01T00:00")
    let report = try runner.due()
    XCTAssertEqual(report.newlySeen, ["cloture-mensuelle"])
    XCTAssertTrue(report.isEmpty)
    XCTAssertEqual(
      try RunHistory(store: f.store).firstSeen(changed.scheduled), at("2026-12-01T00:00"))
  }

  func testADryRunOfTheDueCheckChangesNothing() throws {
    let f = try JobsFixture(now: "2026-08-10T09:00")
    _ = try f.runner().due()
    f.at("2026-11-20T10:00")
    let before = try f.dump()
    let plans = try f.runner().planDue()
    XCTAssertEqual(plans.map(\.plan.runs.count), [3])
    XCTAssertEqual(
      f.runner().describe(plans[0].plan.runs).prefix(5),
      [
        "would run cloture-mensuelle 2026-08 (catch-up, fired 2026-09-05T06:00)",
        "  step 1 ingest inbox", "  step 2 compute",
        "  step 3 report rapport-mensuel,balance-agee",
        "would run cloture-mensuelle 2026-09 (catch-up, fired 2026-10-05T06:00)",
      ])
    XCTAssertEqual(try f.dump(), before)
    XCTAssertEqual(f.steps.calls, [])
  }
}
