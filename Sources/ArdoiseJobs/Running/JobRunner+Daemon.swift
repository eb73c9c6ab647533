import Foundation

extension JobRunner {
  /// The foreground loop of `ardoise jobs daemon`: a due check at once, then one at the start
  /// of every minute, until `shutdown` is requested (SIGTERM, SIGINT).
  ///
  /// The runner stops between steps when asked (its ``shutdown`` is set to `shutdown`), so the
  /// loop ends after the current step. A check that cannot take the lock (another run holds
  /// it) or fails is logged, and the loop goes on.
  ///
  /// - Parameter pause: how long to wait after a check, in seconds; by default until the next
  ///   minute starts.
  public func runDaemon(
    until shutdown: ShutdownSignal, pause: () -> Double = JobRunner.secondsToNextMinute
  ) {
    self.shutdown = shutdown
    log("daemon started: a due check every minute; SIGTERM or SIGINT stops it")
    while !shutdown.isRequested {
      do {
        let report = try due()
        for outcome in report.outcomes where outcome.status != .succeeded {
          log("  \(outcome)")
        }
      } catch {
        log("due check not done: \(error)")
      }
      if shutdown.wait(seconds: pause()) { break }
    }
    let name = shutdown.receivedSignal.map(JobRunner.signalName) ?? "a request"
    log("daemon stopped by \(name)")
  }

  /// Seconds from now to the start of the next minute (plus a little, to be past it).
  public static func secondsToNextMinute() -> Double {
    let now = Date().timeIntervalSince1970
    return 60 - now.truncatingRemainder(dividingBy: 60) + 0.05
  }
}
