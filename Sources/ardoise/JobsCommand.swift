import ArdoiseCore
import ArdoiseJobs
import ArgumentParser
import Foundation

/// `ardoise jobs list|run|due|history|daemon`: scheduled jobs and their runs (jobs.md).
struct JobsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "jobs", abstract: "Scheduled jobs: list, run, due, history, daemon.",
    subcommands: [List.self, Run.self, Due.self, History.self, Daemon.self])

  /// `jobs list`.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the jobs: schedule, period rule, next fire, last run.")
    @Flag(help: "JSON, one object per line.") var json = false
    @OptionGroup var organisation: OrganisationOptions

    func run() throws {
      let runner = try JobsCommand.runner(organisation, clock: SystemClock())
      for job in try runner.listing() { JobsCommand.say(json ? JobsCommand.json(job) : job.text) }
    }
  }

  /// `jobs run NAME [--period P | --from P --to P] [--dry-run]`.
  struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Run a job now for a period, or backfill a range of periods.")
    @Argument(help: "The job's name.") var name: String
    @Option(help: "The period (YYYY-MM, YYYY-Qn, YYYY); default: the job's rule applied to now.")
    var period: String?
    @Option(help: "Backfill from this period…") var from: String?
    @Option(help: "…through this one.") var to: String?
    @Flag(help: "Print what would run; change nothing.") var dryRun = false
    @Option(help: "Seconds to wait for another run to release the store.")
    var lockWait: Double = JobRunner.defaultLockWait
    @OptionGroup var organisation: OrganisationOptions

    func validate() throws {
      if (from == nil) != (to == nil) { throw ValidationError("--from and --to go together") }
      if from != nil, period != nil { throw ValidationError("give --period or --from/--to") }
      for text in [period, from, to].compactMap({ $0 }) { _ = try JobsCommand.period(text) }
    }

    func run() throws {
      let runner = try JobsCommand.runner(organisation, clock: SystemClock(), lockWait: lockWait)
      let planned = try runner.plannedRuns(
        job: name, period: try period.map(JobsCommand.period),
        from: try from.map(JobsCommand.period),
        to: try to.map(JobsCommand.period))
      if dryRun {
        for line in runner.describe(planned) { JobsCommand.say(line) }
        return
      }
      let shutdown = ShutdownSignal()
      runner.shutdown = shutdown
      let purpose = "jobs run \(name) " + planned.map(\.period.description).joined(separator: " ")
      let outcomes = try runner.run(planned, purpose: purpose)
      if outcomes.contains(where: { $0.status != .succeeded }) { throw ExitCode.failure }
    }
  }

  /// `jobs due [--now DATETIME] [--dry-run]`.
  struct Due: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Run every job whose schedule fired since its last success (for cron).")
    @Option(help: "Decide as if it were this local time (YYYY-MM-DDTHH:MM).") var now: String?
    @Flag(help: "Print what would run; change nothing.") var dryRun = false
    @Option(help: "Seconds to wait for another run to release the store.")
    var lockWait: Double = JobRunner.defaultLockWait
    @OptionGroup var organisation: OrganisationOptions

    func validate() throws {
      if let now {
        do { _ = try LocalDateTime.parse(now) } catch { throw ValidationError("--now: \(error)") }
      }
    }

    func run() throws {
      let clock: any SchedulerClock =
        now.flatMap { LocalDateTime(iso: $0) }.map(ManualClock.init)
        ?? SystemClock()
      let runner = try JobsCommand.runner(organisation, clock: clock, lockWait: lockWait)
      if dryRun {
        for (job, plan) in try runner.planDue() {
          let runs = runner.describe(plan.runs)
          JobsCommand.say(runs.isEmpty ? "\(job.name): nothing due" : runs.joined(separator: "\n"))
        }
        return
      }
      runner.shutdown = ShutdownSignal()
      if !(try runner.due()).allSucceeded { throw ExitCode.failure }
    }
  }

  /// `jobs history [--json] [--job NAME] [--limit N]`.
  struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show the runs, newest first, with steps, inputs and outputs.")
    @Flag(help: "JSON, one object per line.") var json = false
    @Option(help: "Only this job's runs.") var job: String?
    @Option(help: "At most this many runs.") var limit: Int = 20
    @OptionGroup var organisation: OrganisationOptions

    func run() throws {
      let runner = try JobsCommand.runner(organisation, clock: SystemClock())
      let runs = try runner.history(job: job, limit: limit)
      if json {
        for run in runs { JobsCommand.say(run.jsonLine) }
        return
      }
      JobsCommand.say(runs.isEmpty ? "no run yet" : runs.map(\.text).joined(separator: "\n\n"))
    }
  }

  /// `jobs daemon`.
  struct Daemon: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Run the due check every minute in the foreground, until SIGTERM or SIGINT.")
    @Option(help: "Seconds to wait for another run to release the store.")
    var lockWait: Double = JobRunner.defaultLockWait
    @OptionGroup var organisation: OrganisationOptions

    func run() throws {
      let runner = try JobsCommand.runner(organisation, clock: SystemClock(), lockWait: lockWait)
      runner.runDaemon(until: ShutdownSignal())
    }
  }

  /// The runner of the organisation given on the command line, logging to standard output.
  static func runner(
    _ options: OrganisationOptions, clock: any SchedulerClock,
    lockWait: Double = JobRunner.defaultLockWait
  ) throws -> JobRunner {
    try JobRunner(
      organisation: options.open(), clock: clock,
      programVersion: Ardoise.configuration.version, lockWait: lockWait, log: say)
  }

  /// A period from the command line, or a usage error.
  static func period(_ text: String) throws -> Period {
    guard let period = Period(text) else {
      throw ValidationError(JobsError.notAPeriod(text).description)
    }
    return period
  }

  /// Writes a line to standard output at once (cron and systemd capture it).
  static func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
  }

  /// One line of sorted-key JSON.
  static func json(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: (try? encoder.encode(value)) ?? Data(), as: UTF8.self)
  }
}
