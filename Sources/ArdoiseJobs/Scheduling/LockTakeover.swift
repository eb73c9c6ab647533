/// A lock taken over from a holder that no longer held it: its process was killed, or the
/// machine restarted, before it could release the lock.
public struct LockTakeover: Hashable, Sendable, CustomStringConvertible {
  /// The previous holder, as the lock file named it.
  public let previous: LockHolder
  /// Whether a process with the previous holder's PID still runs (then it is another process
  /// that reused the PID, or the holder is on another machine).
  public let stillRunning: Bool

  /// Creates the report of a takeover.
  public init(previous: LockHolder, stillRunning: Bool) {
    self.previous = previous
    self.stillRunning = stillRunning
  }

  /// `taking over a lock left by PID 4242 (no longer running), on srv since …`, for the log.
  public var description: String {
    let state = stillRunning ? "which no longer holds it" : "no longer running"
    return "taking over a lock left by PID \(previous.pid) (\(state)), on \(previous.host) "
      + "since \(previous.since)" + (previous.purpose.isEmpty ? "" : " (\(previous.purpose))")
  }
}
