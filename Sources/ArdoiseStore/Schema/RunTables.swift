public import GRDB

/// The run history's tables: what every job run did, and since when each job is scheduled.
///
/// - `run`: one row per run of a job for a period. `status` is `running` while it works, then
///   `succeeded`, `failed` or `skipped` (stopped before its first step). Times are wall-clock
///   minutes `YYYY-MM-DDTHH:MM` of the scheduler's clock (the replayed time under
///   `jobs due --now`), so that they compare as text. `fired_at` is the schedule's fire the run
///   answers (null for manual and backfill runs); `last_batch` is the newest batch in the store
///   when the run's compute or report step started (the run's data is every batch up to it).
/// - `run_step`: one row per step of a run, in order (`idx` from 1); `name` is `ingest`,
///   `compute` or `report`, `target` its folder or report names.
/// - `run_input`: the files an ingest step handled that changed something or were refused:
///   the batch each stored file became (with the file's SHA-256), or the refusal.
/// - `run_output`: the files a report step wrote, with their SHA-256.
/// - `job_schedule`: when the due check first saw each job with its current schedule and
///   period rule (the planner's `since`).
public enum RunTables {
  /// Creates the tables (the `v3-runs` migration).
  public static func create(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE run (
          id INTEGER PRIMARY KEY,
          job TEXT NOT NULL,
          period TEXT NOT NULL,
          trigger TEXT NOT NULL,
          status TEXT NOT NULL
            CHECK (status IN ('running', 'succeeded', 'failed', 'skipped')),
          started_at TEXT NOT NULL,
          ended_at TEXT,
          duration_ms INTEGER,
          error TEXT,
          definitions_hash TEXT,
          program_version TEXT NOT NULL,
          fired_at TEXT,
          last_batch INTEGER
        );
        CREATE INDEX run_job_period ON run(job, period, status, started_at);
        CREATE INDEX run_status ON run(status);
        CREATE TABLE run_step (
          run_id INTEGER NOT NULL REFERENCES run(id),
          idx INTEGER NOT NULL,
          name TEXT NOT NULL,
          target TEXT NOT NULL,
          status TEXT NOT NULL
            CHECK (status IN ('running', 'succeeded', 'failed', 'skipped')),
          started_at TEXT,
          duration_ms INTEGER,
          detail TEXT NOT NULL DEFAULT '',
          PRIMARY KEY (run_id, idx)
        );
        CREATE TABLE run_input (
          run_id INTEGER NOT NULL REFERENCES run(id),
          step INTEGER NOT NULL,
          file TEXT NOT NULL,
          status TEXT NOT NULL CHECK (status IN ('stored', 'refused')),
          batch_id INTEGER,
          sha256 TEXT,
          kind TEXT,
          rows INTEGER NOT NULL DEFAULT 0,
          message TEXT
        );
        CREATE INDEX run_input_run ON run_input(run_id);
        CREATE TABLE run_output (
          run_id INTEGER NOT NULL REFERENCES run(id),
          step INTEGER NOT NULL,
          path TEXT NOT NULL,
          sha256 TEXT NOT NULL
        );
        CREATE INDEX run_output_run ON run_output(run_id);
        CREATE TABLE job_schedule (
          job TEXT PRIMARY KEY,
          first_seen TEXT NOT NULL,
          schedule TEXT NOT NULL,
          period_rule TEXT NOT NULL
        );
        """)
  }
}
