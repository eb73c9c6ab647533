import Yams

extension DefinitionReader {
  /// The keys of a chart.
  static let chartKeys = [
    "id", "type", "title", "dataset", "categories", "series", "group_by", "value", "skip",
    "x_title", "y_title",
  ]

  /// The `chart:` or `charts:` of a sheet or section. In a section, a chart may also be the id
  /// of a sheet's chart (`charts: [tendance-recouvrement]`).
  func readCharts(
    _ map: Node.Mapping, _ path: String, defaultDataset: String?, defaultID: String,
    _ fields: FieldChecker, sameDataset: Bool, sheetCharts: [ChartDefinition] = []
  ) throws -> [ChartDefinition] {
    if map["chart"] != nil, map["charts"] != nil {
      throw yaml.error(map["charts"], "\(path): give either 'chart' or 'charts', not both")
    }
    let key = map["chart"] != nil ? "chart" : "charts"
    guard let node = map[key] else { return [] }
    let items = node.mapping != nil ? [node] : try yaml.list(node, "\(path).\(key)")
    return try items.enumerated().map { i, item in
      let itemPath = items.count == 1 ? "\(path).\(key)" : "\(path).\(key)[\(i)]"
      if item.scalar != nil {
        let id = try yaml.text(item, itemPath)
        guard let chart = sheetCharts.first(where: { $0.id == id }) else {
          throw yaml.error(
            item,
            "\(itemPath): no sheet has a chart '\(id)' (charts: "
              + sheetCharts.map(\.id).joined(separator: ", ") + ")")
        }
        return chart
      }
      let id = items.count == 1 ? defaultID : "\(defaultID)-\(i + 1)"
      let chart = try readChart(
        item, itemPath, defaultDataset: defaultDataset, defaultID: id, fields)
      if sameDataset, let defaultDataset, chart.dataset != defaultDataset {
        throw yaml.error(
          item["dataset"],
          "\(itemPath).dataset: a sheet's chart plots the sheet's dataset '\(defaultDataset)'")
      }
      return chart
    }
  }

  /// One chart mapping.
  func readChart(
    _ node: Node, _ path: String, defaultDataset: String?, defaultID: String,
    _ fields: FieldChecker
  ) throws -> ChartDefinition {
    let map = try yaml.mapping(node, path, allowed: Self.chartKeys)
    guard let typeNode = map["type"] else { throw yaml.error(node, "\(path): missing 'type'") }
    let typeText = try yaml.text(typeNode, "\(path).type")
    guard let kind = ChartDefinition.Kind(rawValue: typeText) else {
      throw yaml.error(typeNode, "\(path).type: expected line, stacked_column or bar")
    }
    let dataset: String
    if let datasetNode = map["dataset"] {
      dataset = try fields.dataset(datasetNode, "\(path).dataset")
    } else if let defaultDataset {
      dataset = defaultDataset
    } else {
      throw yaml.error(node, "\(path): missing 'dataset'")
    }
    guard let categoriesNode = map["categories"] else {
      throw yaml.error(node, "\(path): missing 'categories' (the field along the axis)")
    }
    var chart = ChartDefinition(
      id: try yaml.optionalText(map, "id", path) ?? defaultID, kind: kind,
      title: try yaml.requiredText(map, "title", path), dataset: dataset,
      categories: try fields.field(categoriesNode, "\(path).categories", of: dataset).0)
    if let skipNode = map["skip"] {
      let (name, kind) = try fields.field(skipNode, "\(path).skip", of: dataset)
      guard kind == nil || kind == .flag else {
        throw yaml.error(skipNode, "\(path).skip: '\(name)' is not a flag (true/false) field")
      }
      chart.skip = name
    }
    chart.xTitle = try yaml.optionalText(map, "x_title", path)
    chart.yTitle = try yaml.optionalText(map, "y_title", path)
    if let seriesNode = map["series"] {
      chart.series = try yaml.list(seriesNode, "\(path).series").enumerated().map { i, item in
        let itemPath = "\(path).series[\(i)]"
        let m = try yaml.mapping(item, itemPath, allowed: ["field", "title"])
        guard let f = m["field"] else { throw yaml.error(item, "\(itemPath): missing 'field'") }
        let (name, kind) = try fields.field(f, "\(itemPath).field", of: dataset)
        try checkPlottable(kind, f, "\(itemPath).field")
        return .init(field: name, title: try yaml.requiredText(m, "title", itemPath))
      }
    }
    if let groupNode = map["group_by"] {
      chart.groupBy = try fields.field(groupNode, "\(path).group_by", of: dataset).0
      guard let valueNode = map["value"] else {
        throw yaml.error(node, "\(path): 'group_by' needs 'value' (the field plotted)")
      }
      let (name, kind) = try fields.field(valueNode, "\(path).value", of: dataset)
      try checkPlottable(kind, valueNode, "\(path).value")
      chart.value = name
    }
    guard chart.series.isEmpty != (chart.groupBy == nil) else {
      throw yaml.error(
        node, "\(path): give either 'series' (a list of fields) or 'group_by' with 'value'")
    }
    return chart
  }

  /// Fails when a field's values cannot be plotted.
  func checkPlottable(_ kind: ColumnFormat?, _ node: Node, _ path: String) throws {
    if let kind, !kind.isNumeric {
      throw yaml.error(node, "\(path): \(kind.rawValue) values cannot be plotted")
    }
  }
}
