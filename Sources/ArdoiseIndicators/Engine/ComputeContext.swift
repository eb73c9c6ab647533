public import ArdoiseCore
public import GRDB

/// What a family computes from: the period, the parameters and a read transaction on the
/// store, plus (inside the module) the month's snapshot built once and shared by every family.
public final class ComputeContext {
  /// The period computed.
  public let period: Period
  /// The organisation's indicator parameters.
  public let parameters: Parameters
  /// The store, in one read transaction for the whole computation.
  public let db: Database
  private var cachedSnapshot: MonthSnapshot?
  /// The reading of the upper half of the ledger on a second connection, when there is one.
  var helper: PendingResult<LedgerColumns>?
  /// The leases and ledger read for several months at once, when there is one.
  var reading: LedgerReading?

  /// A context for `period` on `db`.
  public init(period: Period, parameters: Parameters, db: Database) {
    self.period = period
    self.parameters = parameters
    self.db = db
  }

  /// The closing (as-of) date: the last day of the period.
  public var closingDate: Day { period.end }

  private var closingInt: Int32 { Int32(period.end.yyyymmdd) }

  /// The month's snapshot (single ledger pass), built on first use.
  func snapshot() throws -> MonthSnapshot {
    if let cachedSnapshot { return cachedSnapshot }
    guard period.length == .month else {
      throw IndicatorError("the recovery snapshot is computed for months, not for \(period)")
    }
    let reading = try reading ?? LedgerReading(db, closing: closingInt, helper: helper)
    let s = try MonthSnapshot(db, month: period.firstMonth, reading: reading)
    cachedSnapshot = s
    return s
  }
}
