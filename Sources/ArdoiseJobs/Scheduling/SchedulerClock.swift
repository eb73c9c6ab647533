public import Foundation

/// Where the scheduler reads the time: the system clock in production, a manual one in tests
/// and for `jobs due --now`.
///
/// Named `SchedulerClock` rather than `Clock` so as not to shadow the standard library's
/// `Clock` protocol.
public protocol SchedulerClock: Sendable {
  /// The current wall-clock minute.
  func now() -> LocalDateTime
}

/// The process's real clock, read in a time zone (the process's by default, `TZ` or
/// `/etc/localtime`).
public struct SystemClock: SchedulerClock {
  /// The time zone whose wall clock the schedules follow.
  public let timeZone: TimeZone

  /// A clock reading the real time in `timeZone`.
  public init(timeZone: TimeZone = .current) { self.timeZone = timeZone }

  /// The current wall-clock minute in `timeZone`.
  public func now() -> LocalDateTime { LocalDateTime(Date(), in: timeZone) }
}

/// A clock that shows what it is told and moves only when told: for tests and for replaying a
/// decision at another moment (`jobs due --now`).
public final class ManualClock: SchedulerClock, @unchecked Sendable {
  /// Guards `current`.
  private let lock = NSLock()
  /// The time shown.
  private var current: LocalDateTime

  /// A clock showing `time`.
  public init(_ time: LocalDateTime) { current = time }

  /// The time shown.
  public func now() -> LocalDateTime { lock.withLock { current } }

  /// Sets the time shown.
  public func set(_ time: LocalDateTime) { lock.withLock { current = time } }

  /// Moves the time shown `minutes` later (earlier when negative).
  public func advance(minutes: Int) {
    lock.withLock { current = current.adding(minutes: minutes) }
  }
}
