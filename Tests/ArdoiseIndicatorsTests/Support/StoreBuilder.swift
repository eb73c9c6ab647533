import ArdoiseCore
import ArdoiseStore
import GRDB
import XCTest

@testable import ArdoiseIndicators

/// Builds a small in-memory store row by row, with ISO dates and amounts in euros as text
/// (`"1100.00"`, `"-400"`), applying the ingest defaults (due date = entry date, period = month
/// of the due date, apl 0, fte 1).
final class StoreBuilder {
  let store: Store
  private var batch: Int64 = 1

  /// A builder on `store`, a new in-memory store by default.
  init(store: Store? = nil) throws { self.store = try store ?? Store() }

  /// `yyyymmdd` of an ISO date.
  static func day(_ iso: String) -> Int64 { Int64(Day(iso: iso)!.yyyymmdd) }
  /// `yyyymm` of an ISO month.
  static func month(_ iso: String) -> Int64 { Int64(Month(iso: iso)!.yyyymm) }
  /// Cents of euros written `-12.5`, `450`, `1100.00`.
  static func cents(_ euros: String) -> Int64 {
    let negative = euros.hasPrefix("-")
    let parts = euros.drop { $0 == "-" || $0 == "+" }.split(separator: ".")
    var c = Int64(parts[0])! * 100
    if parts.count > 1 { c += Int64(parts[1].padding(toLength: 2, withPad: "0", startingAt: 0))! }
    return negative ? -c : c
  }

  private func insert(_ table: String, _ values: [String: (any DatabaseValueConvertible)?]) throws {
    let columns = values.keys.sorted()
    let sql =
      "INSERT INTO \(table) (\(columns.joined(separator: ", ")), batch_id) VALUES ("
      + Array(repeating: "?", count: columns.count + 1).joined(separator: ", ") + ")"
    let list: [(any DatabaseValueConvertible)?] = columns.map { values[$0]! } + [batch]
    let arguments = StatementArguments(list)
    try store.write { db in try db.execute(sql: sql, arguments: arguments) }
  }

  /// Later rows are recorded as coming from batch `id` (a row of the batch table is added).
  func batch(_ id: Int64) throws {
    batch = id
    try store.write { db in
      try db.execute(
        sql: """
          INSERT INTO batch (id, file_name, sha256, kind, profile, profile_source, header,
            ignored_headers, ingested_at, ingest_day) VALUES (?, ?, ?, 'ledger', 'canonical', '',
            '', '', '2026-11-05T06:00:00Z', 20261105)
          """, arguments: [id, "ledger-\(id).csv", "hash-\(id)"])
    }
  }

  func agency(_ id: String) throws {
    try insert("agencies", ["agency_id": id, "name": "Agence \(id)"])
  }

  func unit(_ id: String, agency: String) throws {
    try insert("units", ["unit_id": id, "agency_id": agency, "scheme": "parc"])
  }

  func household(_ id: String, holder: String? = nil) throws {
    try insert(
      "households", ["household_id": id, "holder_name": holder, "adults": 1, "children": 0])
  }

  /// A lease with its own unit and household (`U<lease>`, `H<lease>`) unless given.
  func lease(
    _ id: String, agency: String, start: String, end: String? = nil, rent: String,
    apl: String = "0", household: String? = nil, holder: String? = nil
  ) throws {
    let h = household ?? "H\(id)"
    if try store.read({ db in
      try Bool.fetchOne(db, sql: "SELECT 1 FROM households WHERE household_id = ?", arguments: [h])
    }) == nil {
      try self.household(h, holder: holder ?? "Titulaire \(id)")
    }
    try unit("U\(id)", agency: agency)
    try insert(
      "leases",
      [
        "lease_id": id, "household_id": h, "unit_id": "U\(id)", "start_date": Self.day(start),
        "end_date": end.map(Self.day), "rent": Self.cents(rent), "apl": Self.cents(apl),
        "lease_type": "ordinaire",
      ])
  }

  func entry(
    _ id: String, _ lease: String, _ date: String, _ type: String, _ amount: String,
    due: String? = nil, period: String? = nil
  ) throws {
    let dueDate = due ?? date
    try insert(
      "ledger",
      [
        "entry_id": id, "lease_id": lease, "entry_date": Self.day(date),
        "due_date": Self.day(dueDate),
        "period": period.map(Self.month) ?? Self.month(String(dueDate.prefix(7))), "type": type,
        "amount": Self.cents(amount),
      ])
  }

  func staff(
    _ id: String, role: String, fte: Double = 1, start: String? = nil, end: String? = nil
  ) throws {
    try insert(
      "staff",
      [
        "staff_id": id, "name": "Agent \(id)", "role": role, "fte": fte,
        "start_date": start.map(Self.day), "end_date": end.map(Self.day),
      ])
  }

  func caseFile(_ id: String, lease: String, opened: String, closed: String? = nil) throws {
    try insert(
      "cases",
      [
        "case_id": id, "lease_id": lease, "opened_on": Self.day(opened),
        "closed_on": closed.map(Self.day),
      ])
  }

  func history(_ caseId: String, from: String, phase: String, staff: String) throws {
    try insert(
      "case_history",
      ["case_id": caseId, "from_date": Self.day(from), "phase": phase, "staff_id": staff])
  }

  func action(
    _ id: String, _ date: String, _ type: String, staff: String? = nil, caseId: String? = nil,
    household: String? = nil
  ) throws {
    try insert(
      "actions",
      [
        "action_id": id, "date": Self.day(date), "type": type, "staff_id": staff,
        "case_id": caseId, "household_id": household,
      ])
  }

  func plan(
    _ id: String, caseId: String, signed: String, firstMonth: String, months: Int,
    instalment: String, initialDebt: String, ended: String? = nil
  ) throws {
    try insert(
      "plans",
      [
        "plan_id": id, "case_id": caseId, "signed_on": Self.day(signed),
        "first_month": Self.month(firstMonth), "months": months,
        "instalment": Self.cents(instalment), "initial_debt": Self.cents(initialDebt),
        "ended_on": ended.map(Self.day),
      ])
  }

  /// An engine on the store.
  func engine(_ parameters: Parameters = Parameters()) -> IndicatorEngine {
    IndicatorEngine(store: store, parameters: parameters)
  }
}
