public import ArdoiseCore

/// What one due check did: the runs it made and what it left for the next check.
public struct DueReport: Equatable, Sendable {
  /// The runs made (and runs skipped because a stop was requested), in the order they ran.
  public var outcomes: [RunOutcome]
  /// Per job, the due periods beyond the catch-up limit, left for the next check.
  public var deferred: [String: [Period]]
  /// The jobs seen for the first time (or with a changed schedule): their fires count from
  /// this check on.
  public var newlySeen: [String]

  /// Creates a report.
  public init(outcomes: [RunOutcome], deferred: [String: [Period]], newlySeen: [String]) {
    self.outcomes = outcomes
    self.deferred = deferred
    self.newlySeen = newlySeen
  }

  /// Whether there was nothing to do.
  public var isEmpty: Bool { outcomes.isEmpty }

  /// Whether every run made succeeded (true when there was nothing to do).
  public var allSucceeded: Bool { outcomes.allSatisfy { $0.status == .succeeded } }
}
