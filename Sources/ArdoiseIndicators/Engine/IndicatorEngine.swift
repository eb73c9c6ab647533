public import ArdoiseCore
public import ArdoiseStore
public import Foundation
import GRDB

/// Computes, checks and stores the indicators of a period.
///
/// Everything is computed as of the period's closing date from one read transaction; a month's
/// recovery, ageing, CAF and caseload families share one reading of the ledger, and several
/// months computed together (the 13 months of a trend) share one as well. The checks
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
    return try store(evaluation, lastBatch: lastBatch, programVersion, computedAt)
  }

  /// Computes and checks `months` from one reading of the ledger, then replaces the stored
  /// values and record of each, one transaction a month. Nothing is stored when a check of
  /// any of them breaks.
  public func computeAndStore(
    months: [Month], programVersion: String, computedAt: Date = Date()
  ) throws -> [ComputeReport] {
    guard let latest = months.max() else { return [] }
    let (evaluations, lastBatch) = try consistentRead(Period(month: latest)) { db, helper in
      let reading = try LedgerReading(db, closing: Int32(latest.lastDay.yyyymmdd), helper: helper)
      let evaluations = try months.map { month in
        try evaluate(Period(month: month), db, nil, reading: reading, worklists: false)
      }
      return (evaluations, try IndicatorRepository.lastBatchId(db))
    }
    return try evaluations.map { try store($0, lastBatch: lastBatch, programVersion, computedAt) }
  }

  private func store(
    _ evaluation: Evaluation, lastBatch: Int64?, _ programVersion: String, _ computedAt: Date
  ) throws -> ComputeReport {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    let record = PeriodRecord(
      period: evaluation.period, computedAt: formatter.string(from: computedAt),
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
    try storedOrComputed(periods: [period], programVersion: programVersion)[0]
  }

  /// The stored periods, in the order given; the months never computed are computed and
  /// stored first from one reading of the ledger, other periods one at a time.
  public func storedOrComputed(periods: [Period], programVersion: String) throws -> [StoredPeriod] {
    var found = try periods.map { try stored(period: $0) }
    let missing = periods.indices.filter { found[$0] == nil }
    let months = Set(missing.filter { periods[$0].length == .month }.map { periods[$0].firstMonth })
    _ = try computeAndStore(months: months.sorted(), programVersion: programVersion)
    for i in missing where periods[i].length != .month {
      _ = try computeAndStore(period: periods[i], programVersion: programVersion)
    }
    for i in missing {
      found[i] = try stored(period: periods[i])
      if found[i] == nil {
        throw IndicatorError("the values of \(periods[i]) were stored but cannot be read back")
      }
    }
    return found.map { $0! }
  }

  /// The worklists of a month (CAF signals overdue, ageing per debtor lease, broken plans,
  /// cases without action).
  public func worklists(period: Period) throws -> MonthWorklists {
    try consistentRead(period) { db, helper in
      let context = ComputeContext(period: period, parameters: parameters, db: db)
      context.helper = helper
      return try MonthWorklists(context.snapshot(), db, tolerance: parameters.planTolerance)
    }
  }

  /// Runs `body` in one read transaction. On a file store (a pool of connections) computing a
  /// month, a second reader started at the same moment, from the writer's queue, sees the same
  /// committed state and scans the upper half of the ledger meanwhile: the two cores share the
  /// pass.
  private func consistentRead<T: Sendable>(
    _ period: Period,
    _ body: @escaping @Sendable (Database, PendingResult<LedgerColumns>?) throws -> T
  ) throws -> T {
    guard period.length == .month, let pool = store.writer as? DatabasePool else {
      return try store.read { db in try body(db, nil) }
    }
    let closing = Int32(period.end.yyyymmdd)
    let helper = PendingResult<LedgerColumns>()
    let main = PendingResult<T>()
    pool.writeWithoutTransaction { _ in
      pool.spawnConcurrentRead { connection in
        helper.set(Result { try LedgerColumns.upperHalf(connection.get(), closing: closing) })
      }
      pool.spawnConcurrentRead { connection in
        main.set(Result { try body(connection.get(), helper) })
      }
    }
    return try main.wait()
  }

  private func evaluate(
    _ period: Period, _ db: Database, _ helper: PendingResult<LedgerColumns>?,
    reading: LedgerReading? = nil, worklists: Bool
  ) throws -> Evaluation {
    let families = catalogue.families.filter { $0.computes(for: period.length) }
    guard !families.isEmpty else {
      throw IndicatorError("no indicator of the catalogue is defined for \(period.length) periods")
    }
    let context = ComputeContext(period: period, parameters: parameters, db: db)
    context.helper = helper
    context.reading = reading
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
