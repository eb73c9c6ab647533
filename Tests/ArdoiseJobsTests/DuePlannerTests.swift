import ArdoiseCore
import XCTest

@testable import ArdoiseJobs

final class DuePlannerTests: XCTestCase {
  /// The monthly closing job of jobs.md: 06:00 on the 5th, for the previous month.
  let closing = ScheduledJob(
    name: "cloture-mensuelle", schedule: cron("0 6 5 * *"), periodRule: .previousMonth)
  /// The quarterly DEETS job of jobs.md.
  let deets = ScheduledJob(
    name: "deets-trimestriel", schedule: cron("0 7 10 1,4,7,10 *"), periodRule: .previousQuarter)

  /// The planned runs as `period trigger` strings, for readable assertions.
  private func summary(_ plan: DuePlan) -> [String] {
    plan.runs.map { "\($0.period) \($0.trigger.rawValue)" }
  }

  func testFiresAcrossAMonthBoundaryForThePreviousMonth() {
    let planner = DuePlanner()
    let since = at("2026-10-20T09:00")  // the job was added on 20 October
    XCTAssertTrue(
      planner.plan(closing, since: since, lastSucceeded: [:], now: at("2026-11-05T05:59")).isEmpty)
    let plan = planner.plan(closing, since: since, lastSucceeded: [:], now: at("2026-11-05T06:00"))
    XCTAssertEqual(
      plan.runs,
      [
        PlannedRun(
          job: "cloture-mensuelle", period: period("2026-10"), trigger: .schedule,
          firedAt: at("2026-11-05T06:00"))
      ])
    XCTAssertEqual(plan.deferred, [])
    XCTAssertEqual(
      "\(plan.runs[0])", "cloture-mensuelle 2026-10 (schedule, fired 2026-11-05T06:00)")
    // Run, succeeded at 06:00: the next checks of the month have nothing to do.
    let done = [period("2026-10"): at("2026-11-05T06:00")]
    for now in ["2026-11-05T06:05", "2026-11-20T12:00", "2026-12-05T05:59"] {
      XCTAssertTrue(
        planner.plan(closing, since: since, lastSucceeded: done, now: at(now)).isEmpty, now)
    }
    XCTAssertEqual(
      summary(
        planner.plan(closing, since: since, lastSucceeded: done, now: at("2026-12-05T06:01"))),
      ["2026-11 schedule"])
  }

  func testThreeMissedMonthsAreCaughtUpOldestFirst() {
    // Added on 10 August, the server was down from September until 20 November.
    let plan = DuePlanner().plan(
      closing, since: at("2026-08-10T00:00"), lastSucceeded: [:], now: at("2026-11-20T10:00"))
    XCTAssertEqual(summary(plan), ["2026-08 catch-up", "2026-09 catch-up", "2026-10 schedule"])
    XCTAssertEqual(
      plan.runs.map(\.firedAt),
      [at("2026-09-05T06:00"), at("2026-10-05T06:00"), at("2026-11-05T06:00")])
  }

  func testASucceededPeriodIsNotPlannedAgainAndAFailedOneIs() {
    let since = at("2026-08-10T00:00")
    // 2026-08 succeeded on time, 2026-09 succeeded late; 2026-10 ran at 06:00 and failed, so it
    // has no success: the 06:05 check plans it again.
    let history = [
      period("2026-08"): at("2026-09-05T06:00"),
      period("2026-09"): at("2026-10-07T14:30"),
    ]
    let plan = DuePlanner().plan(
      closing, since: since, lastSucceeded: history, now: at("2026-11-05T06:05"))
    XCTAssertEqual(summary(plan), ["2026-10 schedule"])
    // A failed catch-up is retried too, oldest first.
    let failedSeptember = [period("2026-08"): at("2026-09-05T06:00")]
    XCTAssertEqual(
      summary(
        DuePlanner().plan(
          closing, since: since, lastSucceeded: failedSeptember, now: at("2026-11-05T06:05"))),
      ["2026-09 catch-up", "2026-10 schedule"])
  }

  func testASuccessBeforeTheFireDoesNotCount() {
    // A manual run of October on 20 October, with half the month's data, does not replace the
    // closing run on 5 November.
    let early = [period("2026-10"): at("2026-10-20T14:00")]
    let plan = DuePlanner().plan(
      closing, since: at("2026-10-06T00:00"), lastSucceeded: early, now: at("2026-11-05T06:00"))
    XCTAssertEqual(summary(plan), ["2026-10 schedule"])
    // A manual run after the fire does.
    let late = [period("2026-10"): at("2026-11-05T06:00")]
    XCTAssertTrue(
      DuePlanner().plan(
        closing, since: at("2026-10-06T00:00"), lastSucceeded: late, now: at("2026-11-05T06:10")
      ).isEmpty)
  }

  func testTwoFiresForOnePeriodMakeOneRun() {
    let twice = ScheduledJob(
      name: "cloture", schedule: cron("0 6 5,6 * *"), periodRule: .previousMonth)
    let plan = DuePlanner().plan(
      twice, since: at("2026-10-01T00:00"), lastSucceeded: [:], now: at("2026-11-07T00:00"))
    XCTAssertEqual(summary(plan), ["2026-09 catch-up", "2026-10 schedule"])
    XCTAssertEqual(plan.runs.map(\.firedAt), [at("2026-10-06T06:00"), at("2026-11-06T06:00")])
    // The second fire comes after the success of the first: the period runs again, as asked.
    let after5th = [
      period("2026-09"): at("2026-10-06T06:00"), period("2026-10"): at("2026-11-05T06:00"),
    ]
    XCTAssertEqual(
      summary(
        DuePlanner().plan(
          twice, since: at("2026-10-01T00:00"), lastSucceeded: after5th, now: at("2026-11-07T00:00")
        )),
      ["2026-10 schedule"])
  }

  func testACurrentMonthJobRunsAtEveryFire() {
    let hourly = ScheduledJob(
      name: "tableau-de-bord", schedule: cron("0 * * * *"), periodRule: .currentMonth)
    let since = at("2026-11-01T00:00")
    let done = [period("2026-11"): at("2026-11-05T06:00")]
    XCTAssertTrue(
      DuePlanner().plan(hourly, since: since, lastSucceeded: done, now: at("2026-11-05T06:59"))
        .isEmpty)
    let plan = DuePlanner().plan(
      hourly, since: since, lastSucceeded: done, now: at("2026-11-05T07:00"))
    XCTAssertEqual(summary(plan), ["2026-11 schedule"])
    XCTAssertEqual(plan.runs[0].firedAt, at("2026-11-05T07:00"))
  }

  func testCatchUpLimitTakesTheOldestAndTheNextCheckContinues() {
    // Added on 10 December 2025, never run until 20 November 2026: eleven months are due.
    let since = at("2025-12-10T00:00")
    let clock = ManualClock(at("2026-11-20T10:00"))
    let planner = DuePlanner(catchUpLimit: 3)
    var history: [Period: LocalDateTime] = [:]
    var calls: [[String]] = []
    while true {
      let plan = planner.plan(closing, since: since, lastSucceeded: history, now: clock.now())
      if plan.isEmpty { break }
      XCTAssertLessThanOrEqual(plan.runs.count, 3)
      calls.append(summary(plan))
      if calls.count == 1 {
        XCTAssertEqual(plan.deferred.first, period("2026-03"))
        XCTAssertEqual(plan.deferred.last, period("2026-10"))
        XCTAssertEqual(plan.deferred.count, 8)
      }
      for run in plan.runs { history[run.period] = clock.now() }  // every run succeeds
      clock.advance(minutes: 5)
    }
    XCTAssertEqual(
      calls,
      [
        ["2025-12 catch-up", "2026-01 catch-up", "2026-02 catch-up"],
        ["2026-03 catch-up", "2026-04 catch-up", "2026-05 catch-up"],
        ["2026-06 catch-up", "2026-07 catch-up", "2026-08 catch-up"],
        ["2026-09 catch-up", "2026-10 schedule"],
      ])
  }

  func testQuarterlyJob() {
    let plan = DuePlanner().plan(
      deets, since: at("2026-01-01T00:00"),
      lastSucceeded: [period("2025-Q4"): at("2026-01-10T07:02")],
      now: at("2026-10-10T07:00"))
    XCTAssertEqual(summary(plan), ["2026-Q1 catch-up", "2026-Q2 catch-up", "2026-Q3 schedule"])
  }

  func testNothingBeforeOrAtTheStartOfScheduling() {
    // A fire exactly at `since` was already considered by whoever set it.
    XCTAssertTrue(
      DuePlanner().plan(
        closing, since: at("2026-11-05T06:00"), lastSucceeded: [:], now: at("2026-11-20T00:00")
      ).isEmpty)
    XCTAssertTrue(
      DuePlanner().plan(
        closing, since: at("2026-12-01T00:00"), lastSucceeded: [:], now: at("2026-11-20T00:00")
      ).isEmpty)
  }

  func testADenseScheduleIsPlannedOneStepPerPeriod() {
    // Every minute for ten years: still one entry per month, and quick.
    let dense = ScheduledJob(name: "dense", schedule: cron("* * * * *"), periodRule: .previousMonth)
    let plan = DuePlanner(catchUpLimit: 500).plan(
      dense, since: at("2016-11-20T10:00"), lastSucceeded: [:], now: at("2026-11-20T10:00"))
    XCTAssertEqual(plan.runs.count, 121)
    XCTAssertEqual(plan.runs.first?.period, period("2016-10"))
    XCTAssertEqual(plan.runs.last?.period, period("2026-10"))
    XCTAssertEqual(plan.runs.last?.firedAt, at("2026-11-20T10:00"))
    XCTAssertEqual(plan.runs.first?.firedAt, at("2016-11-30T23:59"))
  }

  // MARK: - Backfill

  func testBackfillRanges() throws {
    XCTAssertEqual(
      try DuePlanner.periods(from: period("2026-01"), to: period("2026-03")),
      [period("2026-01"), period("2026-02"), period("2026-03")])
    XCTAssertEqual(
      try DuePlanner.periods(from: period("2025-11"), to: period("2026-02")).map(\.description),
      ["2025-11", "2025-12", "2026-01", "2026-02"])
    XCTAssertEqual(
      try DuePlanner.periods(from: period("2025-Q4"), to: period("2026-Q2")).map(\.description),
      ["2025-Q4", "2026-Q1", "2026-Q2"])
    XCTAssertEqual(
      try DuePlanner.periods(from: period("2024"), to: period("2026")).map(\.description),
      ["2024", "2025", "2026"])
    XCTAssertEqual(
      try DuePlanner.periods(from: period("2026-10"), to: period("2026-10")), [period("2026-10")])
  }

  func testBackfillErrors() {
    XCTAssertThrowsError(try DuePlanner.periods(from: period("2026-01"), to: period("2026-Q2"))) {
      XCTAssertEqual(
        "\($0)",
        "from 2026-01 to 2026-Q2: both ends must be the same kind of period "
          + "(here a month and a quarter)")
    }
    XCTAssertThrowsError(try DuePlanner.periods(from: period("2026-10"), to: period("2026-03"))) {
      XCTAssertEqual("\($0)", "from 2026-10 to 2026-03: the start is after the end")
    }
    XCTAssertThrowsError(
      try DuePlanner.backfill(deets, from: period("2026-01"), to: period("2026-03"))
    ) {
      XCTAssertEqual(
        "\($0)",
        "job deets-trimestriel runs for quarters (previous_quarter), but 2026-01 is a month")
    }
  }

  func testBackfillRunsAreTriggeredByBackfill() throws {
    let runs = try DuePlanner.backfill(deets, from: period("2025-Q3"), to: period("2026-Q1"))
    XCTAssertEqual(
      runs,
      ["2025-Q3", "2025-Q4", "2026-Q1"].map {
        PlannedRun(job: "deets-trimestriel", period: period($0), trigger: .backfill)
      })
    XCTAssertEqual("\(runs[0])", "deets-trimestriel 2025-Q3 (backfill)")
    XCTAssertEqual(RunTrigger.catchUp.rawValue, "catch-up")
    XCTAssertEqual(
      RunTrigger.allCases.map(\.rawValue), ["schedule", "manual", "backfill", "catch-up"])
  }
}
