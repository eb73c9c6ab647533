import GRDB

/// A row of `job_schedule`: since when the due check sees a job, with which schedule and rule.
struct JobScheduleRow: Equatable, Sendable {
  /// The job's name.
  var job: String
  /// When the due check first saw it with this schedule and rule.
  var firstSeen: LocalDateTime
  /// The schedule as written then.
  var schedule: String
  /// The period rule then.
  var periodRule: String

  /// The row of `job`, or nil.
  static func fetch(_ db: Database, job: String) throws -> JobScheduleRow? {
    guard
      let row = try Row.fetchOne(
        db, sql: "SELECT * FROM job_schedule WHERE job = ?", arguments: [job]),
      let seen = LocalDateTime(iso: row["first_seen"] as String)
    else { return nil }
    return JobScheduleRow(
      job: job, firstSeen: seen, schedule: row["schedule"], periodRule: row["period_rule"])
  }

  /// Whether the row was written for the job as it is now.
  func matches(_ job: ScheduledJob) -> Bool {
    schedule == job.schedule.text && periodRule == job.periodRule.rawValue
  }
}
