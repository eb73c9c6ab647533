/// Where a run or one of its steps stands, as recorded in the run history.
public enum RunStatus: String, Codable, CaseIterable, Sendable {
  /// At work (or interrupted before it could say otherwise: the next run that takes the lock
  /// marks such a run failed).
  case running
  /// Done to the end.
  case succeeded
  /// Stopped by an error, or interrupted; the reason is in the run's `error`.
  case failed
  /// Never started: a run planned but not begun because a stop was requested, or a step not
  /// carried out because an earlier one failed.
  case skipped
}
