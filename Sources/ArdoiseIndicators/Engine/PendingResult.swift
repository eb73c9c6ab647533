import Dispatch

/// A result computed on another thread (a concurrent read of the store), waited for once ready.
final class PendingResult<Value: Sendable>: @unchecked Sendable {
  private let ready = DispatchSemaphore(value: 0)
  // Written once before `ready` is signalled, read only after waiting on it.
  private var result: Result<Value, any Error>?

  /// Records the result and wakes the waiters.
  func set(_ result: Result<Value, any Error>) {
    self.result = result
    ready.signal()
  }

  /// The value, or the error, once set.
  func wait() throws -> Value {
    ready.wait()
    ready.signal()
    return try result!.get()
  }
}
