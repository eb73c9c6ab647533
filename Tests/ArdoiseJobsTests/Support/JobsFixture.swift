import ArdoiseCore
import ArdoiseStore
import Foundation
import GRDB

@testable import ArdoiseJobs

/// A store on disk in a temporary folder, jobs, a manual clock and a fake executor: a runner
/// whose every decision a test controls.
final class JobsFixture {
  /// The temporary folder.
  let folder: String
  /// The store.
  let store: Store
  /// The clock the runner reads.
  let clock: ManualClock
  /// The fake steps.
  let steps = FakeSteps()
  /// The configured jobs.
  let jobs: [ConfiguredJob]
  /// The lines the runner logged.
  private(set) var logged: [String] = []

  /// The monthly closing job of jobs.md.
  static let closing = JobDefinition(
    name: "cloture-mensuelle", schedule: "0 6 5 * *", period: "previous_month",
    steps: [.ingest("inbox"), .compute, .report(["rapport-mensuel", "balance-agee"])])

  /// A fixture with these jobs, its clock at `now`.
  init(jobs: [JobDefinition] = [JobsFixture.closing], now: String) throws {
    folder =
      FileManager.default.temporaryDirectory.appendingPathComponent("ardoise-jobs-\(UUID())").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    store = try Store(path: folder + "/store/org.sqlite")
    clock = ManualClock(LocalDateTime(iso: now)!)
    self.jobs = try jobs.enumerated().map {
      try ConfiguredJob($1, key: "jobs[\($0)]", file: "test")
    }
  }

  deinit { try? FileManager.default.removeItem(atPath: folder) }

  /// A runner over the fixture's store, jobs, clock and fake steps.
  func runner(catchUpLimit: Int = 12) -> JobRunner {
    JobRunner(
      store: store, jobs: jobs, executor: steps, clock: clock, programVersion: "9.9.9-test",
      catchUpLimit: catchUpLimit, lockWait: 5, log: { [weak self] in self?.logged.append($0) })
  }

  /// Sets the clock.
  func at(_ now: String) { clock.set(LocalDateTime(iso: now)!) }

  /// Every row of the run history's tables and the batches, as text: to compare stores.
  func dump() throws -> [String] { try JobsFixture.dump(store) }

  /// Every row of a store's run history tables and batches, as text.
  static func dump(_ store: Store) throws -> [String] {
    try store.read { db in
      var out: [String] = []
      for table in ["run", "run_step", "run_input", "run_output", "job_schedule", "batch"] {
        for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY rowid") {
          out.append("\(table) \(row)")
        }
      }
      return out
    }
  }

  /// The runs as `period trigger status`, oldest first.
  func runSummary() throws -> [String] {
    try RunHistory(store: store).runs().reversed().map {
      "\($0.period) \($0.trigger.rawValue) \($0.status.rawValue)"
    }
  }
}
