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

  /// The columns.
  public var columns: [ColumnDefinition] { definition.columns }

  /// Checks and orders the rows of `dataset` for `table`: every row a record with every field
  /// the table reads, every value of a kind its column accepts. Sorted stably by the sort keys,
  /// total rows (the `emphasis` field set) kept after the others in their order.
  public init(_ table: TableDefinition, dataset: DataValue) throws {
    guard let items = dataset.elements else { throw DatasetError.notAList(dataset: table.dataset) }
    definition = table
    var records: [(row: [DataValue], keys: [SortValue], total: Bool)] = []
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
      records.append((row, keys, total))
    }
    if !table.sort.isEmpty {
      let descending = table.sort.map(\.descending)
      let body = records.filter { !$0.total }.enumerated().sorted { a, b in
        for (k, desc) in descending.enumerated() {
          if let order = SortValue.order(a.element.keys[k], b.element.keys[k], descending: desc) {
            return order
          }
        }
        return a.offset < b.offset
      }.map(\.element)
      records = body + records.filter(\.total)
    }
    rows = records.map(\.row)
    emphasised = records.map(\.total)
  }

  /// Resolves `table` and splits its rows by the value of `field` (which need not be a
  /// column): one table per distinct value, sorted by its display form; totals are left out.
  public static func split(_ table: TableDefinition, dataset: DataValue, by field: String)
    throws -> [(value: String, table: ResolvedTable)]
  {
    var probe = table
    probe.columns.append(ColumnDefinition(header: "", field: field))
    let all = try ResolvedTable(probe, dataset: dataset)
    var groups: [String: ResolvedTable] = [:]
    for (i, row) in all.rows.enumerated() where !all.emphasised[i] {
      groups[row.last!.display, default: ResolvedTable(definition: table)].append(
        Array(row.dropLast()))
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
