import GRDB

/// The staff of the organisation, sorted by id.
struct StaffBook {
  /// One staff member.
  struct Member {
    /// The staff id.
    let id: String
    /// The name.
    let name: String
    /// The role (`recouvrement`, `contentieux`, …).
    let role: String
    /// Full-time equivalent.
    let fte: Double
    /// First day (yyyymmdd), if known.
    let start: Int32?
    /// Last day (yyyymmdd), if known.
    let end: Int32?

    /// Active at `date`: `start_date ≤ date` (or empty) and `end_date ≥ date` (or empty).
    func isActive(at date: Int32) -> Bool {
      (start.map { $0 <= date } ?? true) && (end.map { $0 >= date } ?? true)
    }
  }

  /// The members, sorted by id.
  let members: [Member]
  /// Member index by id.
  let byId: [String: Int]

  /// Reads the staff table.
  static func load(_ db: Database) throws -> StaffBook {
    var members: [Member] = []
    let rows = try Row.fetchCursor(
      db, sql: "SELECT staff_id, name, role, fte, start_date, end_date FROM staff ORDER BY staff_id"
    )
    while let row = try rows.next() {
      members.append(
        Member(
          id: row[0], name: row[1], role: row[2], fte: row[3] as Double? ?? 1,
          start: (row[4] as Int64?).map { Int32($0) }, end: (row[5] as Int64?).map { Int32($0) }))
    }
    return StaffBook(
      members: members,
      byId: Dictionary(uniqueKeysWithValues: members.enumerated().map { ($1.id, $0) }))
  }
}
