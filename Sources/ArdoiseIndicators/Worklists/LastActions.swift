import GRDB

/// The latest actions dated on or before D, by case and by household: an action counts for a
/// case when it names it, and for a household when it names it; the latest by date, then by
/// action id.
struct LastActions {
  /// One action: its date (yyyymmdd), id and type.
  typealias Action = (date: Int32, id: String, type: String)

  /// The latest action naming each case, by case index.
  private(set) var byCase: [Int: Action] = [:]
  /// The latest action naming each household, by household index.
  private(set) var byHousehold: [Int: Action] = [:]

  /// Reads the actions dated on or before D.
  init(_ db: Database, _ s: MonthSnapshot) throws {
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT action_id, date, type, case_id, household_id FROM actions NOT INDEXED
        WHERE date <= ?
        """, arguments: [Int64(s.window.closing)])
    while let row = try rows.next() {
      let action = (date: Int32(row[1] as Int64), id: row[0] as String, type: row[2] as String)
      if let c = (row[3] as String?).flatMap({ s.cases.byId[$0] }) {
        byCase[c] = Self.later(byCase[c], action)
      }
      if let h = (row[4] as String?).flatMap({ s.leases.households.index(of: $0) }) {
        byHousehold[h] = Self.later(byHousehold[h], action)
      }
    }
  }

  /// The latest action naming case `c` or the household of its lease.
  func latest(ofCase c: Int, _ s: MonthSnapshot) -> Action? {
    let lease = s.cases.cases[c].lease
    let household = lease >= 0 ? byHousehold[s.leases.household[lease]] : nil
    return Self.later(byCase[c], household)
  }

  /// The latest action naming one of `cases` (the lease's cases) or the lease's household.
  func latest(ofLease l: Int, cases: [Int], _ s: MonthSnapshot) -> Action? {
    cases.reduce(byHousehold[s.leases.household[l]]) { Self.later($0, byCase[$1]) }
  }

  /// The later of two actions (by date, then id), either of which may be missing.
  static func later(_ a: Action?, _ b: Action?) -> Action? {
    guard let a else { return b }
    guard let b else { return a }
    return (a.date, a.id) >= (b.date, b.id) ? a : b
  }
}
