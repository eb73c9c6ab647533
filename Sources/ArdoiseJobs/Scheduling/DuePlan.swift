public import ArdoiseCore

/// What the due check should do for one job now.
public struct DuePlan: Hashable, Sendable {
  /// The runs to make now, oldest period first.
  public let runs: [PlannedRun]
  /// Periods that are due too but beyond the catch-up limit, oldest first: the next due check
  /// plans them (the CLI can say "3 more periods will be caught up on the next check").
  public let deferred: [Period]

  /// Creates a plan.
  public init(runs: [PlannedRun], deferred: [Period]) {
    self.runs = runs
    self.deferred = deferred
  }

  /// Whether there is nothing to do.
  public var isEmpty: Bool { runs.isEmpty }
}
