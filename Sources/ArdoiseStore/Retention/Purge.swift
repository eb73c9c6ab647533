public import ArdoiseCore
import Foundation
import GRDB

/// The retention rule of quality.md: removes the personal data of households whose leases
/// ended and whose debts were closed more than N years ago, keeping every aggregate.
///
/// A household is purged as of day `T` when all of these hold, with `limit = T − N years`:
/// - it has at least one lease, stay or measure, and none is still running: every lease has an
///   `end_date` ≤ `limit`, every stay a `left_on` ≤ `limit`, every measure an `ended_on` ≤ `limit`
///   (a measure never started counts from its `notified_on`);
/// - the balance of each of its leases is ≤ 0 (settled, or written off: a write-off brings it
///   to 0), and the last ledger entry of its leases is dated ≤ `limit` (the debt closed then);
/// - none of its leases has a case still open.
///
/// What is removed: the holder's name and the household's details (adults, children,
/// composition, resources, fragile, dalo) and the free text (`outcome`) of the actions on its
/// cases or on the household. Ids, ledger amounts and computed indicator values stay, so past
/// figures are unchanged. Each purge is logged with counts, never names.
public struct Purge {
  /// The store.
  public let store: Store

  /// A purge over a store.
  public init(store: Store) { self.store = store }

  /// What a purge removes (or would remove, on a dry run).
  public struct Report: Codable, Sendable, Equatable {
    /// The day the rule was applied.
    public var asOf: String
    /// The retention period in years.
    public var years: Int
    /// Households whose personal data is removed.
    public var households: [String]
    /// Holder names cleared.
    public var names: Int
    /// Actions whose free text is cleared.
    public var actionTexts: Int
    /// Whether nothing was changed.
    public var dryRun: Bool
  }

  /// Applies (or, with `dryRun`, lists) the rule as of `today` with a retention of `years`.
  public func run(today: Day, years: Int, dryRun: Bool) throws -> Report {
    let limit = today.adding(months: -12 * years).yyyymmdd
    return try store.write { db in
      let ids = try String.fetchAll(
        db,
        sql: """
          WITH ledger_state AS (
            SELECT lease_id, SUM(amount) AS balance, MAX(entry_date) AS last_entry
            FROM ledger GROUP BY lease_id
          ),
          lease_state AS (
            SELECT l.household_id,
                   l.end_date,
                   COALESCE(g.balance, 0) AS balance,
                   COALESCE(g.last_entry, 0) AS last_entry,
                   (SELECT COUNT(*) FROM cases c WHERE c.lease_id = l.lease_id AND c.closed_on IS NULL) AS open_cases
            FROM leases l LEFT JOIN ledger_state g ON g.lease_id = l.lease_id
          )
          SELECT h.household_id FROM households h
          WHERE h.holder_name IS NOT NULL OR h.composition IS NOT NULL OR h.resources IS NOT NULL
             OR h.fragile IS NOT NULL OR h.dalo IS NOT NULL
             OR EXISTS (SELECT 1 FROM actions a WHERE a.household_id = h.household_id AND a.outcome IS NOT NULL)
          INTERSECT
          SELECT h.household_id FROM households h
          WHERE (EXISTS (SELECT 1 FROM leases l WHERE l.household_id = h.household_id)
                 OR EXISTS (SELECT 1 FROM stays s WHERE s.household_id = h.household_id)
                 OR EXISTS (SELECT 1 FROM measures m WHERE m.household_id = h.household_id))
            AND NOT EXISTS (SELECT 1 FROM lease_state s WHERE s.household_id = h.household_id
                  AND (s.end_date IS NULL OR s.end_date > :limit OR s.balance > 0
                       OR s.last_entry > :limit OR s.open_cases > 0))
            AND NOT EXISTS (SELECT 1 FROM stays s WHERE s.household_id = h.household_id
                  AND (s.left_on IS NULL OR s.left_on > :limit))
            AND NOT EXISTS (SELECT 1 FROM measures m WHERE m.household_id = h.household_id
                  AND COALESCE(m.ended_on, CASE WHEN m.started_on IS NULL THEN m.notified_on END, 99991231) > :limit)
          ORDER BY 1
          """, arguments: ["limit": limit])
      var report = Report(
        asOf: today.iso, years: years, households: ids, names: 0, actionTexts: 0, dryRun: dryRun)
      if ids.isEmpty { return report }
      try db.execute(sql: "CREATE TEMP TABLE purge_ids (id TEXT PRIMARY KEY)")
      defer { try? db.execute(sql: "DROP TABLE temp.purge_ids") }
      let insert = try db.makeStatement(sql: "INSERT INTO purge_ids VALUES (?)")
      for id in ids { try insert.execute(arguments: [id]) }
      report.names =
        try Int.fetchOne(
          db,
          sql:
            "SELECT COUNT(*) FROM households WHERE holder_name IS NOT NULL AND household_id IN purge_ids"
        ) ?? 0
      let actionsWhere = """
        outcome IS NOT NULL AND (household_id IN purge_ids OR case_id IN (
          SELECT case_id FROM cases WHERE lease_id IN (
            SELECT lease_id FROM leases WHERE household_id IN purge_ids)))
        """
      report.actionTexts =
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM actions WHERE \(actionsWhere)") ?? 0
      if dryRun { return report }
      try db.execute(
        sql: """
          UPDATE households SET holder_name = NULL, adults = NULL, children = NULL,
            composition = NULL, resources = NULL, fragile = NULL, dalo = NULL
          WHERE household_id IN purge_ids
          """)
      try db.execute(sql: "UPDATE actions SET outcome = NULL WHERE \(actionsWhere)")
      try db.execute(
        sql: """
          CREATE TABLE IF NOT EXISTS purge_log (
            id INTEGER PRIMARY KEY, done_at TEXT NOT NULL, as_of INTEGER NOT NULL,
            years INTEGER NOT NULL, households INTEGER NOT NULL, names INTEGER NOT NULL,
            action_texts INTEGER NOT NULL)
          """)
      try db.execute(
        sql: """
          INSERT INTO purge_log (done_at, as_of, years, households, names, action_texts)
          VALUES (?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          ISO8601DateFormatter().string(from: Date()), today.yyyymmdd, years, ids.count,
          report.names, report.actionTexts,
        ])
      return report
    }
  }
}
