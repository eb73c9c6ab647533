public import ArdoiseCore
public import ArdoiseStore
public import Foundation
import GRDB

/// Computes, checks and stores the indicators of a period.
///
/// Everything is computed as of the period's closing date from one read transaction; a month's
/// recovery, ageing, CAF and caseload families share one pass over the ledger. The checks
/// (bridge, ageing reconciliation) run on the values before anything is stored: a broken check
/// throws an ``IndicatorCheckFailure`` and the store is left as it was. Storing replaces the
/// period's previous values and record in one transaction.
///
/// On a file store a month's ledger is read by two connections at once (see
/// `consistentRead`): call the engine from outside any database access of the store.
public struct IndicatorEngine: Sendable {
  /// The organisation's store.
  public let store: Store
  /// The indicator parameters.
  public let parameters: Parameters
  /// The catalogue computed.
  public let catalogue: Catalogue

  /// An engine on `store`.
  public init(store: Store, parameters: Parameters = Parameters(), catalogue: Catalogue = .standard)
  {
    self.store = store
    self.parameters = parameters
    self.catalogue = catalogue
  }

  /// The values of `period`, checked, in output order (nothing is stored).
  public func compute(period: Period) throws -> [IndicatorValue] {
    try evaluate(period: period).values
  }

  /// The values and checks of `period`, and its worklists when `worklists` is true.
  public func evaluate(period: Period, worklists: Bool = false) throws -> Evaluation {
    try consistentRead(period) { db, helper in
      try evaluate(period, db, helper, worklists: worklists)
    }
  }

  /// Computes and checks `period`, then replaces its stored values and record in one
  /// transaction. Nothing is stored when a check breaks.
  public func computeAndStore(
    period: Period, programVersion: String, computedAt: Date = Date()
  ) throws -> ComputeReport {
    let (evaluation, lastBatch) = try consistentRead(period) { db, helper in
      (try evaluate(period, db, helper, worklists: false), try IndicatorRepository.lastBatchId(db))
    }
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    let record = PeriodRecord(
      period: period, computedAt: formatter.string(from: computedAt),
      definitionsHash: catalogue.definitionsHash, catalogueVersion: catalogue.version,
      programVersion: programVersion, lastBatchId: lastBatch, valueCount: evaluation.values.count)
    try store.write { db in
      try IndicatorRepository.replace(db, record: record, values: evaluation.values)
    }
    return ComputeReport(record: record, evaluation: evaluation)
  }

  /// The stored values and record of `period`, nil when it was never computed.
  public func stored(period: Period) throws -> StoredPeriod? {
    try store.read { db in try IndicatorRepository.load(db, period: period) }
  }

  /// The stored period, computed and stored first when it never was.
  public func storedOrComputed(period: Period, programVersion: String) throws -> StoredPeriod {
    if let s = try stored(period: period) { return s }
    _ = try computeAndStore(period: period, programVersion: programVersion)
    guard let s = try stored(period: period) else {
      throw IndicatorError("the values of \(period) were stored but cannot be read back")
    }
    return s
  }

  /// The worklists of a month (CAF signals overdue, ageing per debtor lease, broken plans,
  /// cases without action).
  public func worklists(period: Period) throws -> MonthWorklists {
    try store.read { db in
      try MonthWorklists(
        ComputeContext(period: period, parameters: parameters, db: db).snapshot(), db,
        tolerance: parameters.planTolerance)
    }
  }

  /// Runs `body` in one read transaction. On a file store (a pool of connections) computing a
  /// month, a second reader started at the same moment, from the writer's queue, sees the same
  /// committed state and scans the upper half of the ledger meanwhile: the two cores share the
  /// pass.
  private func consistentRead<T: Sendable>(
    _ period: Period,
    _ body: @escaping @Sendable (Database, PendingResult<LedgerScan>?) throws -> T
  ) throws -> T {
    guard period.length == .month, let pool = store.writer as? DatabasePool else {
      return try store.read { db in try body(db, nil) }
    }
    let month = period.firstMonth
    let helper = PendingResult<LedgerScan>()
    let main = PendingResult<T>()
    pool.writeWithoutTransaction { _ in
      pool.spawnConcurrentRead { connection in
        helper.set(Result { try LedgerScan.upperHalf(connection.get(), month: month) })
      }
      pool.spawnConcurrentRead { connection in
        main.set(Result { try body(connection.get(), helper) })
      }
    }
    return try main.wait()
  }

  private func evaluate(
    _ period: Period, _ db: Database, _ helper: PendingResult<LedgerScan>?, worklists: Bool
  ) throws -> Evaluation {
    let families = catalogue.families.filter { $0.computes(for: period.length) }
    guard !families.isEmpty else {
      throw IndicatorError("no indicator of the catalogue is defined for \(period.length) periods")
    }
    let context = ComputeContext(period: period, parameters: parameters, db: db)
    context.helper = helper
    var values: [IndicatorValue] = []
    for f in families { values += try f.compute(context) }
    values.sort(by: IndicatorValue.outputOrder)
    var checks: [IndicatorCheckOutcome] = []
    for f in families { checks += try f.verify(values, context) }
    let lists =
      worklists && period.length == .month
      ? try MonthWorklists(context.snapshot(), db, tolerance: parameters.planTolerance) : nil
    return Evaluation(period: period, values: values, checks: checks, worklists: lists)
  }
}
