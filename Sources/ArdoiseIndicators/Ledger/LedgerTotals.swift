/// The organisation-wide sums of the ledger pass, over every entry whatever its lease's status:
/// the opening and closing balances and the month's bridge by type.
struct LedgerTotals: Sendable {
  /// Σ amount of entries dated on or before D(M−1).
  var opening: Int64 = 0
  /// Σ amount of entries dated on or before D(M).
  var closing: Int64 = 0
  /// The bridge by type code: Σ amount and number of entries dated in M.
  var bridge: [String: (amount: Int64, count: Int)] {
    var out = other
    for t in LedgerType.allCases where bridgeCount[t.rawValue] > 0 {
      out[t.code] = (bridgeAmount[t.rawValue], bridgeCount[t.rawValue])
    }
    return out
  }
  /// Leases of the ledger missing from the leases table: opening balance and month movement.
  var unknownLeases: [String: (opening: Int64, movement: Int64)] = [:]

  private var bridgeAmount = [Int64](repeating: 0, count: LedgerType.allCases.count)
  private var bridgeCount = [Int](repeating: 0, count: LedgerType.allCases.count)
  private var other: [String: (amount: Int64, count: Int)] = [:]

  /// Adds one entry: to the opening balance, or to the bridge when dated in M.
  mutating func add(
    _ amount: Int64, inMonth: Bool, type: LedgerType?, code: @autoclosure () -> String
  ) {
    closing += amount
    guard inMonth else {
      opening += amount
      return
    }
    if let type {
      bridgeAmount[type.rawValue] += amount
      bridgeCount[type.rawValue] += 1
    } else {
      let code = code()
      let old = other[code] ?? (0, 0)
      other[code] = (old.amount + amount, old.count + 1)
    }
  }

  /// Adds an entry of a lease missing from the leases table (already added to the totals).
  mutating func addUnknownLease(_ lease: String, _ amount: Int64, inMonth: Bool) {
    var m = unknownLeases[lease] ?? (0, 0)
    if inMonth { m.movement += amount } else { m.opening += amount }
    unknownLeases[lease] = m
  }
}
