public import ArdoiseCore
public import ArdoiseExtracts
import Foundation
import GRDB

/// Ingests extract files into a ``Store``: one batch per file, one transaction per batch.
///
/// Files given together are loaded reference kinds first (``ExtractKind/loadOrder``), whatever
/// the order given. A file seen before (same SHA-256) is skipped; a file that cannot be read as
/// a whole, or whose rejected share exceeds the ceiling, is refused and changes nothing.
public struct Ingestor {
  /// The store written to.
  public let store: Store
  /// The options.
  public let options: IngestOptions

  /// An ingestor for a store.
  public init(store: Store, options: IngestOptions) {
    self.store = store
    self.options = options
  }

  /// The CSV files named by `paths` (folders give their `*.csv` files, sorted by name).
  public static func expand(_ paths: [String]) throws -> [String] {
    var out: [String] = []
    let fm = FileManager.default
    for p in paths {
      var isDir: ObjCBool = false
      guard fm.fileExists(atPath: p, isDirectory: &isDir) else {
        throw StoreError("\(p): no such file or folder")
      }
      if isDir.boolValue {
        let names = try fm.contentsOfDirectory(atPath: p).filter {
          $0.lowercased().hasSuffix(".csv")
        }
        out += names.sorted().map { (p as NSString).appendingPathComponent($0) }
      } else {
        out.append(p)
      }
    }
    return out
  }

  /// Ingests (or, with `dryRun`, checks) files and folders; returns one report per file.
  public func ingest(_ paths: [String]) throws -> [BatchReport] {
    let files = try Ingestor.expand(paths)
    var planned: [(file: String, kind: ExtractKind?, profile: MappingProfile)] = []
    for f in files {
      let name = (f as NSString).lastPathComponent
      let profile = options.profile(forFileName: name)
      let kind =
        options.kind ?? profile.kind(forFileName: name) ?? ExtractKind.guess(fromFileName: name)
      planned.append((f, kind, profile))
    }
    // Stable sort by load order; unknown kinds last (they are refused).
    let ordered = planned.enumerated().sorted { a, b in
      let ra = a.element.kind?.loadRank ?? Int.max
      let rb = b.element.kind?.loadRank ?? Int.max
      return ra != rb ? ra < rb : a.offset < b.offset
    }.map(\.element)

    if options.dryRun {
      // Everything in one transaction rolled back at the end, so that later files see the
      // references of earlier ones.
      var reports: [BatchReport] = []
      try store.writer.writeWithoutTransaction { db in
        try db.inTransaction {
          for p in ordered { reports.append(ingestOne(db, p.file, p.kind, p.profile)) }
          return .rollback
        }
      }
      return reports
    }
    var reports: [BatchReport] = []
    for p in ordered {
      let report = try store.writer.writeWithoutTransaction { db in
        var report: BatchReport!
        try db.inTransaction {
          report = ingestOne(db, p.file, p.kind, p.profile)
          return report.status == .stored ? .commit : .rollback
        }
        return report!
      }
      reports.append(report)
    }
    return reports
  }

  func ingestOne(_ db: Database, _ file: String, _ kind: ExtractKind?, _ profile: MappingProfile)
    -> BatchReport
  {
    let started = Date()
    var report = BatchReport(file: file, status: options.dryRun ? .checked : .stored)
    report.kind = kind?.rawValue
    report.profile = profile.name
    do {
      guard let kind else {
        throw FileRefusal(
          line: 0,
          reason:
            "cannot tell which extract this is: name it after its kind (ledger*.csv, leases*.csv, …), list it under `files` in the profile, or pass --kind"
        )
      }
      let name = (file as NSString).lastPathComponent
      // A file named like an earlier batch is likely the same file again: hash it first, so that
      // skipping it costs no load. Any other file is hashed on the other core while it loads,
      // and its batch undone if its SHA-256 turns out to be known.
      let hashFirst =
        try Bool.fetchOne(
          db, sql: "SELECT EXISTS (SELECT 1 FROM batch WHERE file_name = ?)", arguments: [name])
        ?? false
      let hashing = FileHash(path: file, inBackground: !hashFirst)
      if hashFirst, let skipped = try skipReport(db, file, kind, profile, hashing.value()) {
        return skipped
      }
      var skipped: BatchReport?
      var loadError: (any Error)?
      // A savepoint, so that a skipped or refused file changes nothing, even within the one
      // transaction of `check`.
      try db.inSavepoint {
        do {
          var loader = try BatchLoader(
            db: db, file: file, kind: kind, profile: profile,
            sha256: hashFirst ? try hashing.value() : "pending:\(UUID().uuidString)",
            options: options)
          try loader.run(into: &report)
        } catch {
          loadError = error
        }
        let sha = try hashing.value()
        report.sha256 = sha
        if !hashFirst {
          skipped = try skipReport(db, file, kind, profile, sha)
          if skipped != nil { return .rollback }
        }
        if loadError != nil { return .rollback }
        if !hashFirst, let batch = report.batch {
          try db.execute(
            sql: "UPDATE batch SET sha256 = ? WHERE id = ?", arguments: [sha, batch])
        }
        return .commit
      }
      if let skipped { return skipped }
      if let loadError { throw loadError }
    } catch let refusal as FileRefusal {
      report.status = .refused
      let name = (file as NSString).lastPathComponent
      report.message =
        refusal.line > 0
        ? "\(name), line \(refusal.line): \(refusal.reason)" : "\(name): \(refusal.reason)"
    } catch {
      report.status = .refused
      report.message = "\((file as NSString).lastPathComponent): \(error)"
    }
    if report.status == .refused {
      // Nothing of a refused file is stored: its report counts nothing (the message says why).
      var refused = BatchReport(file: file, status: .refused)
      (refused.kind, refused.profile, refused.sha256) = (report.kind, report.profile, report.sha256)
      refused.message = report.message
      report = refused
    }
    report.durationMs = Int(Date().timeIntervalSince(started) * 1000)
    return report
  }

  /// The report of a file whose SHA-256 an earlier batch has, or nil.
  func skipReport(
    _ db: Database, _ file: String, _ kind: ExtractKind, _ profile: MappingProfile, _ sha: String
  ) throws -> BatchReport? {
    guard
      let earlier = try Row.fetchOne(
        db, sql: "SELECT id, ingested_at FROM batch WHERE sha256 = ?", arguments: [sha])
    else { return nil }
    var report = BatchReport(file: file, status: .skipped)
    report.kind = kind.rawValue
    report.profile = profile.name
    report.sha256 = sha
    report.batch = earlier["id"]
    report.message =
      "already ingested as batch \(earlier["id"] as Int64) on \(earlier["ingested_at"] as String): skipped"
    return report
  }
}

/// The SHA-256 of a file, computed now or on another thread.
final class FileHash: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  private var result: Result<String, FileRefusal> = .failure(FileRefusal(line: 0, reason: ""))
  private var waited = false

  /// Starts hashing the file at `path`, on another thread when `inBackground`.
  init(path: String, inBackground: Bool) {
    if inBackground {
      DispatchQueue.global(qos: .userInitiated).async { [self] in
        result = Self.hash(path)
        done.signal()
      }
    } else {
      result = Self.hash(path)
      done.signal()
    }
  }

  private static func hash(_ path: String) -> Result<String, FileRefusal> {
    do { return .success(try SHA256.hex(ofFileAt: path)) } catch {
      return .failure(FileRefusal(line: 0, reason: "cannot be read (\(error))"))
    }
  }

  /// The hexadecimal digest, once computed; a refusal when the file cannot be read.
  func value() throws(FileRefusal) -> String {
    if !waited {
      done.wait()
      waited = true
    }
    return try result.get()
  }
}
