public import ArdoiseCore
public import ArdoiseStore
import GRDB

/// Writes the run history, one short transaction per change, so that what a run did is in the
/// store whatever happens to it next.
///
/// Only the holder of the store's run lock records runs (``JobRunner`` sees to it).
public struct RunRecorder: Sendable {
  /// The store written to.
  public let store: Store

  /// A recorder for a store.
  public init(store: Store) { self.store = store }

  /// Records a run as `running` and returns its id.
  public func begin(
    _ planned: PlannedRun, at start: LocalDateTime, definitionsHash: String?,
    programVersion: String
  ) throws -> Int64 {
    try store.write { db in
      try db.execute(
        sql: """
          INSERT INTO run (job, period, trigger, status, started_at, definitions_hash,
                           program_version, fired_at)
          VALUES (?, ?, ?, 'running', ?, ?, ?, ?)
          """,
        arguments: [
          planned.job, planned.period.description, planned.trigger.rawValue, start.iso,
          definitionsHash, programVersion, planned.firedAt?.iso,
        ])
      return db.lastInsertedRowID
    }
  }

  /// Records a planned run that was never started (a stop was requested), as `skipped`.
  @discardableResult
  public func skip(
    _ planned: PlannedRun, at time: LocalDateTime, reason: String, programVersion: String
  ) throws -> Int64 {
    try store.write { db in
      try db.execute(
        sql: """
          INSERT INTO run (job, period, trigger, status, started_at, ended_at, duration_ms, error,
                           program_version, fired_at)
          VALUES (?, ?, ?, 'skipped', ?, ?, 0, ?, ?, ?)
          """,
        arguments: [
          planned.job, planned.period.description, planned.trigger.rawValue, time.iso, time.iso,
          reason, programVersion, planned.firedAt?.iso,
        ])
      return db.lastInsertedRowID
    }
  }

  /// Records that step `index` of a run starts.
  public func startStep(
    run: Int64, index: Int, step: JobDefinition.Step, at time: LocalDateTime
  ) throws {
    try store.write { db in
      try db.execute(
        sql: """
          INSERT INTO run_step (run_id, idx, name, target, status, started_at)
          VALUES (?, ?, ?, ?, 'running', ?)
          """,
        arguments: [run, index, step.name, step.target, time.iso])
    }
  }

  /// Records how step `index` of a run ended, with the files it stored or wrote.
  public func finishStep(
    run: Int64, index: Int, status: RunStatus, durationMs: Int, detail: String,
    inputs: [RunInput] = [], outputs: [OutputFile] = []
  ) throws {
    try store.write { db in
      try db.execute(
        sql:
          "UPDATE run_step SET status = ?, duration_ms = ?, detail = ? WHERE run_id = ? AND idx = ?",
        arguments: [status.rawValue, durationMs, detail, run, index])
      for input in inputs {
        try db.execute(
          sql: """
            INSERT INTO run_input (run_id, step, file, status, batch_id, sha256, kind, rows, message)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
          arguments: [
            run, input.step, input.file, input.status, input.batch, input.sha256, input.kind,
            input.rows, input.message,
          ])
      }
      for output in outputs {
        try db.execute(
          sql: "INSERT INTO run_output (run_id, step, path, sha256) VALUES (?, ?, ?, ?)",
          arguments: [run, index, output.path, output.sha256])
      }
    }
  }

  /// Records steps that were not carried out, as `skipped` with the reason.
  public func skipSteps(
    run: Int64, _ steps: [(index: Int, step: JobDefinition.Step)], reason: String
  )
    throws
  {
    guard !steps.isEmpty else { return }
    try store.write { db in
      for (index, step) in steps {
        try db.execute(
          sql: """
            INSERT INTO run_step (run_id, idx, name, target, status, detail)
            VALUES (?, ?, ?, ?, 'skipped', ?)
            """,
          arguments: [run, index, step.name, step.target, reason])
      }
    }
  }

  /// Sets a run's `last_batch` to the newest batch in the store, and returns it.
  @discardableResult
  public func noteLastBatch(run: Int64) throws -> Int64? {
    try store.write { db in
      let last = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM batch")
      try db.execute(sql: "UPDATE run SET last_batch = ? WHERE id = ?", arguments: [last, run])
      return last
    }
  }

  /// Records how a run ended.
  public func finish(
    run: Int64, status: RunStatus, error: String?, at end: LocalDateTime, durationMs: Int
  ) throws {
    try store.write { db in
      try db.execute(
        sql: "UPDATE run SET status = ?, error = ?, ended_at = ?, duration_ms = ? WHERE id = ?",
        arguments: [status.rawValue, error, end.iso, durationMs, run])
    }
  }

  /// Marks every run still `running` as failed, with its running step: their process ended
  /// without finishing them (only the lock holder runs, and the caller holds the lock).
  ///
  /// - Returns: the ids of the runs marked.
  public func markInterrupted(reason: String, at time: LocalDateTime) throws -> [Int64] {
    try store.write { db in
      let ids = try Int64.fetchAll(db, sql: "SELECT id FROM run WHERE status = 'running'")
      for id in ids {
        let step = try Row.fetchOne(
          db,
          sql: "SELECT idx, name, target FROM run_step WHERE run_id = ? AND status = 'running'",
          arguments: [id])
        let during = step.map { row -> String in
          let target: String = row["target"]
          let name: String = row["name"]
          return
            " during step \(row["idx"] as Int) (\(target.isEmpty ? name : name + " " + target))"
        }
        try db.execute(
          sql:
            "UPDATE run_step SET status = 'failed', detail = ? WHERE run_id = ? AND status = 'running'",
          arguments: ["interrupted: " + reason, id])
        try db.execute(
          sql: "UPDATE run SET status = 'failed', error = ?, ended_at = ? WHERE id = ?",
          arguments: ["interrupted\(during ?? ""): " + reason, time.iso, id])
      }
      return ids
    }
  }

  /// The moment the due check first saw `job` with its current schedule and period rule,
  /// recording `now` when it is new or when its schedule or rule changed (a changed job
  /// starts afresh, like a new one: its past fires do not count).
  ///
  /// - Returns: that moment, and whether it was recorded now.
  public func firstSeen(_ job: ScheduledJob, now: LocalDateTime) throws -> (
    since: LocalDateTime, recorded: Bool
  ) {
    try store.write { db in
      if let known = try JobScheduleRow.fetch(db, job: job.name), known.matches(job) {
        return (known.firstSeen, false)
      }
      try db.execute(
        sql: """
          INSERT INTO job_schedule (job, first_seen, schedule, period_rule) VALUES (?, ?, ?, ?)
          ON CONFLICT (job) DO UPDATE SET first_seen = excluded.first_seen,
            schedule = excluded.schedule, period_rule = excluded.period_rule
          """,
        arguments: [job.name, now.iso, job.schedule.text, job.periodRule.rawValue])
      return (now, true)
    }
  }
}
