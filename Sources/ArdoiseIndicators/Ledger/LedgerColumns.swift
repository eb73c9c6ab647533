import ArdoiseCore
import GRDB

/// The ledger entries dated on or before a closing date, read from the store once into
/// parallel arrays (26 bytes an entry), in storage order.
///
/// A month's pass (``LedgerScan``) and its per-lease work (``DebtorPass``) read these arrays,
/// not the table: reading the table is most of a month's cost, and the 13 months of a trend
/// are computed from one reading of it (``IndicatorEngine/storedOrComputed(periods:programVersion:)``).
/// The table can be read in two halves by rowid, on two connections reading the same state,
/// and the halves appended in rowid order (``append(_:)``).
struct LedgerColumns: Sendable {
  /// Which rows of the ledger are read.
  enum Part: Sendable {
    /// Every row.
    case all
    /// Rows with rowid ≤ max(rowid) / 2.
    case lower
    /// Rows with rowid > max(rowid) / 2.
    case upper
  }

  /// The first value of ``type`` that stands for a code outside ``LedgerType``.
  static let otherTypeBase: UInt16 = 256

  /// Entries dated after this day (yyyymmdd) were not read.
  let closing: Int32
  /// The number of leases of the ``LeaseBook`` the lease indices refer to.
  let leaseCount: Int
  /// Lease index of each entry in the lease book; `−1 − k` for the k-th id of
  /// ``unknownLeases`` (a lease missing from the leases table).
  private(set) var lease: [Int32] = []
  /// Entry date (yyyymmdd).
  private(set) var date: [Int32] = []
  /// Due date (yyyymmdd), the entry date when the column is empty.
  private(set) var due: [Int32] = []
  /// Period month (yyyymm), 0 when the column is empty.
  private(set) var period: [Int32] = []
  /// ``LedgerType`` raw value, or ``otherTypeBase`` + the index of the code in ``otherTypes``.
  private(set) var type: [UInt16] = []
  /// Amount, cents.
  private(set) var amount: [Int64] = []
  /// The lease ids of the ledger missing from the leases table.
  private(set) var unknownLeases = Interner()
  /// The type codes outside ``LedgerType``.
  private(set) var otherTypes = Interner()

  /// The number of entries.
  var count: Int { lease.count }

  /// Reads `part` of the entries dated on or before `closing`; lease ids are resolved in
  /// `leases`.
  init(_ db: Database, closing: Int32, leases: LeaseBook, part: Part = .all) throws {
    self.closing = closing
    leaseCount = leases.count
    let last = try Int64.fetchOne(db, sql: "SELECT max(rowid) FROM ledger") ?? 0
    let rowids: ClosedRange<Int64> =
      switch part {
      case .all: Int64.min...Int64.max
      case .lower: Int64.min...(last / 2)
      case .upper: (last / 2 + 1)...Int64.max
      }
    reserve(part == .all ? Int(last) : Int(last / 2 + 1))
    try read(db, leases: leases, rowids: rowids)
  }

  /// Reads the upper half of the entries dated on or before `closing`, with its own reading
  /// of the leases (the same as the main connection's: both read the same state of the store).
  static func upperHalf(_ db: Database, closing: Int32) throws -> LedgerColumns {
    try LedgerColumns(db, closing: closing, leases: LeaseBook.load(db), part: .upper)
  }

  /// Appends the entries of the next part of the same ledger (read with the same closing date
  /// and the same leases).
  mutating func append(_ other: LedgerColumns) {
    var leaseMap: [Int32] = []
    for k in 0..<other.unknownLeases.count {
      leaseMap.append(-1 - Int32(unknownLeases.intern(other.unknownLeases.values[k])))
    }
    var typeMap: [UInt16] = []
    for k in 0..<other.otherTypes.count {
      typeMap.append(
        LedgerColumns.otherTypeBase + UInt16(otherTypes.intern(other.otherTypes.values[k])))
    }
    reserve(count + other.count)
    for i in 0..<other.count {
      let l = other.lease[i]
      lease.append(l >= 0 ? l : leaseMap[Int(-1 - l)])
      let t = other.type[i]
      type.append(
        t < LedgerColumns.otherTypeBase ? t : typeMap[Int(t - LedgerColumns.otherTypeBase)])
    }
    date += other.date
    due += other.due
    period += other.period
    amount += other.amount
  }

  /// The code of a stored type value.
  func code(ofType t: UInt16) -> String {
    t < LedgerColumns.otherTypeBase
      ? LedgerType(rawValue: Int(t))!.code : otherTypes.values[Int(t - LedgerColumns.otherTypeBase)]
  }

  /// The entries of the leases for which `keep` is true, dated on or before `closing`, grouped
  /// by lease (in storage order within a lease): `offsets[l]..<offsets[l + 1]` are lease l's
  /// positions in `order`.
  func grouped(keep: [Bool], closing: Int32) -> (offsets: [Int], order: [Int32]) {
    var offsets = [Int](repeating: 0, count: leaseCount + 1)
    for i in 0..<count {
      let l = Int(lease[i])
      if l >= 0 && keep[l] && date[i] <= closing { offsets[l + 1] += 1 }
    }
    for i in 0..<leaseCount { offsets[i + 1] += offsets[i] }
    var cursor = offsets
    var order = [Int32](repeating: 0, count: offsets[leaseCount])
    for i in 0..<count {
      let l = Int(lease[i])
      guard l >= 0 && keep[l] && date[i] <= closing else { continue }
      order[cursor[l]] = Int32(truncatingIfNeeded: i)
      cursor[l] += 1
    }
    return (offsets, order)
  }

  private mutating func reserve(_ n: Int) {
    lease.reserveCapacity(n)
    date.reserveCapacity(n)
    due.reserveCapacity(n)
    period.reserveCapacity(n)
    type.reserveCapacity(n)
    amount.reserveCapacity(n)
  }

  private mutating func read(_ db: Database, leases: LeaseBook, rowids: ClosedRange<Int64>) throws {
    // NOT INDEXED: a full scan in storage order; the date index would cost a lookup per row.
    let rows = try RawRows(
      db,
      sql: """
        SELECT lease_id, entry_date, due_date, period, type, amount
        FROM ledger NOT INDEXED WHERE entry_date <= ? AND rowid BETWEEN ? AND ?
        """, arguments: [Int64(closing), rowids.lowerBound, rowids.upperBound])
    let types = LedgerType.Decoder()
    try leases.index.withLookup { lookup in
      var previous = -1
      while try rows.next() {
        let leaseBytes = rows.bytes(0)
        var l = lookup.find(leaseBytes, near: previous)
        if l >= 0 {
          previous = l
        } else {
          l = -1 - unknownLeases.intern(String(decoding: leaseBytes, as: UTF8.self))
        }
        lease.append(Int32(truncatingIfNeeded: l))
        // Dates and months are never 0: a NULL read as 0 means the column is empty.
        let d = Int32(truncatingIfNeeded: rows.int64(1))
        date.append(d)
        let storedDue = Int32(truncatingIfNeeded: rows.int64(2))
        due.append(storedDue == 0 ? d : storedDue)
        period.append(Int32(truncatingIfNeeded: rows.int64(3)))
        let typeBytes = rows.bytes(4)
        if let t = types.decode(typeBytes) {
          type.append(UInt16(t.rawValue))
        } else {
          let k = otherTypes.intern(String(decoding: typeBytes, as: UTF8.self))
          type.append(LedgerColumns.otherTypeBase + UInt16(truncatingIfNeeded: k))
        }
        amount.append(rows.int64(5))
      }
    }
  }
}
