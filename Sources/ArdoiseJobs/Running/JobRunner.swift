import ArdoiseCore
public import ArdoiseStore
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs jobs: takes the store's run lock, records each run in the history, carries out its
/// steps in order through a ``StepExecutor`` and records how each one ended.
///
/// - **One at a time.** Every operation that runs (``run(_:purpose:)``, ``due()``) holds the
///   ``RunLock`` of the store for its whole length, planning included, so that two due checks
///   never plan the same run. A second process waits up to ``lockWait`` seconds, then fails with
///   ``RunLockError/busy`` naming the holder. Taking the lock marks every run still `running`
///   as failed: its process ended without finishing it.
/// - **Recorded as it goes.** A run is recorded `running` before its first step, each step
///   before it starts and when it ends, and the run when it ends, each in its own transaction:
///   the record of a failed run is committed, and a killed one is found and closed by the next.
/// - **A failed step stops its run**; the remaining steps are recorded `skipped`. A failed run
///   does not stop the next planned runs.
/// - **Stops between steps.** When ``shutdown`` is requested, the run at work stops after its
///   current step (recorded failed, retried by the next due check) and the planned runs not
///   begun are recorded `skipped`.
/// - **Times** come from ``clock``: the run's start is the clock's minute (the replayed time
///   under `jobs due --now`), durations are measured.
public final class JobRunner {
  /// The store whose history is written and whose lock is taken.
  public let store: Store
  /// The configured jobs.
  public let jobs: [ConfiguredJob]
  /// What carries out the steps.
  public let executor: any StepExecutor
  /// The scheduler's clock.
  public let clock: any SchedulerClock
  /// The program's version, recorded on every run.
  public let programVersion: String
  /// The most runs one due check makes per job.
  public var catchUpLimit: Int
  /// How long to wait for the store's lock, in seconds, before giving up.
  public var lockWait: Double
  /// How often to retry the lock while waiting, in seconds.
  public var lockPoll: Double = 0.1
  /// Where progress lines go (one line per call, no trailing newline).
  public var log: (String) -> Void
  /// A stop request checked between steps and between runs, when given.
  public var shutdown: ShutdownSignal?

  /// The history writer.
  let recorder: RunRecorder
  /// The history reader.
  let runHistory: RunHistory

  /// The default wait for the store's lock: 30 seconds.
  public static let defaultLockWait: Double = 30

  /// Creates a runner.
  public init(
    store: Store, jobs: [ConfiguredJob], executor: any StepExecutor, clock: any SchedulerClock,
    programVersion: String, catchUpLimit: Int = 12, lockWait: Double = JobRunner.defaultLockWait,
    log: @escaping (String) -> Void = { _ in }
  ) {
    self.store = store
    self.jobs = jobs
    self.executor = executor
    self.clock = clock
    self.programVersion = programVersion
    self.catchUpLimit = max(1, catchUpLimit)
    self.lockWait = lockWait
    self.log = log
    self.recorder = RunRecorder(store: store)
    self.runHistory = RunHistory(store: store)
  }

  /// Creates the runner of an organisation: its jobs (checked), its store, its catch-up limit,
  /// and its steps as this build carries them out unless `executor` is given.
  public convenience init(
    organisation: Organisation, executor: (any StepExecutor)? = nil, clock: any SchedulerClock,
    programVersion: String, lockWait: Double = JobRunner.defaultLockWait,
    log: @escaping (String) -> Void = { _ in }
  ) throws {
    self.init(
      store: organisation.store, jobs: try ConfiguredJob.all(in: organisation.configuration),
      executor: executor ?? organisation.stepExecutor(), clock: clock,
      programVersion: programVersion, catchUpLimit: organisation.configuration.catchUpLimit,
      lockWait: lockWait, log: log)
  }

  /// The job named `name`, or an error listing the configured jobs.
  public func job(named name: String) throws(JobsError) -> ConfiguredJob {
    guard let job = jobs.first(where: { $0.name == name }) else {
      throw .unknownJob(name: name, known: jobs.map(\.name))
    }
    return job
  }

  /// Makes `planned` runs in order under the store's lock; a failed run does not stop the
  /// next ones.
  ///
  /// - Parameter purpose: what the lock file says the holder is doing.
  /// - Throws: ``RunLockError`` when the lock cannot be taken (nothing is recorded then), an
  ///   error of the store when the history cannot be written.
  public func run(_ planned: [PlannedRun], purpose: String) throws -> [RunOutcome] {
    try withRunLock(purpose: purpose) { try runAll(planned) }
  }

  /// Runs `body` holding the store's run lock (in-memory stores have none), after closing the
  /// runs that a killed process left `running`.
  func withRunLock<T>(purpose: String, _ body: () throws -> T) throws -> T {
    guard let path = store.path else { return try body() }
    let lock = RunLock(databasePath: path, purpose: purpose)
    var takeover: LockTakeover?
    do {
      takeover = try lock.acquire(waitingUpTo: 0)
    } catch {
      guard case .busy(_, let holder, _) = error, lockWait > 0 else { throw error }
      let who = holder.map { "\($0)" } ?? "another process"
      log("the store is locked by \(who); waiting up to \(JobRunner.seconds(lockWait))")
      takeover = try lock.acquire(waitingUpTo: lockWait, pollEvery: lockPoll)
    }
    defer { lock.release() }
    if let takeover { log(takeover.description) }
    let reason =
      "its process ended before the run did"
      + (takeover.map { " (lock left by PID \($0.previous.pid))" } ?? "")
      + "; the next due check runs it again"
    let closed = try recorder.markInterrupted(reason: reason, at: clock.now())
    if !closed.isEmpty {
      log("marked as failed, interrupted: " + closed.map { "run #\($0)" }.joined(separator: ", "))
    }
    return try body()
  }

  /// Makes runs in order, holding the lock; those not begun when a stop is requested are
  /// recorded `skipped`.
  func runAll(_ planned: [PlannedRun]) throws -> [RunOutcome] {
    var outcomes: [RunOutcome] = []
    for run in planned {
      if let signal = shutdown?.receivedSignal {
        let reason = "not started: stop requested (\(JobRunner.signalName(signal)))"
        let id = try recorder.skip(
          run, at: clock.now(), reason: reason, programVersion: programVersion)
        log("run #\(id) \(run): skipped, \(reason)")
        outcomes.append(
          RunOutcome(runID: id, planned: run, status: .skipped, error: reason, durationMs: 0))
        continue
      }
      outcomes.append(try execute(run))
    }
    return outcomes
  }

  /// `30 s`, `0.5 s`.
  static func seconds(_ value: Double) -> String {
    value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
  }

  /// `SIGTERM`, `SIGINT`, or `signal 10`.
  static func signalName(_ signal: Int32) -> String {
    switch signal {
    case SIGTERM: "SIGTERM"
    case SIGINT: "SIGINT"
    default: "signal \(signal)"
    }
  }
}
