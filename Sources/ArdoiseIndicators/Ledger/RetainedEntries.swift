/// The entries kept by the ledger pass for per-lease work, as parallel arrays (20 bytes an
/// entry): lease index, entry date, due date (yyyymmdd) and amount (cents).
struct RetainedEntries: Sendable {
  /// Lease index of each entry.
  private(set) var lease: [Int32] = []
  /// Entry date of each entry.
  private(set) var date: [Int32] = []
  /// Due date of each entry.
  private(set) var due: [Int32] = []
  /// Amount of each entry.
  private(set) var amount: [Int64] = []

  /// The number of entries.
  var count: Int { lease.count }

  /// Reserves room for `n` entries.
  mutating func reserve(_ n: Int) {
    lease.reserveCapacity(n)
    date.reserveCapacity(n)
    due.reserveCapacity(n)
    amount.reserveCapacity(n)
  }

  /// Appends one entry.
  mutating func append(lease l: Int, date d: Int32, due u: Int32, amount a: Int64) {
    lease.append(Int32(truncatingIfNeeded: l))
    date.append(d)
    due.append(u)
    amount.append(a)
  }

  /// Appends the entries of another scan.
  mutating func append(contentsOf other: RetainedEntries) {
    lease += other.lease
    date += other.date
    due += other.due
    amount += other.amount
  }

  /// The entries of the leases for which `keep` is true, grouped by lease (in storage order
  /// within a lease): `offsets[l]..<offsets[l + 1]` are lease l's positions in `order`.
  func grouped(leaseCount: Int, keep: [Bool]) -> (offsets: [Int], order: [Int32]) {
    var offsets = [Int](repeating: 0, count: leaseCount + 1)
    for l in lease where keep[Int(l)] { offsets[Int(l) + 1] += 1 }
    for i in 0..<leaseCount { offsets[i + 1] += offsets[i] }
    var cursor = offsets
    var order = [Int32](repeating: 0, count: offsets[leaseCount])
    for (i, l) in lease.enumerated() where keep[Int(l)] {
      order[cursor[Int(l)]] = Int32(truncatingIfNeeded: i)
      cursor[Int(l)] += 1
    }
    return (offsets, order)
  }
}
