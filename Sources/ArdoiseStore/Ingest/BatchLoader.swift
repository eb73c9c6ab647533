import ArdoiseCore
import ArdoiseExtracts
import Foundation
import GRDB
import GRDBSQLite

/// Loads one file as one batch inside the caller's transaction.
struct BatchLoader {
  let db: Database
  let file: String
  let kind: ExtractKind
  let profile: MappingProfile
  let sha256: String
  let options: IngestOptions
  let columns: [ExtractColumn]
  let keyPositions: [Int]
  /// Reference columns: position and the set of known keys of the referenced kind.
  var references: [(position: Int, name: String, kind: ExtractKind, known: FrozenKeySet)] = []
  /// The position of the date compared with the day of the ingest by `future_entries`.
  let futureDate: Int?
  /// The day of the ingest, `yyyymmdd`.
  let today: Int64
  /// Rows of this batch dated after the day of the ingest.
  var future = FutureEntries()
  var batchId: Int64 = 0
  var quarantine: Statement!
  var insert: Statement!
  /// Append-only kinds: a multi-row `INSERT OR FAIL` of ``blockRows`` rows, and the rows
  /// waiting for it.
  var blockInsert: Statement?
  var block: RowBlock?
  static let blockRows = 64
  var update: Statement?
  var select: Statement!
  /// Upsert kinds: key → the line that last changed it in this file, for the unique-keys check
  /// (the stored row then holds that line's values).
  var seenInFile: [String: Int] = [:]
  /// Upsert kinds: whether the table was empty when the batch began (then a key not seen in
  /// the file cannot be stored yet).
  var tableWasEmpty = false
  var checkRows: [String: [CheckRow]] = [:]
  var checkCounts: [String: Int] = [:]
  let started = Date()

  init(
    db: Database, file: String, kind: ExtractKind, profile: MappingProfile, sha256: String,
    options: IngestOptions
  ) throws {
    self.db = db
    self.file = file
    self.kind = kind
    self.profile = profile
    self.sha256 = sha256
    self.options = options
    self.columns = kind.columns
    self.keyPositions = kind.key.map { k in kind.columns.firstIndex { $0.name == k }! }
    self.today = Int64(options.today.yyyymmdd)
    switch kind {
    case .ledger: futureDate = columns.firstIndex { $0.name == "entry_date" }
    case .actions: futureDate = columns.firstIndex { $0.name == "date" }
    default: futureDate = nil
    }
    for (i, c) in columns.enumerated() {
      if case .reference(let target) = c.type {
        let known = try Self.keys(db, sql: "SELECT \(target.key[0]) FROM \(target.table)")
        references.append((i, c.name, target, FrozenKeySet(known)))
      }
    }
  }

  /// The text values of the first column of a query, as a key set.
  static func keys(_ db: Database, sql: String) throws -> ByteKeySet {
    var keys = ByteKeySet()
    let statement = try db.makeStatement(sql: sql)
    let s = statement.sqliteStatement
    defer { sqlite3_reset(s) }
    while true {
      let rc = sqlite3_step(s)
      guard rc == SQLITE_ROW else {
        if rc == SQLITE_DONE { break }
        throw DatabaseError(
          resultCode: ResultCode(rawValue: rc),
          message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: sql)
      }
      guard let text = sqlite3_column_text(s, 0) else { continue }
      keys.insert(UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(s, 0))))
    }
    return keys
  }

  mutating func run(into report: inout BatchReport) throws {
    let reader: CSVReader
    do {
      reader = try CSVReader(path: file, delimiter: profile.delimiter, encoding: profile.encoding)
    } catch let e as CSVReadError {
      throw FileRefusal(line: e.line, reason: e.reason)
    }
    do {
      guard let header = try reader.next() else {
        throw FileRefusal(line: 0, reason: "the file is empty: a header line is expected")
      }
      if let m = header.malformed { throw FileRefusal(line: header.line, reason: "header: \(m)") }
      let plan: HeaderPlan
      do { plan = try HeaderPlan(header: header.fields, kind: kind, profile: profile) } catch {
        throw FileRefusal(line: header.line, reason: error.reason)
      }
      report.ignoredColumns = plan.ignoredHeaders
      try createBatch(header: header.raw, ignored: plan.ignoredHeaders)
      report.batch = batchId
      let mapper = RowMapper(plan: plan, profile: profile)
      var values = [RowValue](repeating: .null, count: columns.count)
      while try reader.advance() {
        report.read += 1
        // The hot path: the record mapped in place, its text bound where the reader holds it.
        let fields = reader.fields
        if mapper.map(fields, into: &values), knownReferences(values) {
          if let block {
            if !block.fits(fields.bytes.count) { try flush(&report) }
            block.append(values, from: fields)
            if block.isFull { try flush(&report) }
          } else {
            try store(values.map(\.fieldValue), reader.record(), &report)
          }
          continue
        }
        // Rows are stored in file order: the waiting ones first.
        try flush(&report)
        let record = reader.record()
        if let m = record.malformed {
          try reject(record, m, .malformed, nil, &report)
          continue
        }
        switch mapper.map(record.fields) {
        case .rejected(let reason, let category):
          try reject(record, reason, category, nil, &report)
        case .row(let values, let warnings):
          if let missing = unknownReferences(values) {
            try reject(record, missing, .reference, values, &report)
            continue
          }
          try store(values, record, &report)
          if !warnings.isEmpty {
            report.warnings += 1
            note(
              "allowed_codes", line: record.line, key: key(values), warnings.joined(separator: "; ")
            )
          }
        }
      }
      try flush(&report)
    } catch let e as CSVReadError {
      throw FileRefusal(line: e.line, reason: e.reason)
    }
    if report.read > 0, Double(report.rejected) / Double(report.read) > options.rejectCeiling {
      throw FileRefusal(
        line: 0,
        reason:
          "\(report.rejected) of \(report.read) rows rejected (\(percent(report.rejected, report.read))), above the ceiling of \(Rounding.fixed(options.rejectCeiling * 100, places: 1)) %: refused whole; check the mapping profile"
      )
    }
    report.checks = try BatchChecks(loader: self, report: report).run()
    try db.execute(
      sql: """
        UPDATE batch SET read = ?, accepted = ?, duplicate = ?, rejected = ?, warnings = ?,
        duration_ms = ? WHERE id = ?
        """,
      arguments: [
        report.read, report.accepted, report.duplicate, report.rejected, report.warnings,
        Int(Date().timeIntervalSince(started) * 1000), batchId,
      ])
  }

  func percent(_ a: Int, _ b: Int) -> String {
    Rounding.fixed(Double(a) * 100 / Double(b), places: 1) + " %"
  }

  mutating func createBatch(header: String, ignored: [String]) throws {
    let now = ISO8601DateFormatter().string(from: Date())
    try db.execute(
      sql: """
        INSERT INTO batch (file_name, sha256, kind, profile, profile_source, header,
          ignored_headers, ingested_at, ingest_day)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        (file as NSString).lastPathComponent, sha256, kind.rawValue, profile.name, profile.source,
        header, ignored.joined(separator: "\n"), now, options.today.yyyymmdd,
      ])
    batchId = db.lastInsertedRowID
    tableWasEmpty = try
      !(Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(kind.table))") ?? false)
    let names = columns.map(\.name)
    let placeholders = Array(repeating: "?", count: names.count + 1).joined(separator: ", ")
    let keyWhere = kind.key.map { "\($0) = ?" }.joined(separator: " AND ")
    insert = try db.makeStatement(
      sql:
        "INSERT INTO \(kind.table) (\(names.joined(separator: ", ")), batch_id) VALUES (\(placeholders))"
        + (kind.isAppendOnly ? " ON CONFLICT DO NOTHING" : ""))
    if kind.isAppendOnly {
      let row = "(" + placeholders + ")"
      blockInsert = try db.makeStatement(
        sql:
          "INSERT OR FAIL INTO \(kind.table) (\(names.joined(separator: ", ")), batch_id) VALUES "
          + Array(repeating: row, count: Self.blockRows).joined(separator: ", "))
      block = RowBlock(capacity: Self.blockRows, width: names.count)
    }
    select = try db.makeStatement(
      sql: "SELECT \(names.joined(separator: ", ")), batch_id FROM \(kind.table) WHERE \(keyWhere)")
    if !kind.isAppendOnly {
      let sets = names.map { "\($0) = ?" }.joined(separator: ", ")
      update = try db.makeStatement(
        sql: "UPDATE \(kind.table) SET \(sets), batch_id = ? WHERE \(keyWhere)")
    }
    quarantine = try db.makeStatement(
      sql: """
        INSERT INTO quarantine (batch_id, kind, line, raw, reason, category, record)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """)
  }

  func key(_ values: [FieldValue]) -> String {
    keyPositions.map { values[$0].keyText(columns[$0].type) }.joined(separator: "@")
  }

  /// Whether every reference of a row read in place is known.
  @inline(__always)
  func knownReferences(_ values: [RowValue]) -> Bool {
    for r in references {
      if case .text(let bytes) = values[r.position], r.known.keys.find(bytes) < 0 { return false }
    }
    return true
  }

  /// Notes a stored row for `future_entries` when its date is after the day of the ingest.
  @inline(__always)
  mutating func noteFuture(_ values: UnsafeBufferPointer<RowValue>, date position: Int) {
    guard let d = values[position].integer, d > today else { return }
    future.add(date: d, id: values[keyPositions[0]].fieldValue.description)
  }

  /// ``noteFuture(_:date:)`` for a row read through the general path.
  mutating func noteFuture(_ values: [FieldValue], date position: Int) {
    guard let d = values[position].integer, d > today else { return }
    future.add(date: d, id: values[keyPositions[0]].description)
  }

  func unknownReferences(_ values: [FieldValue]) -> String? {
    var missing: [String] = []
    for r in references {
      if let v = values[r.position].text, !r.known.keys.contains(v) {
        missing.append("\(r.name): unknown \(r.kind.singular) '\(v)'")
      }
    }
    return missing.isEmpty ? nil : missing.joined(separator: "; ")
  }

  mutating func reject(
    _ record: CSVRecord, _ reason: String, _ category: RejectCategory, _ values: [FieldValue]?,
    _ report: inout BatchReport
  ) throws {
    report.rejected += 1
    report.rejectedBy[category.rawValue, default: 0] += 1
    try quarantine.execute(arguments: [
      batchId, kind.rawValue, record.line, record.raw, reason, category.rawValue,
      category == .reference ? values.map(FieldValue.json) : nil,
    ])
    let k = values.map(key) ?? "line \(record.line)"
    note(BatchChecks.checkName(for: category), line: record.line, key: k, reason)
  }

  mutating func note(_ check: String, line: Int?, key: String, _ detail: String) {
    checkCounts[check, default: 0] += 1
    if checkRows[check, default: []].count < CheckOutcome.rowLimit {
      checkRows[check, default: []].append(CheckRow(line: line, key: key, detail: detail))
    }
  }

  /// The stored row with the key of `values`, if any.
  func fetchStored(_ values: [FieldValue]) throws -> [FieldValue]? {
    let s = select.sqliteStatement
    sqlite3_reset(s)
    for (i, p) in keyPositions.enumerated() {
      let n = Int32(i + 1)
      switch values[p] {
      case .null: sqlite3_bind_null(s, n)
      case .integer(let v): sqlite3_bind_int64(s, n, v)
      case .real(let v): sqlite3_bind_double(s, n, v)
      case .text(let t): sqlite3_bind_text(s, n, t, -1, transientText)
      }
    }
    defer { sqlite3_reset(s) }
    let rc = sqlite3_step(s)
    if rc == SQLITE_DONE { return nil }
    guard rc == SQLITE_ROW else {
      throw DatabaseError(
        resultCode: ResultCode(rawValue: rc),
        message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: select.sql)
    }
    return (0..<Int32(columns.count)).map { c in
      switch sqlite3_column_type(s, c) {
      case SQLITE_INTEGER: .integer(sqlite3_column_int64(s, c))
      case SQLITE_FLOAT: .real(sqlite3_column_double(s, c))
      case SQLITE_TEXT:
        .text(
          String(
            decoding: UnsafeBufferPointer(
              start: sqlite3_column_text(s, c), count: Int(sqlite3_column_bytes(s, c))),
            as: UTF8.self))
      default: .null
      }
    }
  }

  mutating func store(_ values: [FieldValue], _ record: CSVRecord, _ report: inout BatchReport)
    throws
  {
    if kind.isAppendOnly {
      try insert.run(binding: values, batch: batchId)
      if db.changesCount == 1 {
        report.accepted += 1
        if let d = futureDate { noteFuture(values, date: d) }
        return
      }
      try storeExisting(values, record, &report)
      return
    }
    let k = key(values)
    let line = seenInFile[k]
    // A key new to the file and to a table empty at the start cannot be stored yet.
    let stored = line == nil && tableWasEmpty ? nil : try fetchStored(values)
    if let line, let stored, stored != values {
      note(
        "unique_keys", line: record.line, key: k,
        "also on line \(line) with other values (\(differences(stored, values))); the later row wins"
      )
    }
    if line == nil || stored != values { seenInFile[k] = record.line }
    if let stored {
      if stored == values {
        report.duplicate += 1
      } else {
        try update!.run(binding: values, batch: batchId, then: keyPositions.map { values[$0] })
        report.accepted += 1
      }
    } else {
      try insert.run(binding: values, batch: batchId)
      report.accepted += 1
    }
  }

  /// Stores the rows waiting in the block: all at once when the block is full, and row by
  /// row from the first one whose key is already stored.
  mutating func flush(_ report: inout BatchReport) throws {
    guard let block, block.count > 0 else { return }
    defer { block.removeAll() }
    var next = 0
    if block.isFull, let blockInsert {
      if try blockInsert.run(block: block, batch: batchId) {
        next = block.count
      } else {
        // INSERT OR FAIL keeps the rows before the first stored key.
        next = Int(sqlite3_changes(db.sqliteConnection))
      }
      for r in 0..<next {
        report.accepted += 1
        if let d = futureDate { noteFuture(block.row(r), date: d) }
      }
    }
    for r in next..<block.count {
      try insert.run(binding: block.row(r), batch: batchId)
      if sqlite3_changes(db.sqliteConnection) == 1 {
        report.accepted += 1
        if let d = futureDate { noteFuture(block.row(r), date: d) }
      } else {
        try storeExisting(block.row(r).map(\.fieldValue), block.record(r), &report)
      }
    }
  }

  /// An append-only row whose key is already stored: a duplicate when the stored row is the
  /// same, else a conflict, quarantined.
  mutating func storeExisting(
    _ values: [FieldValue], _ record: CSVRecord, _ report: inout BatchReport
  ) throws {
    let stored = try fetchStored(values) ?? []
    if stored == values {
      report.duplicate += 1
    } else {
      let diff = differences(stored, values)
      try reject(
        record,
        "conflict: \(kind.key.joined(separator: ", ")) \(key(values)) is already stored with other values (\(diff)); ledger entries and actions are corrected by new entries, never rewritten",
        .conflict, values, &report)
    }
  }

  func differences(_ a: [FieldValue], _ b: [FieldValue]) -> String {
    zip(columns, zip(a, b)).filter { $1.0 != $1.1 }.map { c, v in
      "\(c.name) \(v.0.display(c.type)) → \(v.1.display(c.type))"
    }.joined(separator: ", ")
  }
}

extension ExtractKind {
  /// The name of one row of this kind in messages (`lease`, `case`).
  var singular: String {
    switch self {
    case .agencies: "agency"
    case .staff: "staff member"
    case .units: "unit"
    case .households: "household"
    case .leases: "lease"
    case .cases: "case"
    default: rawValue
    }
  }
}

/// The rows of a batch dated after the day of the ingest, for the `future_entries` check: how
/// many, and the first ``CheckOutcome/rowLimit`` by date then id.
struct FutureEntries {
  /// How many.
  private(set) var count = 0
  private var kept: [(date: Int64, id: String)] = []

  /// Notes one row.
  mutating func add(date: Int64, id: String) {
    count += 1
    kept.append((date, id))
    if kept.count >= 2 * CheckOutcome.rowLimit { trim() }
  }

  /// The first rows by date then id (ids compared as bytes, as SQLite does).
  var rows: [(date: Int64, id: String)] {
    var copy = self
    copy.trim()
    return copy.kept
  }

  private mutating func trim() {
    kept.sort { a, b in
      a.date != b.date ? a.date < b.date : a.id.utf8.lexicographicallyPrecedes(b.id.utf8)
    }
    if kept.count > CheckOutcome.rowLimit { kept.removeLast(kept.count - CheckOutcome.rowLimit) }
  }
}
