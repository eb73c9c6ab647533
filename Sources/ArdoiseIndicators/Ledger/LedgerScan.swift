import GRDB
import GRDBSQLite

/// The single sequential pass over the ledger for a month: every figure that needs ledger
/// entries comes from this one table scan of the entries dated on or before D(M).
///
/// The scan reads the table in storage order (a full scan is several times faster than
/// walking the `(lease_id, entry_date)` index) and looks leases up from the raw bytes of their
/// ids. It sums what can be summed on the fly and keeps, for the leases started at D, each
/// entry's date, due date and amount for the per-lease work that follows (``DebtorPass``).
struct LedgerScan {
  /// Opening, closing, bridge and per-lease balances for leases missing from the leases table.
  var totals = LedgerTotals()
  /// Balance at D by lease.
  var balance: [Int64]
  /// Balance at D(M−1) by lease.
  var openingBalance: [Int64]
  /// Balance at D(M−12) by lease.
  var yearAgoBalance: [Int64]
  /// Billing by agency × 12 months (index `agency × 12 + offset`), leases started at D.
  var billing: [Int64]
  /// Entries counted in ``billing``.
  var billingCount: [Int32]
  /// Collections by agency × 12 months × source (`(agency × 12 + offset) × 3 + source`).
  var collections: [Int64]
  /// Entries counted in ``collections``.
  var collectionsCount: [Int32]
  /// Write-offs (W, positive) of the 12 months by agency.
  var writeOff: [Int64]
  /// Entries counted in ``writeOff``.
  var writeOffCount: [Int32]
  /// The entries of leases started at D, for the per-lease work.
  var retained = RetainedEntries()

  /// Runs the pass for `window` over the leases of `leases`; `started[i]` says whether lease i
  /// has started at D.
  init(_ db: Database, window: MonthWindow, leases: LeaseBook, started: [Bool]) throws {
    let n = leases.count
    let agencies = leases.agencies.count
    balance = [Int64](repeating: 0, count: n)
    openingBalance = balance
    yearAgoBalance = balance
    billing = [Int64](repeating: 0, count: agencies * 12)
    billingCount = [Int32](repeating: 0, count: agencies * 12)
    collections = [Int64](repeating: 0, count: agencies * 12 * 3)
    collectionsCount = [Int32](repeating: 0, count: agencies * 12 * 3)
    writeOff = [Int64](repeating: 0, count: agencies)
    writeOffCount = [Int32](repeating: 0, count: agencies)
    let estimate = try Int.fetchOne(db, sql: "SELECT max(rowid) FROM ledger") ?? 0
    retained.reserve(estimate)
    try scan(db, window: window, leases: leases, started: started)
  }

  private mutating func scan(
    _ db: Database, window: MonthWindow, leases: LeaseBook, started: [Bool]
  ) throws {
    // NOT INDEXED: a full scan in storage order; the date index would cost a lookup per row.
    let statement = try db.makeStatement(
      sql: """
        SELECT lease_id, entry_date, due_date, period, type, amount
        FROM ledger NOT INDEXED WHERE entry_date <= ?
        """)
    try statement.setArguments([Int64(window.closing)])
    let s = statement.sqliteStatement
    defer { sqlite3_reset(s) }
    let agency = leases.agency
    let index = leases.index
    while true {
      let rc = sqlite3_step(s)
      guard rc == SQLITE_ROW else {
        if rc == SQLITE_DONE { break }
        throw DatabaseError(
          resultCode: ResultCode(rawValue: rc),
          message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
      }
      let date = Int32(truncatingIfNeeded: sqlite3_column_int64(s, 1))
      let amount = sqlite3_column_int64(s, 5)
      let typeBytes = UnsafeBufferPointer(
        start: sqlite3_column_text(s, 4), count: Int(sqlite3_column_bytes(s, 4)))
      let type = LedgerType(typeBytes)
      let inMonth = date > window.opening
      totals.add(amount, inMonth: inMonth, type: type, rawType: typeBytes)
      let leaseBytes = UnsafeBufferPointer(
        start: sqlite3_column_text(s, 0), count: Int(sqlite3_column_bytes(s, 0)))
      let l = index.find(leaseBytes)
      guard l >= 0 else {
        totals.addUnknownLease(
          String(decoding: leaseBytes, as: UTF8.self), amount, inMonth: inMonth)
        continue
      }
      balance[l] += amount
      if !inMonth { openingBalance[l] += amount }
      if date <= window.yearAgo { yearAgoBalance[l] += amount }
      guard started[l] else { continue }
      let due =
        sqlite3_column_type(s, 2) == SQLITE_NULL
        ? date : Int32(truncatingIfNeeded: sqlite3_column_int64(s, 2))
      retained.append(lease: l, date: date, due: due, amount: amount)
      guard let type else { continue }
      let a = agency[l]
      if type.isBilling {
        let period =
          sqlite3_column_type(s, 3) == SQLITE_NULL
          ? due / 100 : Int32(truncatingIfNeeded: sqlite3_column_int64(s, 3))
        let offset = window.offset(ofMonth: period)
        if offset >= 0 && offset < 12 {
          billing[a * 12 + offset] += amount
          billingCount[a * 12 + offset] += 1
        }
      } else if date >= window.yearStart {
        if let source = type.collectionSource {
          let cell = (a * 12 + window.offset(ofMonth: date / 100)) * 3 + source
          collections[cell] -= amount
          collectionsCount[cell] += 1
        } else if type == .perte {
          writeOff[a] -= amount
          writeOffCount[a] += 1
        }
      }
    }
  }
}
