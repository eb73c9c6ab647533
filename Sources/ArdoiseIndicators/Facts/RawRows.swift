import GRDB
import GRDBSQLite

/// Steps a statement through the SQLite C API, for the large reads of a month (leases, ledger)
/// where GRDB's row decoding would cost more than the query.
struct RawRows {
  private let statement: Statement
  private let handle: SQLiteStatement
  private let db: Database

  /// Prepares `sql` with `arguments`.
  init(_ db: Database, sql: String, arguments: StatementArguments = []) throws {
    self.db = db
    statement = try db.makeStatement(sql: sql)
    try statement.setArguments(arguments)
    handle = statement.sqliteStatement
  }

  /// Moves to the next row; false after the last one.
  func next() throws -> Bool {
    let rc = sqlite3_step(handle)
    if rc == SQLITE_ROW { return true }
    sqlite3_reset(handle)
    if rc == SQLITE_DONE { return false }
    throw DatabaseError(
      resultCode: ResultCode(rawValue: rc),
      message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
  }

  /// Whether column `i` is NULL.
  func isNull(_ i: Int32) -> Bool { sqlite3_column_type(handle, i) == SQLITE_NULL }

  /// Column `i` as an integer (0 for NULL).
  func int64(_ i: Int32) -> Int64 { sqlite3_column_int64(handle, i) }

  /// Column `i` as a date or month (yyyymmdd, yyyymm), nil for NULL.
  func date(_ i: Int32) -> Int32? { isNull(i) ? nil : Int32(truncatingIfNeeded: int64(i)) }

  /// Column `i` as a real.
  func double(_ i: Int32) -> Double { sqlite3_column_double(handle, i) }

  /// The UTF-8 bytes of text column `i`, valid until the next step.
  func bytes(_ i: Int32) -> UnsafeBufferPointer<UInt8> {
    let text = sqlite3_column_text(handle, i)
    return UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, i)))
  }

  /// Column `i` as text ("" for NULL).
  func text(_ i: Int32) -> String { String(decoding: bytes(i), as: UTF8.self) }

  /// Column `i` as text, nil for NULL.
  func optionalText(_ i: Int32) -> String? { isNull(i) ? nil : text(i) }
}
