public import ArdoiseCore
public import ArdoiseStore
import GRDB

/// Reads the run history: the records `jobs history` shows, and what the due planner needs.
public struct RunHistory: Sendable {
  /// The store read.
  public let store: Store

  /// The history of a store.
  public init(store: Store) { self.store = store }

  /// The start of the latest succeeded run of `job` for each period (any trigger): the
  /// planner's `lastSucceeded`.
  public func lastSucceeded(job: String) throws -> [Period: LocalDateTime] {
    try store.read { db in
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT period, MAX(started_at) AS started FROM run
          WHERE job = ? AND status = 'succeeded' GROUP BY period
          """,
        arguments: [job])
      var result: [Period: LocalDateTime] = [:]
      for row in rows {
        if let period = Period(row["period"] as String),
          let started = LocalDateTime(iso: row["started"] as String)
        {
          result[period] = started
        }
      }
      return result
    }
  }

  /// When the due check first saw `job` with its current schedule and rule, or nil (never, or
  /// not since its schedule or rule changed).
  public func firstSeen(_ job: ScheduledJob) throws -> LocalDateTime? {
    try store.read { db in
      guard let row = try JobScheduleRow.fetch(db, job: job.name), row.matches(job) else {
        return nil
      }
      return row.firstSeen
    }
  }

  /// Runs, newest first, with their steps, inputs and outputs.
  ///
  /// - Parameters:
  ///   - job: only this job's runs, when given.
  ///   - limit: at most this many runs, when given.
  public func runs(job: String? = nil, limit: Int? = nil) throws -> [RunRecord] {
    try store.read { db in
      var sql = "SELECT * FROM run"
      var arguments: StatementArguments = []
      if let job {
        sql += " WHERE job = ?"
        arguments += [job]
      }
      sql += " ORDER BY id DESC"
      if let limit {
        sql += " LIMIT ?"
        arguments += [max(0, limit)]
      }
      return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
        try RunHistory.record(row, db)
      }
    }
  }

  /// The run with this id, or nil.
  public func run(id: Int64) throws -> RunRecord? {
    try store.read { db in
      try Row.fetchOne(db, sql: "SELECT * FROM run WHERE id = ?", arguments: [id]).map {
        try RunHistory.record($0, db)
      }
    }
  }

  /// The latest run of `job`, or nil.
  public func latest(job: String) throws -> RunRecord? {
    try runs(job: job, limit: 1).first
  }

  /// A run's record from its row and its details.
  static func record(_ row: Row, _ db: Database) throws -> RunRecord {
    let id: Int64 = row["id"]
    let steps = try Row.fetchAll(
      db, sql: "SELECT * FROM run_step WHERE run_id = ? ORDER BY idx", arguments: [id]
    ).map { s in
      StepRecord(
        index: s["idx"], name: s["name"], target: s["target"],
        status: RunStatus(rawValue: s["status"]) ?? .failed,
        startedAt: (s["started_at"] as String?).flatMap { LocalDateTime(iso: $0) },
        durationMs: s["duration_ms"], detail: s["detail"])
    }
    let inputs = try Row.fetchAll(
      db, sql: "SELECT * FROM run_input WHERE run_id = ? ORDER BY rowid", arguments: [id]
    ).map { i in
      RunInput(
        step: i["step"], file: i["file"], status: i["status"], batch: i["batch_id"],
        sha256: i["sha256"], kind: i["kind"], rows: i["rows"], message: i["message"])
    }
    let outputs = try Row.fetchAll(
      db, sql: "SELECT * FROM run_output WHERE run_id = ? ORDER BY rowid", arguments: [id]
    ).map { o in RunOutput(step: o["step"], path: o["path"], sha256: o["sha256"]) }
    let periodText: String = row["period"]
    let startedText: String = row["started_at"]
    guard let period = Period(periodText), let started = LocalDateTime(iso: startedText) else {
      throw StoreError(
        "run \(id) has an unreadable period or start (\(periodText), \(startedText))")
    }
    return RunRecord(
      id: id, job: row["job"], period: period,
      trigger: RunTrigger(rawValue: row["trigger"]) ?? .manual,
      status: RunStatus(rawValue: row["status"]) ?? .failed, startedAt: started,
      endedAt: (row["ended_at"] as String?).flatMap { LocalDateTime(iso: $0) },
      durationMs: row["duration_ms"], error: row["error"],
      definitionsHash: row["definitions_hash"], programVersion: row["program_version"],
      firedAt: (row["fired_at"] as String?).flatMap { LocalDateTime(iso: $0) },
      lastBatch: row["last_batch"], steps: steps, inputs: inputs, outputs: outputs)
  }
}
