import Dispatch
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A request to stop, raised by SIGTERM or SIGINT, that the daemon loop checks between steps so
/// that it stops cleanly after the current one.
///
/// While a `ShutdownSignal` listens, the signals no longer end the process: they set the flag
/// and wake `wait(seconds:)`. After `uninstall()` (or the end of the value), with nobody else
/// listening, a signal has its usual effect again (SIGTERM and SIGINT end the process).
///
/// Behind it, each signal gets one dispatch source for the life of the process
/// (`DispatchSource.makeSignalSource`, after `signal(_, SIG_IGN)` so that the signal cannot end
/// the process before the source is in place). The source is never cancelled: on Linux,
/// libdispatch installs its own handler only the first time a signal gets a source, so a
/// cancelled source could not be replaced.
public final class ShutdownSignal: @unchecked Sendable {
  /// The signals listened to.
  public let signals: [Int32]
  /// Guards `received` and wakes `wait(seconds:)`.
  private let condition = NSCondition()
  /// The first signal received, or the one passed to `request(signal:)`.
  private var received: Int32?
  /// Whether this value still listens.
  private var listening = false

  /// Starts listening to SIGTERM and SIGINT.
  public convenience init() { self.init(signals: [SIGTERM, SIGINT]) }

  /// Starts listening to `signals` (signals whose usual effect is to end the process).
  public init(signals: [Int32]) {
    self.signals = signals
    listening = true
    SignalRouter.shared.subscribe(ObjectIdentifier(self), to: signals) { [weak self] number in
      self?.request(signal: number)
    }
  }

  deinit { uninstall() }

  /// Whether a stop was requested.
  public var isRequested: Bool { receivedSignal != nil }

  /// The signal that asked to stop (the first one), or nil.
  public var receivedSignal: Int32? {
    condition.lock()
    defer { condition.unlock() }
    return received
  }

  /// Asks to stop as SIGTERM would (for tests, or a loop that decides to stop by itself).
  public func request() { request(signal: SIGTERM) }

  /// Asks to stop as the signal `number` would.
  public func request(signal number: Int32) {
    condition.lock()
    if received == nil { received = number }
    condition.broadcast()
    condition.unlock()
  }

  /// Waits up to `seconds`, returning early when a stop is requested.
  ///
  /// - Returns: true when a stop was requested (before or during the wait), false when the time
  ///   ran out without one.
  public func wait(seconds: Double) -> Bool {
    let deadline = Date(timeIntervalSinceNow: max(0, seconds))
    condition.lock()
    defer { condition.unlock() }
    while received == nil {
      if !condition.wait(until: deadline) { break }
    }
    return received != nil
  }

  /// Stops listening; the signals have their usual effect again unless another value listens.
  public func uninstall() {
    condition.lock()
    let wasListening = listening
    listening = false
    condition.unlock()
    if wasListening { SignalRouter.shared.unsubscribe(ObjectIdentifier(self)) }
  }
}

/// The process-wide side of `ShutdownSignal`: one dispatch source per signal, created on first
/// use and kept, handing each signal to the values listening to it.
private final class SignalRouter: @unchecked Sendable {
  /// The one router of the process.
  static let shared = SignalRouter()

  /// What to call for one listening value.
  private struct Listener {
    let signals: Set<Int32>
    let notify: @Sendable (Int32) -> Void
  }

  /// Guards the fields below.
  private let lock = NSLock()
  /// Where the sources deliver.
  private let queue = DispatchQueue(label: "ardoise.shutdown-signal")
  /// The sources created so far, by signal.
  private var sources: [Int32: any DispatchSourceSignal] = [:]
  /// The signals that the process ignored before the first source (started in the background).
  private var ignoredAtStart: Set<Int32> = []
  /// The listening values.
  private var listeners: [ObjectIdentifier: Listener] = [:]

  /// Makes sure each signal has its source, then adds a listener.
  func subscribe(
    _ owner: ObjectIdentifier, to signals: [Int32], notify: @escaping @Sendable (Int32) -> Void
  ) {
    lock.lock()
    defer { lock.unlock() }
    for number in Set(signals) where sources[number] == nil {
      // Ignored until the source is in place, so that the signal cannot end the process.
      let previous = signal(number, SIG_IGN)
      if unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
        ignoredAtStart.insert(number)
      }
      let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
      let registered = DispatchSemaphore(value: 0)
      source.setRegistrationHandler { registered.signal() }
      source.setEventHandler { [unowned self] in self.deliver(number) }
      source.resume()
      _ = registered.wait(timeout: .now() + 2)
      sources[number] = source
    }
    listeners[owner] = Listener(signals: Set(signals), notify: notify)
  }

  /// Removes a listener.
  func unsubscribe(_ owner: ObjectIdentifier) {
    lock.lock()
    listeners[owner] = nil
    lock.unlock()
  }

  /// Hands a signal to its listeners, or, with none, gives it its usual effect.
  private func deliver(_ number: Int32) {
    lock.lock()
    let targets = listeners.values.filter { $0.signals.contains(number) }.map(\.notify)
    let ignored = ignoredAtStart.contains(number)
    lock.unlock()
    if !targets.isEmpty {
      for notify in targets { notify(number) }
    } else if !ignored {
      _ = signal(number, SIG_DFL)
      _ = kill(getpid(), number)
    }
  }
}
