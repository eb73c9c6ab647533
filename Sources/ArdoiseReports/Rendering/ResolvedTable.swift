/// A table ready to write: the dataset's rows checked against the columns, in the definition's
/// order, one value per column. Shared by the HTML and the XLSX writers, so both show the same
/// rows in the same order.
public struct ResolvedTable: Sendable, Hashable {
  /// The definition.
  public var definition: TableDefinition
  /// One value per column, row by row.
  public var rows: [[DataValue]]
  /// Whether each row is a total (shown in bold).
  public var emphasised: [Bool]
  /// The display form of the split field of each row, when resolved with one.
  var splitValues: [String]?

  /// The columns.
  public var columns: [ColumnDefinition] { definition.columns }

  /// Checks and orders the rows of `dataset` for `table`: every row a record with every field
  /// the table reads, every value of a kind its column accepts. Sorted stably by the sort keys,
  /// total rows (the `emphasis` field set) kept after the others in their order. With
  /// `splitField`, each row's value of that field is kept too, for ``split()``.
  public init(_ table: TableDefinition, dataset: DataValue, splitField: String? = nil) throws {
    guard let items = dataset.elements else { throw DatasetError.notAList(dataset: table.dataset) }
    definition = table
    var records: [(row: [DataValue], keys: [SortValue], total: Bool, split: String)] = []
    records.reserveCapacity(items.count)
    for (index, item) in items.enumerated() {
      guard case .record(let fields) = item else {
        throw DatasetError.notAList(dataset: table.dataset)
      }
      func value(_ name: String) throws -> DataValue {
        guard let v = fields[name] else {
          throw DatasetError.missingField(dataset: table.dataset, field: name, row: index)
        }
        return v
      }
      let row = try table.columns.map { column in
        let v = try value(column.field)
        guard column.format.accepts(v) else {
          throw DatasetError.wrongKind(
            dataset: table.dataset, field: column.field, row: index,
            expected: column.format.rawValue, found: v.format?.rawValue ?? "a list or record")
        }
        return v
      }
      let keys = try table.sort.map { SortValue(try value($0.field)) }
      let total = try table.emphasis.map { try value($0) == .flag(true) } ?? false
      let split = try splitField.map { try value($0).display } ?? ""
      records.append((row, keys, total, split))
    }
    if !table.sort.isEmpty {
      // Sort indices, not records: the keys stay in place.
      let descending = table.sort.map(\.descending)
      var body = records.indices.filter { !records[$0].total }
      body.sort { a, b in
        for (k, desc) in descending.enumerated() {
          if let order = SortValue.order(records[a].keys[k], records[b].keys[k], descending: desc) {
            return order
          }
        }
        return a < b
      }
      records = (body + records.indices.filter { records[$0].total }).map { records[$0] }
    }
    rows = records.map(\.row)
    emphasised = records.map(\.total)
    splitValues = splitField == nil ? nil : records.map(\.split)
  }

  /// Resolves `table` and splits its rows by the value of `field` (which need not be a
  /// column): one table per distinct value, sorted by its display form; totals are left out.
  public static func split(_ table: TableDefinition, dataset: DataValue, by field: String)
    throws -> [(value: String, table: ResolvedTable)]
  {
    try ResolvedTable(table, dataset: dataset, splitField: field).split()
  }

  /// The rows split by the split field this table was resolved with (one table for all the
  /// rows without one); totals are left out.
  func split() -> [(value: String, table: ResolvedTable)] {
    guard let values = splitValues else { return [("", self)] }
    var groups: [String: ResolvedTable] = [:]
    for (i, row) in rows.enumerated() where !emphasised[i] {
      groups[values[i], default: ResolvedTable(definition: definition)].append(row)
    }
    return groups.keys.sorted().map { ($0, groups[$0]!) }
  }

  /// An empty table.
  init(definition: TableDefinition) {
    self.definition = definition
    rows = []
    emphasised = []
  }

  /// Appends a row that is not a total.
  mutating func append(_ row: [DataValue]) {
    rows.append(row)
    emphasised.append(false)
  }
}
