import ArdoiseCore
import ArdoiseStore
import GRDB

@testable import ArdoiseIndicators

/// Builds a housing-support store row by row with ISO dates: iml (or parc) units with their
/// availability, households, stays and measures.
final class HousingFixture {
  let store: Store

  /// A fixture on a new in-memory store with agency `TLS`.
  init() throws {
    store = try Store()
    try insert("agencies", ["agency_id": "TLS", "name": "Toulouse"])
  }

  private static func day(_ iso: String?) -> Int64? {
    iso.map { Int64(Day(iso: $0)!.yyyymmdd) }
  }

  private func insert(_ table: String, _ values: [String: (any DatabaseValueConvertible)?]) throws {
    let columns = values.keys.sorted()
    let sql =
      "INSERT INTO \(table) (\(columns.joined(separator: ", ")), batch_id) VALUES ("
      + Array(repeating: "?", count: columns.count + 1).joined(separator: ", ") + ")"
    let list: [(any DatabaseValueConvertible)?] = columns.map { values[$0]! } + [1]
    let arguments = StatementArguments(list)
    try store.write { db in try db.execute(sql: sql, arguments: arguments) }
  }

  func unit(_ id: String, scheme: String = "iml", from: String? = nil, to: String? = nil) throws {
    try insert(
      "units",
      [
        "unit_id": id, "agency_id": "TLS", "scheme": scheme, "available_from": Self.day(from),
        "available_to": Self.day(to),
      ])
  }

  func household(
    _ id: String, adults: Int = 1, children: Int = 0, composition: String? = nil,
    resources: String? = nil, holder: String? = nil
  ) throws {
    try insert(
      "households",
      [
        "household_id": id, "holder_name": holder ?? "Titulaire \(id)", "adults": adults,
        "children": children, "composition": composition, "resources": resources,
      ])
  }

  func stay(
    _ id: String, _ household: String, _ unit: String, entered: String, left: String? = nil,
    referral: String? = nil, destination: String? = nil
  ) throws {
    try insert(
      "stays",
      [
        "stay_id": id, "household_id": household, "unit_id": unit, "entered_on": Self.day(entered),
        "left_on": Self.day(left), "referral": referral, "exit_destination": destination,
      ])
  }

  func staff(_ id: String, name: String) throws {
    try insert("staff", ["staff_id": id, "name": name, "role": "travail_social"])
  }

  func measure(
    _ id: String, _ household: String, scheme: String, funder: String, staff: String? = nil,
    notified: String, contact: String? = nil, started: String? = nil, ended: String? = nil,
    outcome: String? = nil
  ) throws {
    try insert(
      "measures",
      [
        "measure_id": id, "household_id": household, "scheme": scheme, "funder": funder,
        "staff_id": staff, "notified_on": Self.day(notified), "first_contact_on": Self.day(contact),
        "started_on": Self.day(started), "ended_on": Self.day(ended), "outcome": outcome,
      ])
  }

  /// An engine on the store.
  func engine(_ parameters: Parameters = Parameters()) -> IndicatorEngine {
    IndicatorEngine(store: store, parameters: parameters)
  }

  /// The figures of `period` (`2026-10`, `2026-Q4`, `2026`).
  func figures(_ period: String, _ parameters: Parameters = Parameters()) throws -> Figures {
    Figures(try engine(parameters).compute(period: Period(period)!))
  }
}
