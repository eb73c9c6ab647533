import ArdoiseCore

/// One line of `ardoise jobs list`: a job, when it fires next and how its last run went.
public struct JobListing: Equatable, Sendable, Encodable {
  /// The job's name.
  public var name: String
  /// Its schedule as written.
  public var schedule: String
  /// Its period rule (`previous_month`…).
  public var periodRule: String
  /// Its steps, as labels (`ingest inbox`, `compute`, `report rapport-mensuel`).
  public var steps: [String]
  /// The next fire after now, nil when the schedule never fires again.
  public var nextFire: LocalDateTime?
  /// The period that fire is for.
  public var nextPeriod: String?
  /// The latest run: id, period, trigger, status, start.
  public var lastRun: LastRun?

  /// The summary of a job's latest run.
  public struct LastRun: Equatable, Sendable, Encodable {
    /// The run's id.
    public var id: Int64
    /// The period it ran for.
    public var period: String
    /// Why it ran.
    public var trigger: RunTrigger
    /// How it ended (or `running`).
    public var status: RunStatus
    /// When it started.
    public var startedAt: LocalDateTime

    /// The JSON keys.
    enum CodingKeys: String, CodingKey {
      case id, period, trigger, status
      case startedAt = "started_at"
    }
  }

  /// The JSON keys.
  enum CodingKeys: String, CodingKey {
    case name, schedule
    case periodRule = "period_rule"
    case steps
    case nextFire = "next_fire"
    case nextPeriod = "next_period"
    case lastRun = "last_run"
  }

  /// `cloture-mensuelle  0 6 5 * *  previous_month  next 2026-12-05T06:00 (2026-11)  last run
  /// #12 2026-10 schedule succeeded 2026-11-05T06:00`.
  public var text: String {
    let next = nextFire.map { "next \($0) (\(nextPeriod ?? "?"))" } ?? "never fires again"
    let last =
      lastRun.map { run in
        "last run #\(run.id) \(run.period) \(run.trigger.rawValue) \(run.status.rawValue) "
          + "\(run.startedAt)"
      } ?? "never run"
    return "\(name)  \"\(schedule)\"  \(periodRule)  \(next)  \(last)\n  steps: "
      + steps.joined(separator: ", ")
  }
}

extension JobRunner {
  /// Every configured job with its next fire after the clock's now and its latest run.
  public func listing() throws -> [JobListing] {
    let now = clock.now()
    return try jobs.map { job in
      let next = job.scheduled.schedule.nextFire(after: now)
      let last = try runHistory.latest(job: job.name).map { run in
        JobListing.LastRun(
          id: run.id, period: run.period.description, trigger: run.trigger, status: run.status,
          startedAt: run.startedAt)
      }
      return JobListing(
        name: job.name, schedule: job.scheduled.schedule.text,
        periodRule: job.scheduled.periodRule.rawValue, steps: job.steps.map(\.label),
        nextFire: next,
        nextPeriod: next.map { job.scheduled.periodRule.period(forFireAt: $0).description },
        lastRun: last)
    }
  }
}
