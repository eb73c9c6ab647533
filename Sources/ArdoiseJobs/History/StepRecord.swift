/// One step of a recorded run.
public struct StepRecord: Codable, Equatable, Sendable {
  /// The step's position in the job, from 1.
  public var index: Int
  /// `ingest`, `compute` or `report`.
  public var name: String
  /// The folder of an ingest step, the report names of a report step (comma-separated), empty
  /// for compute.
  public var target: String
  /// How the step ended.
  public var status: RunStatus
  /// When it started, on the scheduler's clock; nil when skipped.
  public var startedAt: LocalDateTime?
  /// How long it took, in milliseconds, nil when skipped or still running.
  public var durationMs: Int?
  /// What it did, in one line, or why it failed.
  public var detail: String

  /// Creates a step record.
  public init(
    index: Int, name: String, target: String, status: RunStatus, startedAt: LocalDateTime?,
    durationMs: Int?, detail: String
  ) {
    self.index = index
    self.name = name
    self.target = target
    self.status = status
    self.startedAt = startedAt
    self.durationMs = durationMs
    self.detail = detail
  }

  /// The JSON keys, in snake case as elsewhere in Ardoise's machine output.
  enum CodingKeys: String, CodingKey {
    case index, name, target, status
    case startedAt = "started_at"
    case durationMs = "duration_ms"
    case detail
  }
}
