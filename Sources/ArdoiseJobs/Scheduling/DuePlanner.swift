public import ArdoiseCore

/// Decides which runs of a job are due: the pure core of `ardoise jobs due`, with no clock, no
/// store and no side effect.
///
/// The rules, in the order they apply:
///
/// 1. Every fire of the schedule strictly after `since` and at or before `now` calls for a run
///    for the period its rule gives (`previous_month` fired on 2026-11-05 → 2026-10).
/// 2. Fires for the same period make one run (de-duplication by period); the latest of them is
///    the one that counts.
/// 3. A period is due unless a run for it succeeded at or after that latest fire. A failed run
///    is not a success, so its period stays due and is retried by the next check. A success
///    *before* the fire does not count: a manual run of 2026-10 on 20 October, with half the
///    month's data, does not stop the closing run on 5 November; and a `current_month` job that
///    fires every hour runs every hour.
/// 4. Due periods run oldest first, at most `catchUpLimit` of them per check; the rest are
///    returned as `deferred` and the next check continues with them. Oldest first because an
///    operator reads reports in order and a period's report may compare with the one before;
///    bounded so that a server back after a long outage does not hold the store for hours in
///    one go.
/// 5. The run for the period of the latest fire is triggered by `schedule`; the earlier ones
///    are `catch-up`.
///
/// What the caller passes:
///
/// - `since`: when the job started to be scheduled, that is the moment the due check first saw
///   it (kept in the store). Not the time of the last check: a period whose run failed must stay
///   in view to be retried. Fires at or before it never count, so a new job does not run for
///   the past; use a backfill for that.
/// - `lastSucceeded`: for each period, the start of the job's latest succeeded run for it, any
///   trigger, read from the same clock as `now` (with `jobs due --now`, the replayed time).
public struct DuePlanner: Sendable {
  /// The most runs one check plans for one job, at least 1.
  public let catchUpLimit: Int

  /// Creates a planner that plans at most `catchUpLimit` runs (at least 1) per job and check.
  public init(catchUpLimit: Int = 12) {
    precondition(catchUpLimit >= 1, "the catch-up limit must be at least 1")
    self.catchUpLimit = catchUpLimit
  }

  /// The runs of `job` due at `now`.
  ///
  /// - Parameters:
  ///   - job: the job's schedule and period rule.
  ///   - since: fires strictly after this minute count (the moment the job was first scheduled).
  ///   - lastSucceeded: the start of the latest succeeded run for each period.
  ///   - now: the moment of the check.
  public func plan(
    _ job: ScheduledJob, since: LocalDateTime, lastSucceeded: [Period: LocalDateTime],
    now: LocalDateTime
  ) -> DuePlan {
    // One entry per period with a fire in (since, now], with the period's latest fire. Periods
    // only grow with the fire time, so after a period is found the search jumps to the end of
    // its window: one step per period, however often the schedule fires.
    var fired: [(period: Period, latest: LocalDateTime)] = []
    var cursor = since
    while let fire = job.schedule.nextFire(after: cursor), fire <= now {
      let period = job.periodRule.period(forFireAt: fire)
      let bound = min(job.periodRule.fireWindow(for: period)!.upperBound, now)
      let latest = job.schedule.previousFire(before: bound.adding(minutes: 1)) ?? fire
      fired.append((period, latest))
      cursor = bound
    }
    let due = fired.filter { entry in
      guard let success = lastSucceeded[entry.period] else { return true }
      return success < entry.latest
    }
    let latestPeriod = fired.last?.period
    let runs = due.prefix(catchUpLimit).map { entry in
      PlannedRun(
        job: job.name, period: entry.period,
        trigger: entry.period == latestPeriod ? .schedule : .catchUp, firedAt: entry.latest)
    }
    return DuePlan(runs: runs, deferred: due.dropFirst(catchUpLimit).map(\.period))
  }

  /// The periods from `from` through `to`, in order, for `--from P --to P`.
  ///
  /// Throws when the two are not the same kind of period or `from` is after `to`.
  public static func periods(from: Period, to: Period) throws(BackfillError) -> [Period] {
    guard from.length == to.length else {
      throw BackfillError(
        message: "from \(from) to \(to): both ends must be the same kind of period "
          + "(here a \(from.length.rawValue) and a \(to.length.rawValue))")
    }
    guard from <= to else {
      throw BackfillError(message: "from \(from) to \(to): the start is after the end")
    }
    let count = from.firstMonth.months(to: to.firstMonth) / from.monthCount + 1
    return (0..<count).map { from.shifted(by: $0) }
  }

  /// The backfill runs of `job` from `from` through `to`, oldest first, with the trigger
  /// `backfill`.
  ///
  /// Throws as `periods(from:to:)` does, and when the periods are not of the length the job's
  /// rule gives (months for `previous_month`).
  public static func backfill(_ job: ScheduledJob, from: Period, to: Period)
    throws(BackfillError) -> [PlannedRun]
  {
    let periods = try periods(from: from, to: to)
    guard from.length == job.periodRule.length else {
      throw BackfillError(
        message: "job \(job.name) runs for \(job.periodRule.length.rawValue)s "
          + "(\(job.periodRule.rawValue)), but \(from) is a \(from.length.rawValue)")
    }
    return periods.map { PlannedRun(job: job.name, period: $0, trigger: .backfill) }
  }
}

/// A backfill range that cannot be run.
public struct BackfillError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What is wrong with the range.
  public let message: String
  /// What is wrong with the range.
  public var description: String { message }
}
