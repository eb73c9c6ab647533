public import ArdoiseExtracts
public import GRDB

/// The store's schema, as a sequence of migrations.
///
/// Extract tables are generated from the canonical columns of ``ExtractKind`` so that the
/// input contract and the store cannot drift. Dates are `yyyymmdd` integers, months `yyyymm`,
/// money integer cents.
public enum Schema {
  /// The migrations, in order.
  public static var migrator: DatabaseMigrator {
    var m = DatabaseMigrator()
    m.registerMigration("v1-extracts") { db in try createExtractTables(db) }
    m.registerMigration("v2-indicators") { db in try IndicatorTables.create(db) }
    m.registerMigration("v3-runs") { db in try RunTables.create(db) }
    return m
  }

  /// The SQL type of a column.
  static func sqlType(_ type: ColumnType) -> String {
    switch type {
    case .text, .reference, .code, .openCode: "TEXT"
    case .date, .month, .amount, .integer, .boolean: "INTEGER"
    case .decimal: "REAL"
    }
  }

  static func createExtractTables(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE batch (
          id INTEGER PRIMARY KEY,
          file_name TEXT NOT NULL,
          sha256 TEXT NOT NULL UNIQUE,
          kind TEXT NOT NULL,
          profile TEXT NOT NULL,
          profile_source TEXT NOT NULL,
          header TEXT NOT NULL,
          ignored_headers TEXT NOT NULL,
          read INTEGER NOT NULL DEFAULT 0,
          accepted INTEGER NOT NULL DEFAULT 0,
          duplicate INTEGER NOT NULL DEFAULT 0,
          rejected INTEGER NOT NULL DEFAULT 0,
          warnings INTEGER NOT NULL DEFAULT 0,
          ingested_at TEXT NOT NULL,
          ingest_day INTEGER NOT NULL,
          duration_ms INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE quarantine (
          id INTEGER PRIMARY KEY,
          batch_id INTEGER NOT NULL REFERENCES batch(id),
          kind TEXT NOT NULL,
          line INTEGER NOT NULL,
          raw TEXT NOT NULL,
          reason TEXT NOT NULL,
          category TEXT NOT NULL,
          record TEXT,
          status TEXT NOT NULL DEFAULT 'open',
          replayed_at TEXT
        );
        CREATE INDEX quarantine_batch ON quarantine(batch_id);
        CREATE TABLE check_result (
          id INTEGER PRIMARY KEY,
          batch_id INTEGER NOT NULL REFERENCES batch(id),
          name TEXT NOT NULL,
          status TEXT NOT NULL,
          count INTEGER NOT NULL,
          message TEXT NOT NULL
        );
        CREATE INDEX check_result_batch ON check_result(batch_id);
        CREATE TABLE check_row (
          check_id INTEGER NOT NULL REFERENCES check_result(id),
          line INTEGER,
          key TEXT NOT NULL,
          detail TEXT NOT NULL
        );
        CREATE INDEX check_row_check ON check_row(check_id);
        """)
    for kind in ExtractKind.loadOrder {
      let cols = kind.columns.map { c in
        "\(c.name) \(sqlType(c.type))"
          + (c.required || kind.key.contains(c.name) ? " NOT NULL" : "")
      }
      try db.execute(
        sql: """
          CREATE TABLE \(kind.table) (
            \((cols + ["batch_id INTEGER NOT NULL"]).joined(separator: ",\n  ")),
            PRIMARY KEY (\(kind.key.joined(separator: ", ")))
          )
          """)
    }
    // No secondary index on the ledger: compute and the checks read it in one pass in storage
    // (rowid) order, and an index by lease or date would cost every ingested entry a random
    // b-tree insert (+35 % on the SQLite side of a bulk ingest, an integer lease key as much).
    // The ledger keeps its rowid (insertion order): compute splits its scan by rowid ranges.
    try db.execute(
      sql: """
        CREATE INDEX leases_unit ON leases(unit_id);
        CREATE INDEX cases_lease ON cases(lease_id);
        CREATE INDEX actions_date ON actions(date);
        CREATE INDEX actions_case ON actions(case_id);
        CREATE INDEX plans_case ON plans(case_id);
        """)
  }
}
