/// How one run ended, as the runner reports it to its caller.
public struct RunOutcome: Equatable, Sendable, CustomStringConvertible {
  /// The run's id in the history.
  public var runID: Int64
  /// What was run.
  public var planned: PlannedRun
  /// How it ended: `succeeded`, `failed`, or `skipped` (never started).
  public var status: RunStatus
  /// Why it failed or was skipped.
  public var error: String?
  /// How long it took, in milliseconds.
  public var durationMs: Int

  /// Creates an outcome.
  public init(
    runID: Int64, planned: PlannedRun, status: RunStatus, error: String?, durationMs: Int
  ) {
    self.runID = runID
    self.planned = planned
    self.status = status
    self.error = error
    self.durationMs = durationMs
  }

  /// `run #12 cloture-mensuelle 2026-10 (schedule): succeeded in 1.2 s`.
  public var description: String {
    let head = "run #\(runID) \(planned.job) \(planned.period) (\(planned.trigger.rawValue))"
    switch status {
    case .succeeded, .running:
      return head + ": \(status.rawValue) in \(Duration.milliseconds(durationMs).seconds)"
    case .failed, .skipped:
      return head + ": \(status.rawValue): \(error ?? "no reason recorded")"
    }
  }
}
