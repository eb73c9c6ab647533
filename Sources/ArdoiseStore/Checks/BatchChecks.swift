import ArdoiseCore
import ArdoiseExtracts
import GRDB

/// The checks run after each batch, kept with the batch and their failing rows.
///
/// A check reports; it never undoes a batch. Row-level findings come from the loader (rows it
/// quarantined or stored with a warning); the others query the store.
struct BatchChecks {
  let loader: BatchLoader
  let report: BatchReport
  var db: Database { loader.db }

  /// The check that counts a quarantine category.
  static func checkName(for category: RejectCategory) -> String {
    switch category {
    case .conflict: "unique_keys"
    case .missing: "required_fields"
    case .code: "allowed_codes"
    case .reference: "references"
    case .fieldCount, .malformed, .format, .dateOrder: "valid_values"
    }
  }

  func run() throws -> [CheckOutcome] {
    var out: [CheckOutcome] = []
    let conflicts = report.rejectedBy[RejectCategory.conflict.rawValue] ?? 0
    out.append(
      fromLoader(
        "unique_keys", failWhen: conflicts > 0,
        passing: "every key appears once",
        failing: { n in
          conflicts > 0
            ? "\(conflicts) row(s) reuse a stored id with other values (quarantined)"
            : "\(n) key(s) appear more than once in the file with other values (the later row wins)"
        }))
    out.append(
      fromLoader(
        "required_fields", passing: "every required value is present",
        failing: { "\($0) row(s) miss a required value (quarantined)" }))
    out.append(
      fromLoader(
        "valid_values", passing: "every value reads as its type",
        failing: {
          "\($0) row(s) with an unreadable value, a wrong field count or bad dates (quarantined)"
        }))
    out.append(
      fromLoader(
        "allowed_codes", passing: "every code is known",
        failing: {
          "\($0) row(s) with an unknown code (quarantined, or kept with a warning for action types)"
        }))
    out.append(
      fromLoader(
        "references", passing: "every reference is known",
        failing: {
          "\($0) row(s) reference an unknown lease, case, household, unit, agency or staff (quarantined; replay them once the reference arrives)"
        }))
    if let c = try futureEntries() { out.append(c) }
    out.append(try rowCountChange())
    if loader.kind == .ledger || loader.kind == .balances { out.append(try ledgerVersusBalances()) }
    try save(out)
    return out
  }

  func fromLoader(
    _ name: String, failWhen: Bool = false, passing: String, failing: (Int) -> String
  ) -> CheckOutcome {
    let n = loader.checkCounts[name] ?? 0
    guard n > 0 else { return CheckOutcome(name: name, status: .pass, count: 0, message: passing) }
    return CheckOutcome(
      name: name, status: failWhen ? .fail : .warn, count: n, message: failing(n),
      rows: loader.checkRows[name] ?? [])
  }

  func futureEntries() throws -> CheckOutcome? {
    let (idColumn, dateColumn): (String, String)
    switch loader.kind {
    case .ledger: (idColumn, dateColumn) = ("entry_id", "entry_date")
    case .actions: (idColumn, dateColumn) = ("action_id", "date")
    default: return nil
    }
    let today = loader.options.today
    let count =
      try Int.fetchOne(
        db,
        sql: "SELECT COUNT(*) FROM \(loader.kind.table) WHERE batch_id = ? AND \(dateColumn) > ?",
        arguments: [loader.batchId, today.yyyymmdd]) ?? 0
    guard count > 0 else {
      return CheckOutcome(
        name: "future_entries", status: .pass, count: 0,
        message: "no row dated after the day of the ingest (\(today.iso))")
    }
    let rows = try Row.fetchAll(
      db,
      sql:
        "SELECT \(idColumn) AS id, \(dateColumn) AS d FROM \(loader.kind.table) WHERE batch_id = ? AND \(dateColumn) > ? ORDER BY \(dateColumn), \(idColumn) LIMIT \(CheckOutcome.rowLimit)",
      arguments: [loader.batchId, today.yyyymmdd]
    ).map { r in
      CheckRow(
        line: nil, key: r["id"],
        detail: "dated \(Day(yyyymmdd: r["d"])?.iso ?? "?"), after the day of the ingest")
    }
    return CheckOutcome(
      name: "future_entries", status: .warn, count: count,
      message: "\(count) row(s) dated after the day of the ingest (\(today.iso))", rows: rows)
  }

  func rowCountChange() throws -> CheckOutcome {
    guard
      let previous = try Row.fetchOne(
        db,
        sql: "SELECT id, read FROM batch WHERE kind = ? AND id < ? ORDER BY id DESC LIMIT 1",
        arguments: [loader.kind.rawValue, loader.batchId])
    else {
      return CheckOutcome(
        name: "row_count_change", status: .pass, count: 0,
        message: "first batch of \(loader.kind.rawValue)")
    }
    let before: Int = previous["read"]
    let now = report.read
    let change = before == 0 ? (now == 0 ? 0 : 1) : Double(abs(now - before)) / Double(before)
    let text =
      "\(now) rows against \(before) in batch \(previous["id"] as Int64)"
    if change > loader.options.rowCountTolerance {
      return CheckOutcome(
        name: "row_count_change", status: .warn, count: 1,
        message: text
          + ", a change above \(Rounding.fixed(loader.options.rowCountTolerance * 100, places: 0)) %",
        rows: [CheckRow(line: nil, key: loader.kind.rawValue, detail: text)])
    }
    return CheckOutcome(name: "row_count_change", status: .pass, count: 0, message: text)
  }

  /// The ledger against the ERP's own balances: Σ entries dated ≤ as_of per lease.
  func ledgerVersusBalances() throws -> CheckOutcome {
    let scope = loader.kind == .balances ? "WHERE b.batch_id = \(loader.batchId)" : ""
    let sql = """
      SELECT b.lease_id, b.as_of, b.balance,
        COALESCE((SELECT SUM(l.amount) FROM ledger l
                  WHERE l.lease_id = b.lease_id AND l.entry_date <= b.as_of), 0) AS ledger
      FROM balances b \(scope)
      """
    var compared = 0
    var count = 0
    var rows: [CheckRow] = []
    let cursor = try Row.fetchCursor(db, sql: "SELECT * FROM (\(sql)) ORDER BY lease_id, as_of")
    while let r = try cursor.next() {
      compared += 1
      let erp: Int64 = r["balance"]
      let ours: Int64 = r["ledger"]
      if erp != ours {
        count += 1
        if rows.count < CheckOutcome.rowLimit {
          let day = Day(yyyymmdd: r["as_of"])?.iso ?? "?"
          rows.append(
            CheckRow(
              line: nil, key: "\(r["lease_id"] as String)@\(day)",
              detail:
                "ERP balance \(erp.decimalEuros), ledger \(ours.decimalEuros), difference \((ours - erp).decimalEuros)"
            ))
        }
      }
    }
    if count > 0 {
      return CheckOutcome(
        name: "ledger_vs_balances", status: .fail, count: count,
        message: "\(count) of \(compared) ERP balance(s) differ from the ledger", rows: rows)
    }
    return CheckOutcome(
      name: "ledger_vs_balances", status: .pass, count: 0,
      message: compared == 0
        ? "no ERP balance to compare yet"
        : "\(compared) ERP balance(s) equal the ledger to the cent")
  }

  func save(_ outcomes: [CheckOutcome]) throws {
    let row = try db.makeStatement(
      sql: "INSERT INTO check_row (check_id, line, key, detail) VALUES (?, ?, ?, ?)")
    for c in outcomes {
      try db.execute(
        sql:
          "INSERT INTO check_result (batch_id, name, status, count, message) VALUES (?, ?, ?, ?, ?)",
        arguments: [loader.batchId, c.name, c.status.rawValue, c.count, c.message])
      let id = db.lastInsertedRowID
      for r in c.rows { try row.execute(arguments: [id, r.line, r.key, r.detail]) }
    }
  }
}
