public import ArdoiseCore

/// One run of a job as the history keeps it: what ran, why, how it ended, from which inputs to
/// which outputs.
public struct RunRecord: Equatable, Sendable, Encodable {
  /// The run's id, increasing with each run.
  public var id: Int64
  /// The job's name.
  public var job: String
  /// The period it ran for.
  public var period: Period
  /// Why it ran.
  public var trigger: RunTrigger
  /// Where it stands.
  public var status: RunStatus
  /// When it started, on the scheduler's clock (the replayed time under `jobs due --now`).
  public var startedAt: LocalDateTime
  /// When it ended, nil while running.
  public var endedAt: LocalDateTime?
  /// How long it took, in milliseconds, nil while running.
  public var durationMs: Int?
  /// Why it failed or was skipped.
  public var error: String?
  /// The hash of the indicator definitions it computed with, when known.
  public var definitionsHash: String?
  /// The version of the program that ran it.
  public var programVersion: String
  /// The schedule's fire it answers (`schedule` and `catch-up` runs).
  public var firedAt: LocalDateTime?
  /// The newest batch in the store when its compute or report step started.
  public var lastBatch: Int64?
  /// Its steps, in order.
  public var steps: [StepRecord]
  /// The files its ingest steps stored or refused.
  public var inputs: [RunInput]
  /// The files its report steps wrote.
  public var outputs: [RunOutput]

  /// Creates a record.
  public init(
    id: Int64, job: String, period: Period, trigger: RunTrigger, status: RunStatus,
    startedAt: LocalDateTime, endedAt: LocalDateTime? = nil, durationMs: Int? = nil,
    error: String? = nil, definitionsHash: String? = nil, programVersion: String,
    firedAt: LocalDateTime? = nil, lastBatch: Int64? = nil, steps: [StepRecord] = [],
    inputs: [RunInput] = [], outputs: [RunOutput] = []
  ) {
    self.id = id
    self.job = job
    self.period = period
    self.trigger = trigger
    self.status = status
    self.startedAt = startedAt
    self.endedAt = endedAt
    self.durationMs = durationMs
    self.error = error
    self.definitionsHash = definitionsHash
    self.programVersion = programVersion
    self.firedAt = firedAt
    self.lastBatch = lastBatch
    self.steps = steps
    self.inputs = inputs
    self.outputs = outputs
  }

  /// The JSON keys, in snake case as elsewhere in Ardoise's machine output.
  enum CodingKeys: String, CodingKey {
    case id, job, period, trigger, status
    case startedAt = "started_at"
    case endedAt = "ended_at"
    case durationMs = "duration_ms"
    case error
    case definitionsHash = "definitions_hash"
    case programVersion = "program_version"
    case firedAt = "fired_at"
    case lastBatch = "last_batch"
    case steps, inputs, outputs
  }

  /// Writes every field; absent values as `null`, so that every object has the same keys.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(job, forKey: .job)
    try c.encode(period.description, forKey: .period)
    try c.encode(trigger, forKey: .trigger)
    try c.encode(status, forKey: .status)
    try c.encode(startedAt, forKey: .startedAt)
    try c.encode(endedAt, forKey: .endedAt)
    try c.encode(durationMs, forKey: .durationMs)
    try c.encode(error, forKey: .error)
    try c.encode(definitionsHash, forKey: .definitionsHash)
    try c.encode(programVersion, forKey: .programVersion)
    try c.encode(firedAt, forKey: .firedAt)
    try c.encode(lastBatch, forKey: .lastBatch)
    try c.encode(steps, forKey: .steps)
    try c.encode(inputs, forKey: .inputs)
    try c.encode(outputs, forKey: .outputs)
  }
}
