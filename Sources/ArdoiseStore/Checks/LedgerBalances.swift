public import GRDB
import GRDBSQLite

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Lease balances from the ledger at given dates, in one pass over the ledger.
///
/// The ledger has no index by lease or date (each would cost every ingested entry a random
/// b-tree insert), so a correlated subquery per lease and date —
/// `(SELECT SUM(amount) FROM ledger WHERE lease_id = ? AND entry_date <= ?)` — would scan the
/// whole ledger each time. This reads it once in storage order: each entry is added to the
/// first requested date of its lease on or after the entry's date, then each lease's dates are
/// summed in order. The `ledger_vs_balances` check uses it; so can any other reconciliation.
public enum LedgerBalances {
  /// For each `(leaseID, asOf)` point, in the order given, the sum of the amounts (cents) of
  /// the lease's entries dated on or before `asOf` (`yyyymmdd`); 0 for a lease without one.
  public static func sums(_ db: Database, at points: [(leaseID: String, asOf: Int)]) throws
    -> [Int64]
  {
    guard !points.isEmpty else { return [] }
    // The points by lease (as bytes, the order does not matter) then date.
    var keys = ByteKeySet()
    let lease = points.map { keys.insert($0.leaseID) }
    let order = points.indices.sorted {
      lease[$0] != lease[$1] ? lease[$0] < lease[$1] : points[$0].asOf < points[$1].asOf
    }
    let leases = FrozenKeySet(keys)
    let asOf = order.map { Int64(points[$0].asOf) }
    // The points of lease number `l` are `first[l]..<first[l + 1]` in `order`.
    var first = [Int](repeating: 0, count: leases.keys.count + 1)
    for i in order { first[lease[i] + 1] += 1 }
    for l in 0..<leases.keys.count { first[l + 1] += first[l] }

    var sums = [Int64](repeating: 0, count: points.count)
    let sql = "SELECT lease_id, entry_date, amount FROM ledger NOT INDEXED WHERE entry_date <= ?"
    let statement = try db.makeStatement(sql: sql)
    try statement.setArguments([asOf.max() ?? 0])
    let s = statement.sqliteStatement
    defer { sqlite3_reset(s) }
    try asOf.withUnsafeBufferPointer { asOf in
      try first.withUnsafeBufferPointer { first in
        try sums.withUnsafeMutableBufferPointer { sums in
          // Entries of a lease often follow each other: remember the last lease found.
          var lastLease = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 64)
          defer { lastLease.deallocate() }
          var lastCount = -1
          var last = -1
          while true {
            let rc = sqlite3_step(s)
            guard rc == SQLITE_ROW else {
              if rc == SQLITE_DONE { break }
              throw DatabaseError(
                resultCode: ResultCode(rawValue: rc),
                message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: sql)
            }
            let bytes = UnsafeBufferPointer(
              start: sqlite3_column_text(s, 0), count: Int(sqlite3_column_bytes(s, 0)))
            if bytes.count != lastCount
              || (bytes.count > 0
                && memcmp(lastLease.baseAddress!, bytes.baseAddress!, bytes.count) != 0)
            {
              if bytes.count > lastLease.count {
                lastLease.deallocate()
                lastLease = .allocate(capacity: bytes.count)
              }
              if bytes.count > 0 {
                lastLease.baseAddress!.update(from: bytes.baseAddress!, count: bytes.count)
              }
              lastCount = bytes.count
              last = leases.keys.find(bytes)
            }
            guard last >= 0 else { continue }
            let date = sqlite3_column_int64(s, 1)
            // The first point of the lease dated on or after the entry.
            var lo = first[last]
            var hi = first[last + 1]
            while lo < hi {
              let mid = (lo + hi) / 2
              if asOf[mid] < date { lo = mid + 1 } else { hi = mid }
            }
            if lo < first[last + 1] { sums[lo] += sqlite3_column_int64(s, 2) }
          }
          // Each point sums the entries up to its date: add the earlier buckets of the lease.
          for l in 0..<(first.count - 1) where first[l + 1] - first[l] > 1 {
            for b in (first[l] + 1)..<first[l + 1] { sums[b] += sums[b - 1] }
          }
        }
      }
    }
    // Back to the order of the points.
    var out = [Int64](repeating: 0, count: points.count)
    for (position, i) in order.enumerated() { out[i] = sums[position] }
    return out
  }
}
