public import ArdoiseCore

/// A job of the configuration, checked: its schedule parsed, its period rule known, its steps.
public struct ConfiguredJob: Equatable, Sendable {
  /// The job as written.
  public let definition: JobDefinition
  /// What the scheduler needs of it.
  public let scheduled: ScheduledJob

  /// The job's name.
  public var name: String { definition.name }
  /// Its steps, in order.
  public var steps: [JobDefinition.Step] { definition.steps }

  /// Checks a job definition; errors name the configuration file and the job's key
  /// (`jobs[0].schedule`).
  public init(_ definition: JobDefinition, key: String, file: String) throws(ConfigurationError) {
    let schedule: CronSchedule
    do { schedule = try CronSchedule(definition.schedule) } catch {
      throw ConfigurationError(
        file: file, key: key + ".schedule",
        expected: "a five-field cron schedule such as \"0 6 5 * *\" (\(error))")
    }
    let rule: PeriodRule
    do { rule = try PeriodRule(parsing: definition.period) } catch {
      throw ConfigurationError(file: file, key: key + ".period", expected: error.description)
    }
    if definition.steps.isEmpty {
      throw ConfigurationError(
        file: file, key: key + ".steps", expected: "at least one step: ingest, compute, report")
    }
    self.definition = definition
    self.scheduled = ScheduledJob(name: definition.name, schedule: schedule, periodRule: rule)
  }

  /// The jobs of a configuration, checked, in order.
  public static func all(in configuration: Configuration) throws(ConfigurationError)
    -> [ConfiguredJob]
  {
    let file = configuration.file ?? "(no configuration file)"
    var jobs: [ConfiguredJob] = []
    for (i, definition) in configuration.jobs.enumerated() {
      jobs.append(try ConfiguredJob(definition, key: "jobs[\(i)]", file: file))
    }
    return jobs
  }

  /// The period a manual run made at `now` is for: the job's rule applied to `now`.
  public func defaultPeriod(at now: LocalDateTime) -> Period {
    scheduled.periodRule.period(forFireAt: now)
  }
}
