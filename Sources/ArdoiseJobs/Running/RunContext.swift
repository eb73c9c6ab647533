public import ArdoiseCore

/// What a step knows of the run it belongs to: to stamp reports (run id, definitions hash,
/// input batches) and to date an ingest.
public struct RunContext: Sendable {
  /// The run's id in the history.
  public var runID: Int64
  /// The job's name.
  public var job: String
  /// The period the run is for.
  public var period: Period
  /// Why the run happens.
  public var trigger: RunTrigger
  /// When the run started, on the scheduler's clock (the replayed time under `jobs due --now`).
  public var startedAt: LocalDateTime
  /// The indicator definitions' hash recorded for the run, when known.
  public var definitionsHash: String?
  /// The version of the program.
  public var programVersion: String
  /// The files the run's earlier ingest steps stored or refused.
  public var inputs: [RunInput]
  /// The newest batch in the store when the step started: the run's data is every batch up to
  /// it. Nil when the store has no batch, or for an ingest step.
  public var lastBatch: Int64?

  /// Creates a context.
  public init(
    runID: Int64, job: String, period: Period, trigger: RunTrigger, startedAt: LocalDateTime,
    definitionsHash: String?, programVersion: String, inputs: [RunInput] = [],
    lastBatch: Int64? = nil
  ) {
    self.runID = runID
    self.job = job
    self.period = period
    self.trigger = trigger
    self.startedAt = startedAt
    self.definitionsHash = definitionsHash
    self.programVersion = programVersion
    self.inputs = inputs
    self.lastBatch = lastBatch
  }
}
