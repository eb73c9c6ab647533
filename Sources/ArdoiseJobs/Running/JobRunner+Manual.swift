public import ArdoiseCore

extension JobRunner {
  /// The runs `jobs run NAME` asks for: a backfill of `from` through `to` (trigger `backfill`),
  /// or one manual run for `period`, by default the period the job's rule gives now.
  ///
  /// - Throws: ``JobsError`` for an unknown job or a period of the wrong length,
  ///   ``BackfillError`` for a range that cannot be run.
  public func plannedRuns(
    job name: String, period: Period? = nil, from: Period? = nil, to: Period? = nil
  )
    throws -> [PlannedRun]
  {
    let job = try job(named: name)
    if let from, let to {
      return try DuePlanner.backfill(job.scheduled, from: from, to: to)
    }
    let chosen = period ?? job.defaultPeriod(at: clock.now())
    guard chosen.length == job.scheduled.periodRule.length else {
      throw JobsError.wrongPeriodLength(
        job: job.name, rule: job.scheduled.periodRule, period: chosen)
    }
    return [PlannedRun(job: job.name, period: chosen, trigger: .manual)]
  }

  /// What `--dry-run` prints for planned runs: each run and its steps, changing nothing.
  public func describe(_ planned: [PlannedRun]) -> [String] {
    var lines: [String] = []
    for run in planned {
      lines.append("would run \(run)")
      let steps = jobs.first { $0.name == run.job }?.steps ?? []
      for (offset, step) in steps.enumerated() {
        lines.append("  step \(offset + 1) \(step.label)")
      }
    }
    return lines
  }
}
