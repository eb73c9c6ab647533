import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Who holds (or held) a run lock, as written in the lock file.
public struct LockHolder: Hashable, Sendable, CustomStringConvertible {
  /// The holder's process id.
  public let pid: Int32
  /// The holder's machine.
  public let host: String
  /// When the holder took the lock, ISO 8601 with the local offset.
  public let since: String
  /// What the holder was doing, possibly empty.
  public let purpose: String

  /// Creates a holder's details.
  public init(pid: Int32, host: String, since: String, purpose: String) {
    self.pid = pid
    self.host = host
    self.since = since
    self.purpose = purpose
  }

  /// Reads the lock file's `key=value` lines; nil when the file is empty or names no PID.
  init?(fileContent: String) {
    var fields: [Substring: Substring] = [:]
    for line in fileContent.split(separator: "\n") {
      guard let eq = line.firstIndex(of: "=") else { continue }
      fields[line[..<eq]] = line[line.index(after: eq)...]
    }
    guard let pidText = fields["pid"], let pid = Int32(pidText), pid > 0 else { return nil }
    self.init(
      pid: pid, host: String(fields["host"] ?? "unknown"), since: String(fields["since"] ?? "?"),
      purpose: String(fields["purpose"] ?? ""))
  }

  /// The lock file's content.
  var fileContent: String {
    "pid=\(pid)\nhost=\(host)\nsince=\(since)\npurpose=\(purpose)\n"
  }

  /// Whether the holder's process still runs, as far as this machine can tell: false only when
  /// it is on this machine and no process has its PID.
  public var isRunning: Bool {
    guard host == RunLock.hostName() else { return true }
    return kill(pid, 0) == 0 || errno == EPERM
  }

  /// `PID 4242 on srv since 2026-11-05T06:00:12+01:00 (jobs due)`.
  public var description: String {
    "PID \(pid) on \(host) since \(since)" + (purpose.isEmpty ? "" : " (\(purpose))")
  }
}
