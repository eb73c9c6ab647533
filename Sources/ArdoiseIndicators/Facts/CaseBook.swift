import GRDB

/// The recovery cases as of a closing date `D`: cases opened on or before `D` (a closing after
/// `D` is ignored) and their `case_history` rows dated on or before `D`.
struct CaseBook {
  /// The value of a missing handler or phase.
  static let unassigned = "unassigned"

  /// One case.
  struct Case {
    /// The case id.
    let id: String
    /// The lease index, −1 when the lease is unknown.
    let lease: Int
    /// Opening date (yyyymmdd).
    let opened: Int32
    /// Closing date (yyyymmdd) when on or before `D`.
    let closed: Int32?
    /// Its history rows in ``rows``, by `from_date`.
    let history: Range<Int>
  }

  /// One `case_history` row: from `from`, the case is in `phase`, handled by `staff`.
  struct HistoryRow {
    /// `from_date` (yyyymmdd).
    let from: Int32
    /// The phase.
    let phase: String
    /// The handler's staff id.
    let staff: String
  }

  /// The cases, sorted by id.
  let cases: [Case]
  /// All history rows, grouped by case, by date.
  let rows: [HistoryRow]
  /// Case index by id.
  let byId: [String: Int]

  /// Whether case `c` is open at `date`.
  func isOpen(_ c: Int, at date: Int32) -> Bool {
    let k = cases[c]
    return k.opened <= date && (k.closed.map { $0 > date } ?? true)
  }

  /// The history row in force for case `c` at `date`: the greatest `from_date` ≤ `date`.
  func state(of c: Int, at date: Int32) -> HistoryRow? {
    var found: HistoryRow?
    for r in cases[c].history where rows[r].from <= date { found = rows[r] }
    return found
  }

  /// The handler of case `c` at `date`, `unassigned` without a history row.
  func handler(of c: Int, at date: Int32) -> String {
    state(of: c, at: date)?.staff ?? Self.unassigned
  }

  /// For each lease, the open case at `date` that gives its phase and handler: the most
  /// recently opened, ties broken by the smallest case id; −1 when none.
  func chosenOpenCase(leaseCount: Int, at date: Int32) -> [Int] {
    var chosen = [Int](repeating: -1, count: leaseCount)
    // Cases are sorted by id, so a strictly later opening is needed to replace a choice.
    for c in cases.indices where cases[c].lease >= 0 && isOpen(c, at: date) {
      let l = cases[c].lease
      if chosen[l] < 0 || cases[c].opened > cases[chosen[l]].opened { chosen[l] = c }
    }
    return chosen
  }

  /// Reads the cases opened on or before `closing` and their history up to `closing`.
  static func load(_ db: Database, leases: LeaseBook, closing: Int32) throws -> CaseBook {
    var history: [String: [HistoryRow]] = [:]
    let h = try Row.fetchCursor(
      db,
      sql: """
        SELECT case_id, from_date, phase, staff_id FROM case_history
        WHERE from_date <= ? ORDER BY case_id, from_date
        """, arguments: [Int64(closing)])
    while let row = try h.next() {
      history[row[0], default: []].append(
        HistoryRow(from: Int32(row[1] as Int64), phase: row[2], staff: row[3]))
    }
    var cases: [Case] = []
    var rows: [HistoryRow] = []
    var byId: [String: Int] = [:]
    let c = try Row.fetchCursor(
      db,
      sql: """
        SELECT case_id, lease_id, opened_on, closed_on FROM cases
        WHERE opened_on <= ? ORDER BY case_id
        """, arguments: [Int64(closing)])
    while let row = try c.next() {
      let id: String = row[0]
      let own = history[id] ?? []
      let closed = (row[3] as Int64?).map { Int32($0) }
      cases.append(
        Case(
          id: id, lease: leases.index.find(row[1] as String), opened: Int32(row[2] as Int64),
          closed: closed.flatMap { $0 <= closing ? $0 : nil },
          history: rows.count..<(rows.count + own.count)))
      rows += own
      byId[id] = cases.count - 1
    }
    return CaseBook(cases: cases, rows: rows, byId: byId)
  }
}
