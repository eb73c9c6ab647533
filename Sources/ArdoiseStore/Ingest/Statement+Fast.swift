import ArdoiseExtracts
import GRDB
import GRDBSQLite

/// SQLite's "copy the text now" destructor.
let transientText = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
private let transient = transientText

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

/// Binds a value read in place as parameter `i` of `s`.
///
/// Text is bound where it lies (`SQLITE_STATIC`, no copy): the caller keeps it alive until the
/// statement has been stepped, and binds every parameter again before the next step.
@inline(__always)
private func bind(_ v: RowValue, _ s: OpaquePointer, _ i: Int32) {
  switch v {
  case .null: sqlite3_bind_null(s, i)
  case .integer(let x): sqlite3_bind_int64(s, i, x)
  case .real(let x): sqlite3_bind_double(s, i, x)
  case .text(let bytes):
    if let base = bytes.baseAddress {
      sqlite3_bind_text(
        s, i, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), Int32(bytes.count), nil)
    } else {
      sqlite3_bind_text(s, i, "", 0, transient)
    }
  }
}

extension Statement {
  /// Binds a row read in place then `batch`, and steps the statement once.
  func run(binding values: UnsafeBufferPointer<RowValue>, batch: Int64) throws {
    let s = sqliteStatement
    var i: Int32 = 1
    for v in values {
      bind(v, s, i)
      i += 1
    }
    sqlite3_bind_int64(s, i, batch)
    let rc = sqlite3_step(s)
    sqlite3_reset(s)
    guard rc == SQLITE_DONE else {
      throw DatabaseError(
        resultCode: ResultCode(rawValue: rc),
        message: String(cString: sqlite3_errmsg(sqlite3_db_handle(s))), sql: sql)
    }
  }

  /// Binds every row of a full `block`, each followed by `batch`, and steps the statement
  /// once: a multi-row `INSERT OR FAIL`. Returns true when every row was inserted, false when
  /// one of them has a stored key (the rows before it stay inserted: `sqlite3_changes` says how
  /// many).
  func run(block: RowBlock, batch: Int64) throws -> Bool {
    let s = sqliteStatement
    var i: Int32 = 1
    for r in 0..<block.count {
      for v in block.row(r) {
        bind(v, s, i)
        i += 1
      }
      sqlite3_bind_int64(s, i, batch)
      i += 1
    }
    let rc = sqlite3_step(s)
    let extended = sqlite3_extended_errcode(sqlite3_db_handle(s))
    sqlite3_reset(s)
    if rc == SQLITE_DONE { return true }
    if extended == ResultCode.SQLITE_CONSTRAINT_PRIMARYKEY.rawValue { return false }
    throw DatabaseError(
      resultCode: ResultCode(rawValue: extended),
      message: String(cString: sqlite3_errmsg(sqlite3_db_handle(s))), sql: sql)
  }
}
