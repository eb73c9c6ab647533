import GRDB

/// The households of the store, by id: what the housing-support indicators count of them.
struct HouseholdBook {
  /// One household.
  struct Household {
    /// The holder's name (personal data), nil when empty.
    let holder: String?
    /// Adults (1 when empty, the ingest default).
    let adults: Int64
    /// Children (0 when empty).
    let children: Int64
    /// The composition code, `inconnu` when empty.
    let composition: String
    /// The resources code, `inconnu` when empty.
    let resources: String

    /// Adults + children.
    var persons: Int64 { adults + children }

    /// What a household id that is not in the `households` table counts as: the ingest
    /// defaults (1 adult, 0 children), composition and resources unknown.
    static let missing = Household(
      holder: nil, adults: 1, children: 0, composition: HousingCodes.unknown,
      resources: HousingCodes.unknown)
  }

  /// The households by id.
  let byId: [String: Household]

  /// Reads the households that have a row in `table` (`stays` or `measures`): a landlord's
  /// store, with many households and no stays, reads none.
  init(_ db: Database, of table: String) throws {
    precondition(table == "stays" || table == "measures")
    var out: [String: Household] = [:]
    let rows = try Row.fetchCursor(
      db,
      sql: "SELECT household_id, holder_name, adults, children, composition, resources "
        + "FROM households WHERE household_id IN (SELECT household_id FROM \(table))")
    while let r = try rows.next() {
      let holder: String? = r[1]
      out[r[0]] = Household(
        holder: holder?.isEmpty == true ? nil : holder, adults: r[2] ?? 1, children: r[3] ?? 0,
        composition: HousingCodes.code(r[4], or: HousingCodes.unknown),
        resources: HousingCodes.code(r[5], or: HousingCodes.unknown))
    }
    byId = out
  }

  /// The household `id`, or ``Household/missing``.
  subscript(id id: String) -> Household { byId[id] ?? .missing }
}
