import Yams

extension DefinitionReader {
  /// The keys of a sheet.
  static let sheetKeys = [
    "id", "title", "dataset", "columns", "sort", "emphasis", "limit", "empty", "split_by", "chart",
    "charts", "confidential",
  ]
  /// The keys of an inline table.
  static let tableKeys = ["dataset", "columns", "sort", "emphasis", "limit", "empty"]
  /// The keys of a column.
  static let columnKeys = ["header", "field", "format", "width"]

  /// One sheet.
  func readSheet(_ node: Node, path: String, _ fields: FieldChecker) throws -> SheetDefinition {
    let map = try yaml.mapping(node, path, allowed: Self.sheetKeys)
    let title = try yaml.requiredText(map, "title", path)
    let id = try yaml.optionalText(map, "id", path) ?? Self.slug(title)
    let table = try readTable(map, path, fields)
    var sheet = SheetDefinition(id: id, title: title, table: table)
    if let split = map["split_by"] {
      sheet.splitBy = try fields.field(split, "\(path).split_by", of: table.dataset).0
    }
    sheet.charts = try readCharts(
      map, path, defaultDataset: table.dataset, defaultID: id, fields, sameDataset: true)
    sheet.confidential = try confidentiality(map, path, datasets: [table.dataset], fields)
    return sheet
  }

  /// The table of a sheet or an inline `table:` mapping.
  func readTable(_ map: Node.Mapping, _ path: String, _ fields: FieldChecker) throws
    -> TableDefinition
  {
    guard let datasetNode = map["dataset"] else {
      throw yaml.error(Node.mapping(map), "\(path): missing 'dataset'")
    }
    let dataset = try fields.dataset(datasetNode, "\(path).dataset")
    guard let columnsNode = map["columns"] else {
      throw yaml.error(Node.mapping(map), "\(path): missing 'columns'")
    }
    let columnNodes = try yaml.list(columnsNode, "\(path).columns")
    guard !columnNodes.isEmpty else {
      throw yaml.error(columnsNode, "\(path).columns: expected at least one column")
    }
    var table = TableDefinition(
      dataset: dataset,
      columns: try columnNodes.enumerated().map {
        try readColumn($1, "\(path).columns[\($0)]", dataset: dataset, fields)
      })
    if let sortNode = map["sort"] {
      table.sort = try yaml.list(sortNode, "\(path).sort").enumerated().map { i, item in
        let key = SortKey(parsing: try yaml.text(item, "\(path).sort[\(i)]"))
        try fields.field(named: key.field, at: item, "\(path).sort[\(i)]", of: dataset)
        return key
      }
    }
    if let emphasis = map["emphasis"] {
      let (name, kind) = try fields.field(emphasis, "\(path).emphasis", of: dataset)
      guard kind == nil || kind == .flag else {
        throw yaml.error(emphasis, "\(path).emphasis: '\(name)' is not a flag (true/false) field")
      }
      table.emphasis = name
    }
    table.limit = try yaml.optionalInt(map, "limit", path, 1...1_000_000)
    table.emptyText = try yaml.optionalText(map, "empty", path) ?? TableDefinition.defaultEmptyText
    return table
  }

  /// One column.
  func readColumn(_ node: Node, _ path: String, dataset: String, _ fields: FieldChecker) throws
    -> ColumnDefinition
  {
    let map = try yaml.mapping(node, path, allowed: Self.columnKeys)
    let header = try yaml.requiredText(map, "header", path)
    guard let fieldNode = map["field"] else {
      throw yaml.error(node, "\(path): missing 'field'")
    }
    let (field, kind) = try fields.field(fieldNode, "\(path).field", of: dataset)
    var format = kind ?? .auto
    if let formatNode = map["format"] {
      let text = try yaml.text(formatNode, "\(path).format")
      guard let f = ColumnFormat(rawValue: text) else {
        throw yaml.error(
          formatNode,
          "\(path).format: unknown format '\(text)' (expected one of "
            + ColumnFormat.allCases.map(\.rawValue).joined(separator: ", ") + ")")
      }
      if let kind, f != .text, f != .auto, f != kind {
        throw yaml.error(
          formatNode,
          "\(path).format: the field '\(field)' holds \(kind.rawValue) values, not \(f.rawValue)")
      }
      format = f
    }
    let width = try yaml.optionalInt(map, "width", path, 1...255)
    return ColumnDefinition(header: header, field: field, format: format, width: width)
  }

  /// Whether a sheet or section is confidential: always when a dataset names households (an
  /// explicit `confidential: false` there is an error), otherwise as written.
  func confidentiality(
    _ map: Node.Mapping, _ path: String, datasets: [String], _ fields: FieldChecker
  ) throws -> Bool {
    let written = try yaml.optionalBool(map, "confidential", path)
    if let personal = datasets.first(where: fields.isPersonal) {
      if written == false {
        throw yaml.error(
          map["confidential"],
          "\(path).confidential: '\(personal)' names households, the section must stay "
            + "confidential")
      }
      return true
    }
    return written ?? false
  }
}
