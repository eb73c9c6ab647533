import GRDB

/// The leases of the store with what the indicators need: agency (of the unit), household and
/// holder, dates, current rent and apl. Index `i` of every array is the lease `ids[i]`, sorted
/// by id.
struct LeaseBook {
  /// Lease ids, sorted.
  let ids: [String]
  /// Finds a lease's index from its id's bytes.
  let index: LeaseIndex
  /// The agency ids of the organisation (the `agency` axis), sorted.
  let agencies: [String]
  /// The agency index of each lease.
  let agency: [Int]
  /// The household ids.
  let households: Interner
  /// The household index of each lease.
  let household: [Int]
  /// The holder's name of each household, if known.
  let holderNames: [String?]
  /// Start dates (yyyymmdd).
  let start: [Int32]
  /// End dates (yyyymmdd), nil while present.
  let end: [Int32?]
  /// Current monthly rent, cents.
  let rent: [Int64]
  /// Current monthly apl, cents.
  let apl: [Int64]

  /// The number of leases.
  var count: Int { ids.count }

  /// The status of lease `i` at `date` (yyyymmdd).
  func status(_ i: Int, at date: Int32) -> LeaseStatus {
    LeaseStatus.of(start: start[i], end: end[i], at: date)
  }

  /// Reads the leases, their units' agencies and their households.
  static func load(_ db: Database) throws -> LeaseBook {
    var ids: [String] = []
    var agencyIds: [String] = []
    var householdIds: [String] = []
    var start: [Int32] = []
    var end: [Int32?] = []
    var rent: [Int64] = []
    var apl: [Int64] = []
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT l.lease_id, l.household_id, l.start_date, l.end_date, l.rent, l.apl, u.agency_id
        FROM leases l LEFT JOIN units u ON u.unit_id = l.unit_id
        ORDER BY l.lease_id
        """)
    while let row = try rows.next() {
      ids.append(row[0])
      householdIds.append(row[1])
      start.append(Int32(row[2] as Int64))
      end.append((row[3] as Int64?).map { Int32($0) })
      rent.append(row[4])
      apl.append(row[5] as Int64? ?? 0)
      agencyIds.append(row[6] as String? ?? "inconnu")
    }
    let known = try String.fetchAll(db, sql: "SELECT agency_id FROM agencies")
    let agencies = Array(Set(known + agencyIds)).sorted()
    let agencyIndex = Dictionary(uniqueKeysWithValues: agencies.enumerated().map { ($1, $0) })
    var households = Interner()
    let household = householdIds.map { households.intern($0) }
    var names = [String?](repeating: nil, count: households.count)
    let holders = try Row.fetchCursor(db, sql: "SELECT household_id, holder_name FROM households")
    while let row = try holders.next() {
      if let h = households.index(of: row[0]) { names[h] = row[1] }
    }
    return LeaseBook(
      ids: ids, index: LeaseIndex(ids), agencies: agencies,
      agency: agencyIds.map { agencyIndex[$0]! },
      households: households, household: household, holderNames: names, start: start, end: end,
      rent: rent, apl: apl)
  }
}
