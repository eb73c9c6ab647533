/// What the scheduler needs of a configured job: its name, when it fires and which period a
/// fire is for. The steps stay with the job's configuration; the runner carries them out.
public struct ScheduledJob: Hashable, Sendable {
  /// The job's name, as in the configuration (`cloture-mensuelle`).
  public let name: String
  /// When the job fires.
  public let schedule: CronSchedule
  /// Which period a fire is for.
  public let periodRule: PeriodRule

  /// Creates the scheduling part of a job.
  public init(name: String, schedule: CronSchedule, periodRule: PeriodRule) {
    self.name = name
    self.schedule = schedule
    self.periodRule = periodRule
  }
}
