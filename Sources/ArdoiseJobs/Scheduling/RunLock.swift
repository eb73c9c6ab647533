import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// One run at a time per organisation store: an exclusive `flock` on a lock file beside the
/// database, held for the life of the run.
///
/// The lock file (`<database>.lock`, mode 0600) holds the holder's PID, host, start time and
/// purpose, so that a run that has to wait can say who it waits for. The kernel releases a
/// `flock` when its process ends, however it ends, so a killed run never leaves the store
/// locked; its details stay in the file and the next run reports that it takes over. A clean
/// release empties the file but never deletes it (deleting would let two processes lock two
/// different files of the same name).
///
/// Locks are per open file: two `RunLock` values on the same path conflict even in the same
/// process.
public final class RunLock: @unchecked Sendable {
  /// The lock file's path.
  public let path: String
  /// What the holder is doing, written in the lock file (`jobs due`, `jobs run cloture-mensuelle
  /// 2026-10`).
  public let purpose: String
  /// Guards `descriptor`.
  private let mutex = NSLock()
  /// The open lock file while the lock is held, -1 otherwise.
  private var descriptor: Int32 = -1

  /// A lock on the file at `path`, not yet acquired.
  public init(path: String, purpose: String = "") {
    self.path = path
    self.purpose = purpose
  }

  /// A lock on the file `<databasePath>.lock`, not yet acquired.
  public convenience init(databasePath: String, purpose: String = "") {
    self.init(path: RunLock.lockPath(forDatabase: databasePath), purpose: purpose)
  }

  /// The lock file of a store: the database's path followed by `.lock`.
  public static func lockPath(forDatabase databasePath: String) -> String {
    databasePath + ".lock"
  }

  deinit { release() }

  /// Whether this value holds the lock.
  public var isHeld: Bool { mutex.withLock { descriptor >= 0 } }

  /// Takes the lock, retrying every `interval` seconds until `seconds` have passed.
  ///
  /// - Returns: the previous holder when the file still named one that no longer held the lock
  ///   (a killed run), for the caller to report; nil otherwise.
  /// - Throws: `RunLockError.busy` naming the file and the holder when the lock is still held
  ///   after the wait; `RunLockError.unavailable` when the file cannot be opened or locked.
  @discardableResult
  public func acquire(waitingUpTo seconds: Double, pollEvery interval: Double = 0.1)
    throws(RunLockError) -> LockTakeover?
  {
    mutex.lock()
    defer { mutex.unlock() }
    guard descriptor < 0 else { return nil }

    let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw .unavailable(path: path, reason: RunLock.lastError()) }
    // Whatever the umask or an older file said: only the owner reads who holds the store.
    _ = fchmod(fd, 0o600)

    let clock = ContinuousClock()
    let start = clock.now
    let bounded = seconds.isNaN ? 0 : min(max(0, seconds), 86_400 * 365)  // no overflow
    let deadline = start.advanced(by: .milliseconds(Int64(bounded * 1000)))
    while flock(fd, LOCK_EX | LOCK_NB) != 0 {
      let code = errno
      if code == EINTR { continue }
      guard code == EWOULDBLOCK else {
        close(fd)
        throw .unavailable(path: path, reason: String(cString: strerror(code)))
      }
      let now = clock.now
      guard now < deadline else {
        let holder = LockHolder(fileContent: RunLock.read(fd))
        close(fd)
        throw .busy(path: path, holder: holder, waited: RunLock.seconds(start.duration(to: now)))
      }
      let pause = min(max(interval, 0.001), RunLock.seconds(now.duration(to: deadline)), 60)
      usleep(UInt32(pause * 1_000_000) + 1)
    }

    let takeover = LockHolder(fileContent: RunLock.read(fd)).map { previous in
      LockTakeover(previous: previous, stillRunning: previous.isRunning)
    }
    let me = LockHolder(
      pid: getpid(), host: RunLock.hostName(), since: RunLock.timestamp(Date()), purpose: purpose)
    let bytes = Array(me.fileContent.utf8)
    _ = ftruncate(fd, 0)
    _ = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
    _ = fsync(fd)
    descriptor = fd
    return takeover
  }

  /// Releases the lock if held: empties the lock file, then unlocks and closes it.
  public func release() {
    mutex.lock()
    defer { mutex.unlock() }
    guard descriptor >= 0 else { return }
    _ = ftruncate(descriptor, 0)
    _ = flock(descriptor, LOCK_UN)
    close(descriptor)
    descriptor = -1
  }

  // MARK: - Helpers

  /// The whole content of the open file, as text.
  static func read(_ fd: Int32) -> String {
    var data: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    var offset: off_t = 0
    while true {
      let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, offset) }
      if n <= 0 || data.count > 65_536 { break }
      data.append(contentsOf: buffer[0..<n])
      offset += off_t(n)
    }
    return String(decoding: data, as: UTF8.self)
  }

  /// This machine's name.
  static func hostName() -> String {
    var buffer = [CChar](repeating: 0, count: 256)
    guard gethostname(&buffer, buffer.count - 1) == 0 else { return "unknown" }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// `date` in ISO 8601 with the local offset, `2026-11-05T06:00:12+01:00`.
  static func timestamp(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = .current
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.string(from: date)
  }

  /// A duration in seconds.
  static func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
  }

  /// The message of the last system error.
  static func lastError() -> String { String(cString: strerror(errno)) }
}

/// A run lock that could not be taken.
public enum RunLockError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Another process still held the lock after the wait.
  case busy(path: String, holder: LockHolder?, waited: Double)
  /// The lock file could not be opened or locked.
  case unavailable(path: String, reason: String)

  /// What happened and what to do.
  public var description: String {
    switch self {
    case .busy(let path, let holder, let waited):
      let who = holder.map { "\($0)" } ?? "another process (it has not written its details yet)"
      let waitedText = waited < 1 ? String(format: "%.1f s", waited) : "\(Int(waited)) s"
      var advice =
        "Another ardoise run is working on this store: wait for it to finish and try"
        + " again, or give it longer to wait."
      if let holder {
        let place = holder.host == RunLock.hostName() ? "" : " on \(holder.host)"
        advice +=
          " If PID \(holder.pid)\(place) is stuck, stop it (kill \(holder.pid)): "
          + "the lock is released when the process ends."
      }
      return "the store is locked: \(path) is held by \(who); gave up after waiting "
        + "\(waitedText). " + advice
    case .unavailable(let path, let reason):
      return "cannot lock the store with \(path): \(reason). Check that its folder exists and "
        + "is writable by this user."
    }
  }
}
