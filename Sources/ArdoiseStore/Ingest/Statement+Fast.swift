import ArdoiseExtracts
import GRDB
import GRDBSQLite

/// SQLite's "copy the text now" destructor.
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

extension Statement {
  /// Binds `values` then `batch` as the statement's parameters and steps it once.
  ///
  /// The ingest hot path: binding through the C API avoids building `StatementArguments` for
  /// every row (a fifth of the ingest time in `make bench` profiles).
  func run(binding values: [FieldValue], batch: Int64?, then extra: [FieldValue] = [])
    throws
  {
    let s = sqliteStatement
    sqlite3_reset(s)
    var i: Int32 = 1
    func bind(_ v: FieldValue) {
      switch v {
      case .null: sqlite3_bind_null(s, i)
      case .integer(let x): sqlite3_bind_int64(s, i, x)
      case .real(let x): sqlite3_bind_double(s, i, x)
      case .text(let t): sqlite3_bind_text(s, i, t, -1, transient)
      }
      i += 1
    }
    for v in values { bind(v) }
    if let batch { bind(.integer(batch)) }
    for v in extra { bind(v) }
    let rc = sqlite3_step(s)
    sqlite3_reset(s)
    guard rc == SQLITE_DONE else {
      throw DatabaseError(
        resultCode: ResultCode(rawValue: rc),
        message: String(cString: sqlite3_errmsg(sqlite3_db_handle(s))), sql: sql)
    }
  }
}
