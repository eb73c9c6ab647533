import ArdoiseCore
import GRDB

/// Reads and writes the `indicator_value` and `indicator_period` tables.
enum IndicatorRepository {
  /// Replaces the period's values and record (the caller's transaction makes it atomic).
  static func replace(_ db: Database, record: PeriodRecord, values: [IndicatorValue]) throws {
    let period = record.period.description
    try db.execute(sql: "DELETE FROM indicator_value WHERE period = ?", arguments: [period])
    try db.execute(sql: "DELETE FROM indicator_period WHERE period = ?", arguments: [period])
    let insert = try db.makeStatement(
      sql:
        "INSERT INTO indicator_value (period, indicator, dimensions, value, unit) VALUES (?, ?, ?, ?, ?)"
    )
    for v in values {
      let value: DatabaseValue =
        switch v.number {
        case nil: .null
        case .integer(let i): i.databaseValue
        case .real(let r): r.databaseValue
        }
      try insert.execute(arguments: [
        period, v.indicator, v.dimensions.text, value, v.unit.rawValue,
      ])
    }
    try db.execute(
      sql: """
        INSERT INTO indicator_period (period, computed_at, definitions_hash, catalogue_version,
          program_version, last_batch_id, value_count) VALUES (?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        period, record.computedAt, record.definitionsHash, record.catalogueVersion,
        record.programVersion, record.lastBatchId, record.valueCount,
      ])
  }

  /// The stored period, or nil when it was never computed.
  static func load(_ db: Database, period: Period) throws -> StoredPeriod? {
    let key = period.description
    guard
      let r = try Row.fetchOne(
        db, sql: "SELECT * FROM indicator_period WHERE period = ?", arguments: [key])
    else { return nil }
    let record = PeriodRecord(
      period: period, computedAt: r["computed_at"], definitionsHash: r["definitions_hash"],
      catalogueVersion: r["catalogue_version"], programVersion: r["program_version"],
      lastBatchId: r["last_batch_id"], valueCount: r["value_count"])
    var values: [IndicatorValue] = []
    let rows = try Row.fetchCursor(
      db, sql: "SELECT indicator, dimensions, value, unit FROM indicator_value WHERE period = ?",
      arguments: [key])
    while let row = try rows.next() {
      let number: IndicatorNumber? =
        switch (row[2] as DatabaseValue).storage {
        case .int64(let i): .integer(i)
        case .double(let d): .real(d)
        default: nil
        }
      guard let unit = IndicatorUnit(rawValue: row[3]), let dims = Dimensions(text: row[1]) else {
        throw IndicatorError("unreadable stored value for \(key): \(row)")
      }
      values.append(
        IndicatorValue(
          indicator: row[0], period: period, dimensions: dims, unit: unit, number: number))
    }
    return StoredPeriod(record: record, values: values.sorted(by: IndicatorValue.outputOrder))
  }

  /// The last batch id of the store, nil when there is none.
  static func lastBatchId(_ db: Database) throws -> Int64? {
    try Int64.fetchOne(db, sql: "SELECT max(id) FROM batch")
  }
}
