import GRDB

/// The actions the indicators need as of a closing date `D`: those dated in the month, and the
/// latest `signalement_caf` dated on or before `D` per case and per household.
struct ActionBook {
  /// The action type of a signal to the CAF.
  static let cafSignal = "signalement_caf"

  /// One action dated in the month.
  struct Action {
    /// The staff id, `unassigned` when empty.
    let staff: String
    /// The action type.
    let type: String
    /// The case index, when the action names a known case.
    let caseIndex: Int?
  }

  /// The actions dated in the month.
  let inMonth: [Action]
  /// The latest CAF signal date (yyyymmdd) on or before `D`, by case index.
  let signalByCase: [Int: Int32]
  /// The latest CAF signal date (yyyymmdd) on or before `D`, by household index.
  let signalByHousehold: [Int: Int32]

  /// Reads the actions dated from `first` to `closing` and the CAF signals up to `closing`.
  static func load(
    _ db: Database, cases: CaseBook, leases: LeaseBook, first: Int32, closing: Int32
  ) throws -> ActionBook {
    var inMonth: [Action] = []
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT staff_id, type, case_id FROM actions WHERE date >= ? AND date <= ?
        ORDER BY action_id
        """, arguments: [Int64(first), Int64(closing)])
    while let row = try rows.next() {
      inMonth.append(
        Action(
          staff: row[0] as String? ?? CaseBook.unassigned, type: row[1],
          caseIndex: (row[2] as String?).flatMap { cases.byId[$0] }))
    }
    var byCase: [Int: Int32] = [:]
    var byHousehold: [Int: Int32] = [:]
    // NOT INDEXED: most actions are dated on or before D, a table scan beats the date index.
    let signals = try Row.fetchCursor(
      db,
      sql: """
        SELECT case_id, household_id, max(date) FROM actions NOT INDEXED
        WHERE type = ? AND date <= ? GROUP BY case_id, household_id
        """, arguments: [cafSignal, Int64(closing)])
    while let row = try signals.next() {
      let date = Int32(row[2] as Int64)
      if let id = row[0] as String?, let c = cases.byId[id] {
        byCase[c] = max(byCase[c] ?? 0, date)
      }
      if let id = row[1] as String?, let h = leases.households.index(of: id) {
        byHousehold[h] = max(byHousehold[h] ?? 0, date)
      }
    }
    return ActionBook(inMonth: inMonth, signalByCase: byCase, signalByHousehold: byHousehold)
  }
}
