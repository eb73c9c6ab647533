public import ArdoiseCore

/// A run that the planner says should happen now: a job, a period and why.
public struct PlannedRun: Hashable, Sendable, CustomStringConvertible {
  /// The job's name.
  public let job: String
  /// The period the run is for.
  public let period: Period
  /// Why it runs.
  public let trigger: RunTrigger
  /// The latest fire of the schedule for this period, for `schedule` and `catch-up` runs; nil
  /// for `manual` and `backfill` runs.
  public let firedAt: LocalDateTime?

  /// Creates a planned run.
  public init(job: String, period: Period, trigger: RunTrigger, firedAt: LocalDateTime? = nil) {
    self.job = job
    self.period = period
    self.trigger = trigger
    self.firedAt = firedAt
  }

  /// `cloture-mensuelle 2026-10 (schedule, fired 2026-11-05T06:00)`.
  public var description: String {
    let fired = firedAt.map { ", fired \($0)" } ?? ""
    return "\(job) \(period) (\(trigger.rawValue)\(fired))"
  }
}
