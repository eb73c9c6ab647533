import ArdoiseCore
import GRDB

/// The single sequential pass over the ledger for a month: every figure that needs ledger
/// entries comes from this one table scan of the entries dated on or before D(M).
///
/// The scan reads the table in storage order (a full scan is several times faster than
/// walking the `(lease_id, entry_date)` index) and looks leases up from the raw bytes of their
/// ids. It sums what can be summed on the fly and keeps, for the leases started at D, each
/// entry's date, due date and amount for the per-lease work that follows (``DebtorPass``).
/// The table can be read in two halves by rowid, on two connections reading the same state,
/// and the halves merged (``merge(_:)``): every result is a sum or a list.
struct LedgerScan: Sendable {
  /// Which rows of the ledger a scan reads.
  enum Part: Sendable {
    /// Every row.
    case all
    /// Rows with rowid ≤ max(rowid) / 2.
    case lower
    /// Rows with rowid > max(rowid) / 2.
    case upper
  }

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

  /// Runs the pass over `part` of the ledger for `window`; `started[i]` says whether lease i of
  /// `leases` has started at D.
  init(
    _ db: Database, window: MonthWindow, leases: LeaseBook, started: [Bool], part: Part = .all
  ) throws {
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
    let last = try Int64.fetchOne(db, sql: "SELECT max(rowid) FROM ledger") ?? 0
    let rowids: ClosedRange<Int64> =
      switch part {
      case .all: Int64.min...Int64.max
      case .lower: Int64.min...(last / 2)
      case .upper: (last / 2 + 1)...Int64.max
      }
    retained.reserve(part == .all ? Int(last) : Int(last / 2 + 1))
    try scan(db, window: window, leases: leases, started: started, rowids: rowids)
  }

  /// The scan of the upper half of the ledger for `month`, with its own reading of the leases
  /// (the same as the main connection's, both reading the same state of the store).
  static func upperHalf(_ db: Database, month: Month) throws -> LedgerScan {
    let window = MonthWindow(month: month)
    let leases = try LeaseBook.load(db)
    let started = (0..<leases.count).map { leases.status($0, at: window.closing) != .notStarted }
    return try LedgerScan(db, window: window, leases: leases, started: started, part: .upper)
  }

  /// Adds the sums and entries of a scan of another part of the same ledger.
  mutating func merge(_ other: LedgerScan) {
    totals.merge(other.totals)
    for i in balance.indices {
      balance[i] += other.balance[i]
      openingBalance[i] += other.openingBalance[i]
      yearAgoBalance[i] += other.yearAgoBalance[i]
    }
    for i in billing.indices {
      billing[i] += other.billing[i]
      billingCount[i] += other.billingCount[i]
    }
    for i in collections.indices {
      collections[i] += other.collections[i]
      collectionsCount[i] += other.collectionsCount[i]
    }
    for i in writeOff.indices {
      writeOff[i] += other.writeOff[i]
      writeOffCount[i] += other.writeOffCount[i]
    }
    retained.append(contentsOf: other.retained)
  }

  private mutating func scan(
    _ db: Database, window: MonthWindow, leases: LeaseBook, started: [Bool],
    rowids: ClosedRange<Int64>
  ) throws {
    // NOT INDEXED: a full scan in storage order; the date index would cost a lookup per row.
    let rows = try RawRows(
      db,
      sql: """
        SELECT lease_id, entry_date, due_date, period, type, amount
        FROM ledger NOT INDEXED WHERE entry_date <= ? AND rowid BETWEEN ? AND ?
        """, arguments: [Int64(window.closing), rowids.lowerBound, rowids.upperBound])
    let agency = leases.agency
    let types = LedgerType.Decoder()
    try leases.index.withLookup { lookup in
      var previous = -1
      while try rows.next() {
        let date = Int32(truncatingIfNeeded: rows.int64(1))
        let amount = rows.int64(5)
        let typeBytes = rows.bytes(4)
        let type = types.decode(typeBytes)
        let inMonth = date > window.opening
        totals.add(amount, inMonth: inMonth, type: type, rawType: typeBytes)
        let leaseBytes = rows.bytes(0)
        let l = lookup.find(leaseBytes, near: previous)
        guard l >= 0 else {
          totals.addUnknownLease(
            String(decoding: leaseBytes, as: UTF8.self), amount, inMonth: inMonth)
          continue
        }
        previous = l
        balance[l] += amount
        if !inMonth { openingBalance[l] += amount }
        if date <= window.yearAgo { yearAgoBalance[l] += amount }
        guard started[l] else { continue }
        // Dates and months are never 0: a NULL read as 0 means the column is empty.
        let storedDue = Int32(truncatingIfNeeded: rows.int64(2))
        let due = storedDue == 0 ? date : storedDue
        retained.append(lease: l, date: date, due: due, amount: amount)
        guard let type else { continue }
        let a = agency[l]
        if type.isBilling {
          let storedPeriod = Int32(truncatingIfNeeded: rows.int64(3))
          let offset = window.offset(ofMonth: storedPeriod == 0 ? due / 100 : storedPeriod)
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
}
