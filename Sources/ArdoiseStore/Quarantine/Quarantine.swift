import ArdoiseCore
public import ArdoiseExtracts
import Foundation
import GRDB

/// The rows kept aside by ingest, and the replay of those that waited for a reference.
public struct Quarantine {
  /// The store.
  public let store: Store

  /// Opens the quarantine of a store.
  public init(store: Store) { self.store = store }

  /// One quarantined row.
  public struct Entry: Codable, Sendable, Equatable {
    /// Its id.
    public var id: Int64
    /// The batch it came from.
    public var batch: Int64
    /// The file of that batch.
    public var file: String
    /// The extract kind.
    public var kind: String
    /// The physical line in the file.
    public var line: Int
    /// The line as read.
    public var raw: String
    /// Why it was rejected.
    public var reason: String
    /// The reason's category.
    public var category: String
    /// `open` or `replayed`.
    public var status: String
  }

  /// The quarantined rows, oldest first; only the open ones unless `all`.
  public func list(all: Bool = false, batch: Int64? = nil) throws -> [Entry] {
    var conditions: [String] = []
    var args: [any DatabaseValueConvertible] = []
    if !all { conditions.append("q.status = 'open'") }
    if let batch {
      conditions.append("q.batch_id = ?")
      args.append(batch)
    }
    let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
    return try store.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT q.id, q.batch_id, b.file_name, q.kind, q.line, q.raw, q.reason, q.category, q.status
          FROM quarantine q JOIN batch b ON b.id = q.batch_id \(whereClause)
          ORDER BY q.batch_id, q.line
          """, arguments: StatementArguments(args) ?? []
      ).map {
        Entry(
          id: $0[0], batch: $0[1], file: $0[2], kind: $0[3], line: $0[4], raw: $0[5], reason: $0[6],
          category: $0[7], status: $0[8])
      }
    }
  }

  /// What a replay did.
  public struct ReplayReport: Codable, Sendable, Equatable {
    /// Rows stored now that their reference exists.
    public var replayed = 0
    /// Rows identical to rows stored meanwhile (closed as well).
    public var duplicate = 0
    /// Rows still waiting for a reference.
    public var waiting = 0
    /// Rows that now conflict with a stored row (left open, reason updated).
    public var conflicts = 0
    /// Creates a report.
    public init(replayed: Int = 0, duplicate: Int = 0, waiting: Int = 0, conflicts: Int = 0) {
      self.replayed = replayed
      self.duplicate = duplicate
      self.waiting = waiting
      self.conflicts = conflicts
    }
  }

  /// Replays the open rows quarantined for an unknown reference, in load order: those whose
  /// references now exist are stored with their original batch; the others stay open.
  public func replay() throws -> ReplayReport {
    var report = ReplayReport()
    try store.write { db in
      let now = ISO8601DateFormatter().string(from: Date())
      for kind in ExtractKind.loadOrder {
        let rows = try Row.fetchAll(
          db,
          sql: """
            SELECT id, batch_id, record FROM quarantine
            WHERE kind = ? AND status = 'open' AND category = 'reference' AND record IS NOT NULL
            ORDER BY batch_id, line
            """, arguments: [kind.rawValue])
        if rows.isEmpty { continue }
        let columns = kind.columns
        var known: [Int: Set<String>] = [:]
        for (i, c) in columns.enumerated() {
          if case .reference(let target) = c.type {
            known[i] = try Set(
              String.fetchAll(db, sql: "SELECT \(target.key[0]) FROM \(target.table)"))
          }
        }
        let names = columns.map(\.name)
        let keyPositions = kind.key.map { k in names.firstIndex(of: k)! }
        let keyWhere = kind.key.map { "\($0) = ?" }.joined(separator: " AND ")
        for row in rows {
          let id: Int64 = row["id"]
          guard let values = FieldValue.values(fromJSON: row["record"], columns: columns) else {
            continue
          }
          let missing = known.contains { i, set in values[i].text.map { !set.contains($0) } ?? false
          }
          if missing {
            report.waiting += 1
            continue
          }
          let keyArgs = StatementArguments(keyPositions.map { values[$0].databaseValue })
          let stored = try Row.fetchOne(
            db, sql: "SELECT \(names.joined(separator: ", ")) FROM \(kind.table) WHERE \(keyWhere)",
            arguments: keyArgs
          ).map { r in columns.indices.map { FieldValue(r[$0] as DatabaseValue) } }
          let all = StatementArguments(
            values.map(\.databaseValue) + [row["batch_id"] as Int64].map(\.databaseValue))
          if let stored {
            if stored == values {
              report.duplicate += 1
            } else if kind.isAppendOnly {
              report.conflicts += 1
              try db.execute(
                sql: "UPDATE quarantine SET category = 'conflict', reason = ? WHERE id = ?",
                arguments: [
                  "conflict on replay: \(kind.key.joined(separator: ", ")) already stored with other values",
                  id,
                ])
              continue
            } else {
              let sets = names.map { "\($0) = ?" }.joined(separator: ", ")
              try db.execute(
                sql: "UPDATE \(kind.table) SET \(sets), batch_id = ? WHERE \(keyWhere)",
                arguments: all + keyArgs)
              report.replayed += 1
            }
          } else {
            let ph = Array(repeating: "?", count: names.count + 1).joined(separator: ", ")
            try db.execute(
              sql:
                "INSERT INTO \(kind.table) (\(names.joined(separator: ", ")), batch_id) VALUES (\(ph))",
              arguments: all)
            report.replayed += 1
          }
          try db.execute(
            sql: "UPDATE quarantine SET status = 'replayed', replayed_at = ? WHERE id = ?",
            arguments: [now, id])
        }
      }
    }
    return report
  }
}
