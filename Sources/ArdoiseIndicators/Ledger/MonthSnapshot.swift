import ArdoiseCore
import GRDB

/// Everything the month's families need, as of D(M), read from the store once: the tenancy
/// facts, the cases, staff, plans and actions, and the single ledger pass with its per-lease
/// work. Families and worklists read it; none of them queries the ledger again.
final class MonthSnapshot {
  /// The dates of the month.
  let window: MonthWindow
  /// The leases.
  let leases: LeaseBook
  /// Status of each lease at D(M).
  let status: [LeaseStatus]
  /// Status of each lease at D(M−12).
  let statusYearAgo: [LeaseStatus]
  /// The ledger pass.
  let ledger: LedgerScan
  /// The per-lease ageing and CAF arrears.
  let debtors: DebtorPass
  /// The cases as of D.
  let cases: CaseBook
  /// For each lease, its open case giving phase and handler (−1 when none).
  let chosenCase: [Int]
  /// The staff.
  let staff: StaffBook
  /// The plans signed as of D.
  let plans: PlanBook
  /// The actions of the month and the CAF signals.
  let actions: ActionBook
  /// The ageing bucket limits at D.
  let limits: AgeingBucket.Limits

  /// Reads the store as of the last day of `month`, the leases and the ledger from `reading`
  /// (read on or after that day, in the same read transaction as `db`).
  init(_ db: Database, month: Month, reading: LedgerReading) throws {
    let window = MonthWindow(month: month)
    self.window = window
    let leases = reading.leases
    self.leases = leases
    let status = (0..<leases.count).map { leases.status($0, at: window.closing) }
    self.status = status
    statusYearAgo = (0..<leases.count).map { leases.status($0, at: window.yearAgo) }
    guard reading.columns.closing >= window.closing else {
      throw IndicatorError(
        "the ledger was read up to \(reading.columns.closing), not \(window.closing)")
    }
    let ledger = LedgerScan(
      reading.columns, window: window, leases: leases, started: status.map { $0 != .notStarted })
    self.ledger = ledger
    limits = AgeingBucket.Limits(closing: window.closingDay)
    debtors = DebtorPass(
      scan: ledger, columns: reading.columns, closing: window.closing, leases: leases,
      status: status, limits: limits)
    let cases = try CaseBook.load(db, leases: leases, closing: window.closing)
    self.cases = cases
    chosenCase = cases.chosenOpenCase(leaseCount: leases.count, at: window.closing)
    staff = try StaffBook.load(db)
    plans = try PlanBook.load(db, cases: cases, closing: window.closing)
    actions = try ActionBook.load(
      db, cases: cases, leases: leases, first: window.monthStart, closing: window.closing)
  }

  /// Reads the store, the leases and the ledger as of the last day of `month`.
  convenience init(_ db: Database, month: Month) throws {
    let reading = try LedgerReading(db, closing: Int32(month.lastDay.yyyymmdd))
    try self.init(db, month: month, reading: reading)
  }

  /// The value of the `phase` dimension of lease `l`: the phase at D of its chosen open case,
  /// `sans_dossier` without an open case, `unassigned` for an open case without history.
  func phase(of l: Int) -> String {
    let c = chosenCase[l]
    guard c >= 0 else { return "sans_dossier" }
    return cases.state(of: c, at: window.closing)?.phase ?? CaseBook.unassigned
  }

  /// Whether the case `c` belongs to a lease started at D (cases of leases not started, or of
  /// unknown leases, are left out like the leases).
  func caseCounts(_ c: Int) -> Bool {
    let l = cases.cases[c].lease
    return l >= 0 && status[l] != .notStarted
  }

  /// The unpaid amount of lease `l` in bucket `b`.
  func unpaid(_ l: Int, _ b: Int) -> Int64 { debtors.ageing[l * AgeingBucket.allCases.count + b] }
}
