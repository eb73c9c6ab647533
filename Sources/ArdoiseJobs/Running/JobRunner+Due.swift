import ArdoiseCore

extension JobRunner {
  /// The due check (`ardoise jobs due`): under the lock, for every job, records when it was
  /// first seen (on first sight), plans its due runs from its history with ``DuePlanner``, then
  /// makes all the planned runs, oldest fire first, with their triggers (`schedule`,
  /// `catch-up`). A failed run does not stop the others.
  ///
  /// The moment of the check is the clock's, read once the lock is held.
  public func due() throws -> DueReport {
    try withRunLock(purpose: "jobs due") {
      let now = clock.now()
      var planned: [PlannedRun] = []
      var deferred: [String: [Period]] = [:]
      var newlySeen: [String] = []
      for job in jobs {
        let (since, recorded) = try recorder.firstSeen(job.scheduled, now: now)
        if recorded {
          newlySeen.append(job.name)
          log(
            "job \(job.name): scheduled from \(now) on (\(job.scheduled.schedule), "
              + "\(job.scheduled.periodRule.rawValue)); earlier periods run only by "
              + "jobs run --from --to")
        }
        let plan = DuePlanner(catchUpLimit: catchUpLimit).plan(
          job.scheduled, since: since, lastSucceeded: try runHistory.lastSucceeded(job: job.name),
          now: now)
        planned += plan.runs
        if !plan.deferred.isEmpty {
          deferred[job.name] = plan.deferred
          log(
            "job \(job.name): \(plan.deferred.count) more period"
              + (plan.deferred.count == 1 ? "" : "s")
              + " due beyond the catch-up limit of \(catchUpLimit), for the next check: "
              + plan.deferred.map(\.description).joined(separator: ", "))
        }
      }
      let ordered = planned.enumerated().sorted { a, b in
        let fa = a.element.firedAt ?? now
        let fb = b.element.firedAt ?? now
        return fa != fb ? fa < fb : a.offset < b.offset
      }.map(\.element)
      if ordered.isEmpty { log("nothing due at \(now)") }
      return DueReport(
        outcomes: try runAll(ordered), deferred: deferred, newlySeen: newlySeen)
    }
  }

  /// What the due check would do now, changing nothing and taking no lock (`--dry-run`): per
  /// job, its plan. A job never seen would be recorded now, and so has nothing due.
  public func planDue() throws -> [(job: ConfiguredJob, plan: DuePlan)] {
    let now = clock.now()
    return try jobs.map { job in
      let since = try runHistory.firstSeen(job.scheduled) ?? now
      let plan = DuePlanner(catchUpLimit: catchUpLimit).plan(
        job.scheduled, since: since, lastSucceeded: try runHistory.lastSucceeded(job: job.name),
        now: now)
      return (job, plan)
    }
  }
}
