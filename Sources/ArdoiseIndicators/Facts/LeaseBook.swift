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
    let rows = try RawRows(
      db,
      sql: """
        SELECT l.lease_id, l.household_id, l.start_date, l.end_date, l.rent, l.apl, u.agency_id
        FROM leases l LEFT JOIN units u ON u.unit_id = l.unit_id
        ORDER BY l.lease_id
        """)
    while try rows.next() {
      ids.append(rows.text(0))
      householdIds.append(rows.text(1))
      start.append(rows.date(2) ?? 0)
      end.append(rows.date(3))
      rent.append(rows.int64(4))
      apl.append(rows.int64(5))
      agencyIds.append(rows.optionalText(6) ?? "inconnu")
    }
    let known = try String.fetchAll(db, sql: "SELECT agency_id FROM agencies")
    let agencies = Array(Set(known + agencyIds)).sorted()
    let agencyIndex = Dictionary(uniqueKeysWithValues: agencies.enumerated().map { ($1, $0) })
    var households = Interner()
    let household = householdIds.map { households.intern($0) }
    var names = [String?](repeating: nil, count: households.count)
    let holders = try RawRows(db, sql: "SELECT household_id, holder_name FROM households")
    while try holders.next() {
      if let h = households.index(of: holders.text(0)) { names[h] = holders.optionalText(1) }
    }
    return LeaseBook(
      ids: ids, index: LeaseIndex(ids), agencies: agencies,
      agency: agencyIds.map { agencyIndex[$0]! },
      households: households, household: household, holderNames: names, start: start, end: end,
      rent: rent, apl: apl)
  }
}
