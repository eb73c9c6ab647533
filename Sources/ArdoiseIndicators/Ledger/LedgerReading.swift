import GRDB

/// The leases and the ledger entries up to a closing date, read in one read transaction and
/// shared by every month computed from it (a month, or the 13 months of a trend).
struct LedgerReading: Sendable {
  /// The leases.
  let leases: LeaseBook
  /// The ledger entries dated on or before the closing date.
  let columns: LedgerColumns

  /// Reads the leases and the entries dated on or before `closing`. With a `helper` reading
  /// the upper half of the ledger on another connection, reads the lower half, then appends
  /// the helper's.
  init(_ db: Database, closing: Int32, helper: PendingResult<LedgerColumns>? = nil) throws {
    let leases = try LeaseBook.load(db)
    self.leases = leases
    var columns = try LedgerColumns(
      db, closing: closing, leases: leases, part: helper == nil ? .all : .lower)
    if let helper {
      let upper = try helper.wait()
      guard upper.leaseCount == leases.count, upper.closing == closing else {
        throw IndicatorError("the two halves of the ledger reading read different leases")
      }
      columns.append(upper)
    }
    self.columns = columns
  }
}
