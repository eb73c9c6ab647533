import ArdoiseCore
import GRDB

/// The pass over the ledger for a month: every figure that needs ledger entries comes from
/// this one pass over the entries dated on or before D(M), read from ``LedgerColumns`` (the
/// table read once, possibly for several months).
///
/// It sums what can be summed on the fly: the totals and bridge, the balances per lease at D,
/// D(M−1) and D(M−12), billing, collections and write-offs of the 12 months by agency. The
/// per-lease work that follows (``DebtorPass``) reads the entries from the columns again.
struct LedgerScan: Sendable {
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

  /// Runs the pass over the entries of `columns` dated on or before the closing date of
  /// `window`; `started[i]` says whether lease i of `leases` has started at D.
  init(_ columns: LedgerColumns, window: MonthWindow, leases: LeaseBook, started: [Bool]) {
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
    scan(columns, window: window, agency: leases.agency, started: started)
  }

  private mutating func scan(
    _ c: LedgerColumns, window: MonthWindow, agency: [Int], started: [Bool]
  ) {
    for i in 0..<c.count {
      let date = c.date[i]
      guard date <= window.closing else { continue }
      let amount = c.amount[i]
      let rawType = c.type[i]
      let type =
        rawType < LedgerColumns.otherTypeBase ? LedgerType(rawValue: Int(rawType)) : nil
      let inMonth = date > window.opening
      totals.add(amount, inMonth: inMonth, type: type, code: c.code(ofType: rawType))
      let l = Int(c.lease[i])
      guard l >= 0 else {
        totals.addUnknownLease(c.unknownLeases.values[-1 - l], amount, inMonth: inMonth)
        continue
      }
      balance[l] += amount
      if !inMonth { openingBalance[l] += amount }
      if date <= window.yearAgo { yearAgoBalance[l] += amount }
      guard started[l], let type else { continue }
      let a = agency[l]
      if type.isBilling {
        let storedPeriod = c.period[i]
        let offset = window.offset(ofMonth: storedPeriod == 0 ? c.due[i] / 100 : storedPeriod)
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
