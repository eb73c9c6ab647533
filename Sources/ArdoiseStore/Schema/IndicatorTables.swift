import GRDB

/// The tables of computed indicators (migration `v2-indicators`).
///
/// - `indicator_value`: one row per value of a computed period. `dimensions` is the canonical
///   text of the output contract (`agency=AVI;status=present`, keys in alphabetical order, empty
///   for the total). `value` has no declared type, so that SQLite keeps what it is given:
///   INTEGER cents (`eur`) or counts (`count`), REAL ratios (`ratio`) or days (`days`), or NULL.
/// - `indicator_period`: one row per computed period: when, with which definitions (hash and
///   catalogue version), by which program version, and the last batch the store held.
///
/// A period is replaced whole, in one transaction, each time it is computed.
enum IndicatorTables {
  /// Creates the tables.
  static func create(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE indicator_value (
          period TEXT NOT NULL,
          indicator TEXT NOT NULL,
          dimensions TEXT NOT NULL,
          value,
          unit TEXT NOT NULL CHECK (unit IN ('eur', 'count', 'ratio', 'days')),
          PRIMARY KEY (period, indicator, dimensions)
        ) WITHOUT ROWID;
        CREATE TABLE indicator_period (
          period TEXT PRIMARY KEY,
          computed_at TEXT NOT NULL,
          definitions_hash TEXT NOT NULL,
          catalogue_version TEXT NOT NULL,
          program_version TEXT NOT NULL,
          last_batch_id INTEGER,
          value_count INTEGER NOT NULL
        );
        """)
  }
}
