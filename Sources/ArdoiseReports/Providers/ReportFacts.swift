import ArdoiseCore
import ArdoiseIndicators
import ArdoiseStore
import GRDB

/// What the dataset providers of one store read, read once and shared: the stored figures of
/// each month (computed and stored first when missing), the month's worklists, the staff, the
/// agencies and the batches of a period.
final class ReportFacts {
  /// The indicator engine on the store.
  let engine: IndicatorEngine
  /// The program version recorded when a month is computed.
  let programVersion: String
  private var figuresCache: [Month: PeriodFigures] = [:]
  private var worklistsCache: [Month: MonthWorklists] = [:]
  private var batchesCache: [Period: [PeriodBatch]] = [:]
  private var staffCache: StaffDirectory?
  private var agenciesCache: [String: String]?

  /// Facts of the engine's store.
  init(engine: IndicatorEngine, programVersion: String) {
    self.engine = engine
    self.programVersion = programVersion
  }

  /// The store.
  var store: Store { engine.store }

  /// The figures of `month`, computed and stored first when the month never was.
  func figures(_ month: Month) throws -> PeriodFigures { try figures(months: [month])[0] }

  /// The figures of `months`, in the order given; the months never computed are computed and
  /// stored first, together from one reading of the ledger.
  func figures(months: [Month]) throws -> [PeriodFigures] {
    let missing = Array(Set(months.filter { figuresCache[$0] == nil })).sorted()
    if !missing.isEmpty {
      let stored = try engine.storedOrComputed(
        periods: missing.map { Period(month: $0) }, programVersion: programVersion)
      for (month, s) in zip(missing, stored) {
        figuresCache[month] = PeriodFigures(s, catalogue: engine.catalogue)
      }
    }
    return months.map { figuresCache[$0]! }
  }

  /// The figures of `month` when it was computed, nil otherwise (nothing is computed).
  func storedFigures(_ month: Month) throws -> PeriodFigures? {
    if let cached = figuresCache[month] { return cached }
    return try engine.stored(period: Period(month: month)).map {
      PeriodFigures($0, catalogue: engine.catalogue)
    }
  }

  /// The figures of the 13 months M−12 to M, oldest first.
  func trend(_ month: Month) throws -> [PeriodFigures] {
    try figures(months: (-12...0).map { month.adding($0) })
  }

  /// The stored record of `period`, nil when it was never computed (nothing is computed).
  func storedRecord(_ period: Period) throws -> PeriodRecord? {
    if period.length == .month, let cached = figuresCache[period.firstMonth] {
      return cached.record
    }
    return try engine.stored(period: period)?.record
  }

  /// The worklists of `month`.
  func worklists(_ month: Month) throws -> MonthWorklists {
    if let cached = worklistsCache[month] { return cached }
    let lists = try engine.worklists(period: Period(month: month))
    worklistsCache[month] = lists
    return lists
  }

  /// The staff.
  func staff() throws -> StaffDirectory {
    if let staffCache { return staffCache }
    let directory = try StaffDirectory(store)
    staffCache = directory
    return directory
  }

  /// Agency names by code.
  func agencyNames() throws -> [String: String] {
    if let agenciesCache { return agenciesCache }
    let names = try store.read { db in
      try Dictionary(
        Row.fetchAll(db, sql: "SELECT agency_id, name FROM agencies").map {
          ($0[0] as String, $0[1] as String)
        }
      ) { a, _ in a }
    }
    agenciesCache = names
    return names
  }

  /// The last batch of the data of `period`: the one its stored figures were computed from
  /// (a month is computed first when needed), else the store's last; nil without batches.
  func lastBatch(_ period: Period) throws -> Int64? {
    let record =
      period.length == .month ? try figures(period.firstMonth).record : try storedRecord(period)
    if let record { return record.lastBatchId }
    return try store.read { db in try Int64.fetchOne(db, sql: "SELECT max(id) FROM batch") }
  }

  /// The batches of `period`: received on or after its first day, up to its last batch.
  func batches(_ period: Period) throws -> [PeriodBatch] {
    if let cached = batchesCache[period] { return cached }
    guard let last = try lastBatch(period) else { return [] }
    let rows = try store.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT id, file_name, sha256, kind, profile, ingest_day, read, accepted, duplicate,
            rejected, warnings
          FROM batch WHERE id <= ? AND ingest_day >= ? ORDER BY id
          """, arguments: [last, period.start.yyyymmdd])
    }
    let batches = rows.map { r in
      PeriodBatch(
        id: r[0], file: r[1], sha256: r[2], kind: r[3], profile: r[4],
        ingestDay: Day(yyyymmdd: r[5]), read: r[6], accepted: r[7], duplicate: r[8],
        rejected: r[9], warnings: r[10])
    }
    batchesCache[period] = batches
    return batches
  }

  /// The day of the last batch of `period`'s data, nil without batches.
  func dataDate(_ period: Period) throws -> Day? {
    guard let last = try lastBatch(period) else { return nil }
    return try store.read { db in
      try Int.fetchOne(db, sql: "SELECT ingest_day FROM batch WHERE id = ?", arguments: [last])
    }.flatMap { Day(yyyymmdd: $0) }
  }
}
