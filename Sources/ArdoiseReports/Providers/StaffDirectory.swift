import ArdoiseCore
import ArdoiseStore
import Foundation
import GRDB

/// The organisation's staff as the caseload datasets show them: names, roles, agencies, FTE
/// and dates, read once from the store.
struct StaffDirectory {
  /// One staff member.
  struct Member {
    /// The staff id.
    let id: String
    /// The name.
    let name: String
    /// The role code.
    let role: String
    /// The agency id, if any.
    let agency: String?
    /// Full-time equivalent.
    let fte: Double
    /// First and last days, if known.
    let start: Day?
    let end: Day?

    /// Active at `day`: started on or before it (or no start) and not ended before it.
    func isActive(at day: Day) -> Bool {
      (start.map { $0 <= day } ?? true) && (end.map { $0 >= day } ?? true)
    }
  }

  /// The staff id of a case without handler.
  static let unassigned = "unassigned"
  /// What a case without handler shows.
  static let unassignedName = "Non attribué"

  /// The members by id.
  let byId: [String: Member]

  /// Reads the staff table.
  init(_ store: Store) throws {
    let rows = try store.read { db in
      try Row.fetchAll(
        db, sql: "SELECT staff_id, name, role, agency_id, fte, start_date, end_date FROM staff")
    }
    var members: [String: Member] = [:]
    for r in rows {
      let id: String = r[0]
      members[id] = Member(
        id: id, name: r[1], role: r[2], agency: r[3], fte: r[4] as Double? ?? 1,
        start: (r[5] as Int?).flatMap { Day(yyyymmdd: $0) },
        end: (r[6] as Int?).flatMap { Day(yyyymmdd: $0) })
    }
    byId = members
  }

  /// The name of staff `id`: `Non attribué` for `unassigned`, the id when unknown, empty for
  /// nil.
  func name(_ id: String?) -> String {
    guard let id else { return "" }
    if id == Self.unassigned { return Self.unassignedName }
    return byId[id]?.name ?? id
  }

  /// Whether staff `id` belongs to `agency` (always true without an agency).
  func belongs(_ id: String, to agency: String?) -> Bool {
    guard let agency else { return true }
    return byId[id]?.agency == agency
  }

  /// Sorts staff ids by name (accents and case ignored), `unassigned` last, then by id.
  func sortedByName(_ ids: some Sequence<String>) -> [String] {
    ids.sorted { a, b in
      let ka = (a == Self.unassigned, Self.key(name(a)), a)
      let kb = (b == Self.unassigned, Self.key(name(b)), b)
      return (ka.0 ? 1 : 0, ka.1, ka.2) < (kb.0 ? 1 : 0, kb.1, kb.2)
    }
  }

  /// A sort key for a name: accents and case folded.
  static func key(_ name: String) -> String {
    name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
  }
}
