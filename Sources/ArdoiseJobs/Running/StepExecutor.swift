public import ArdoiseCore
public import ArdoiseStore

/// What carries out the steps of a job: the seam between the job runner and the parts that do
/// the work (the ingestor, the indicator engine, the report renderer).
///
/// ``JobRunner`` calls the steps of a run in order, one at a time, while it holds the store's
/// run lock, and records each call in the run history; ``OrganisationStepExecutor`` is the
/// production implementation, and tests use a fake.
///
/// The contract each step keeps:
///
/// - **Atomic.** A step writes the store in transactions that leave it consistent however the
///   process ends (one per batch for ingest, one per period for compute), and writes a file
///   beside its final name and renames it, so that a killed run leaves the previous reports
///   whole. Running the step again completes the work.
/// - **Idempotent by period.** `compute` and `report` *replace* what an earlier run stored or
///   wrote for the same period (the period's indicator values, the period's report files), and
///   touch nothing else. Running a job for a period twice on the same store leaves the store and
///   `Reports/<period>/` as one run would.
/// - **Failure by throwing.** A step that cannot do its work throws an error whose description
///   says what went wrong and what to do; the runner records it as the run's reason, stops the
///   run and skips the remaining steps. Outputs of the failed step are left as the atomicity
///   rule says (the previous ones in place).
/// - **No locking, no history.** The runner holds the lock and records the run; a step does
///   neither.
public protocol StepExecutor {
  /// The hash of the indicator (and report) definitions the steps compute with, recorded on
  /// every run and handed to the steps in ``RunContext/definitionsHash``; nil when unknown
  /// (no indicator engine).
  func definitionsHash() -> String?

  /// Ingests every CSV file of `folder` that the store has not seen before: one batch per new
  /// file, in load order. A file whose SHA-256 is already in the store is reported `skipped`
  /// and changes nothing, so that a file never triggers twice.
  ///
  /// - Returns: one report per file of the folder. A `refused` report fails the step (the files
  ///   stored meanwhile stay stored); a `stored` batch is recorded as an input of the run.
  func ingest(folder: String, run: RunContext) throws -> [BatchReport]

  /// Computes the indicators of `period` as of its closing date and stores them, replacing the
  /// period's earlier values, in one transaction; runs the period's checks.
  ///
  /// - Returns: the number of values stored and the checks; a check with status `fail` fails
  ///   the step (the values stay stored, the reports are not written).
  func compute(period: Period, run: RunContext) throws -> ComputeSummary

  /// Renders the reports `names` for `period` into `Reports/<period>/`, replacing the period's
  /// earlier files of those reports (each written beside and renamed), stamped with the run's
  /// id, its definitions hash and its input batches.
  ///
  /// - Returns: every file written (manifest included), with the SHA-256 of its content.
  func report(names: [String], period: Period, run: RunContext) throws -> [OutputFile]
}
