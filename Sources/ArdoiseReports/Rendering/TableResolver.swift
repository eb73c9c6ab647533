/// Resolves the tables of one render once: the HTML section and the XLSX sheet showing the same
/// table share the work (a 100,000-row worklist is checked and sorted once).
final class TableResolver {
  /// The datasets of the render.
  let datasets: [String: DataValue]
  /// The split field of each table split into sheets (by the table without its HTML limit).
  let splitFields: [TableDefinition: String]
  /// The tables resolved so far.
  private var cache: [TableDefinition: ResolvedTable] = [:]

  /// A resolver for a report's render.
  init(definition: ReportDefinition, parameters: ReportParameters, datasets: [String: DataValue]) {
    self.datasets = datasets
    var fields: [TableDefinition: String] = [:]
    if parameters.agency == nil {
      for sheet in definition.sheets {
        if let field = sheet.splitBy { fields[Self.key(sheet.table)] = field }
      }
    }
    splitFields = fields
  }

  /// The table resolved, with its own definition (its limit).
  func resolve(_ table: TableDefinition) throws -> ResolvedTable {
    let key = Self.key(table)
    var resolved: ResolvedTable
    if let cached = cache[key] {
      resolved = cached
    } else {
      resolved = try ResolvedTable(
        key, dataset: try dataset(table.dataset), splitField: splitFields[key])
      cache[key] = resolved
    }
    resolved.definition = table
    return resolved
  }

  /// A fetched dataset.
  func dataset(_ name: String) throws -> DataValue {
    guard let value = datasets[name] else { throw DatasetError.unknownDataset(name) }
    return value
  }

  /// The table without its HTML limit, which does not change the rows.
  static func key(_ table: TableDefinition) -> TableDefinition {
    var key = table
    key.limit = nil
    return key
  }
}
