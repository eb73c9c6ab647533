import ArdoiseCore
import ArdoiseStore
import GRDB

/// A small housing-support store built row by row (ISO dates), for the reports' edge cases.
struct HousingStore {
  let store: Store

  /// A store with agency `TLS`.
  init() throws {
    store = try Store()
    try insert("agencies", ["agency_id": "TLS", "name": "Toulouse"])
  }

  private static func day(_ iso: String?) -> Int64? {
    iso.map { Int64(Day(iso: $0)!.yyyymmdd) }
  }

  func insert(_ table: String, _ values: [String: (any DatabaseValueConvertible)?]) throws {
    let columns = values.keys.sorted()
    let sql =
      "INSERT INTO \(table) (\(columns.joined(separator: ", ")), batch_id) VALUES ("
      + Array(repeating: "?", count: columns.count + 1).joined(separator: ", ") + ")"
    let list: [(any DatabaseValueConvertible)?] = columns.map { values[$0]! } + [1]
    let arguments = StatementArguments(list)
    try store.write { db in try db.execute(sql: sql, arguments: arguments) }
  }

  func household(_ id: String, holder: String) throws {
    try insert(
      "households", ["household_id": id, "holder_name": holder, "adults": 1, "children": 0])
  }

  func unit(_ id: String) throws {
    try insert("units", ["unit_id": id, "agency_id": "TLS", "scheme": "iml"])
  }

  func stay(_ id: String, _ household: String, _ unit: String, _ entered: String, _ left: String?)
    throws
  {
    try insert(
      "stays",
      [
        "stay_id": id, "household_id": household, "unit_id": unit,
        "entered_on": Self.day(entered), "left_on": Self.day(left),
      ])
  }

  func measure(
    _ id: String, _ household: String, scheme: String = "asll", funder: String = "metropole",
    staff: String? = nil, notified: String, started: String? = nil, ended: String? = nil
  ) throws {
    try insert(
      "measures",
      [
        "measure_id": id, "household_id": household, "scheme": scheme, "funder": funder,
        "staff_id": staff, "notified_on": Self.day(notified), "started_on": Self.day(started),
        "ended_on": Self.day(ended),
      ])
  }
}
