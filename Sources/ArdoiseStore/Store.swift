public import ArdoiseCore
public import ArdoiseExtracts
import Foundation
public import GRDB

/// An organisation's SQLite store: batches, extracts, quarantine, checks, indicators and runs.
///
/// One file per organisation, in WAL mode, created readable by its owner only (0600) in a
/// folder only its owner can enter (0700).
public final class Store: Sendable {
  /// The database connection(s).
  public let writer: any DatabaseWriter
  /// The file path, or nil for an in-memory store.
  public let path: String?

  /// Opens (creating if needed) the store at `path` and brings its schema up to date.
  public init(path: String) throws {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    let fm = FileManager.default
    if !fm.fileExists(atPath: folder) {
      try fm.createDirectory(
        atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }
    if !fm.fileExists(atPath: path) {
      let fd = open(path, O_CREAT | O_WRONLY, 0o600)
      guard fd >= 0 else {
        throw StoreError("cannot create the store \(path): \(String(cString: strerror(errno)))")
      }
      close(fd)
    }
    var config = Configuration()
    config.busyMode = .timeout(30)
    config.prepareDatabase { db in
      // 16 KiB pages for a new store (an existing one keeps its size): a fourth of the b-tree
      // pages and WAL frames of 4 KiB ones for the ledger; the bulk ingest of a ledger is
      // about 14 % faster. It must come before GRDB turns WAL on.
      try db.execute(
        sql: "PRAGMA page_size = 16384; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = OFF")
    }
    let pool = try DatabasePool(path: path, configuration: config)
    self.writer = pool
    self.path = path
    do {
      try Schema.migrator.migrate(pool)
    } catch {
      // Two processes creating the same new store at once: the loser's migration fails on the
      // winner's tables; once the winner has committed, migrating again finds nothing to do.
      usleep(200_000)
      try Schema.migrator.migrate(pool)
    }
  }

  /// An in-memory store, for tests and `check`.
  public init() throws {
    let queue = try DatabaseQueue()
    self.writer = queue
    self.path = nil
    try Schema.migrator.migrate(queue)
  }

  /// Reads from the store.
  public func read<T>(_ body: (Database) throws -> T) throws -> T {
    try writer.read(body)
  }

  /// Writes in one transaction.
  public func write<T>(_ body: (Database) throws -> T) throws -> T {
    try writer.write(body)
  }
}

/// A store that cannot be opened or used, with what to do.
public struct StoreError: Error, CustomStringConvertible, Sendable {
  /// The message.
  public var description: String
  /// Creates an error with its message.
  public init(_ message: String) { description = message }
}
