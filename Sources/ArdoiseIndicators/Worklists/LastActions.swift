import GRDB

/// The latest action dated on or before D of some leases: an action counts for a lease when it
/// names one of its cases or its household; the latest by date, then by action id.
struct LastActions {
  /// The latest action by lease index: date (yyyymmdd), id and type.
  private(set) var byLease: [Int: (date: Int32, id: String, type: String)] = [:]

  /// Reads the actions dated on or before D for `leases`.
  init(_ db: Database, _ s: MonthSnapshot, leases: [Int]) throws {
    let wanted = Set(leases)
    var byHousehold: [Int: [Int]] = [:]
    for l in leases { byHousehold[s.leases.household[l], default: []].append(l) }
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT action_id, date, type, case_id, household_id FROM actions NOT INDEXED
        WHERE date <= ?
        """, arguments: [Int64(s.window.closing)])
    while let row = try rows.next() {
      var targets: [Int] = []
      if let c = (row[3] as String?).flatMap({ s.cases.byId[$0] }),
        wanted.contains(s.cases.cases[c].lease)
      {
        targets.append(s.cases.cases[c].lease)
      }
      if let h = (row[4] as String?).flatMap({ s.leases.households.index(of: $0) }) {
        targets += byHousehold[h] ?? []
      }
      guard !targets.isEmpty else { continue }
      let action = (date: Int32(row[1] as Int64), id: row[0] as String, type: row[2] as String)
      for l in targets {
        if let old = byLease[l], (old.date, old.id) >= (action.date, action.id) { continue }
        byLease[l] = action
      }
    }
  }
}
