import Yams

extension DefinitionReader {
  /// The keys of a section.
  static let sectionKeys = [
    "id", "title", "intro", "figures", "sheet", "table", "limit", "chart", "charts",
    "confidential",
  ]

  /// One HTML section.
  func readSection(
    _ node: Node, path: String, sheets: [SheetDefinition], _ fields: FieldChecker
  ) throws -> SectionDefinition {
    let map = try yaml.mapping(node, path, allowed: Self.sectionKeys)
    var sheet: SheetDefinition?
    if let sheetNode = map["sheet"] {
      let id = try yaml.text(sheetNode, "\(path).sheet")
      guard let found = sheets.first(where: { $0.id == id }) else {
        throw yaml.error(
          sheetNode,
          "\(path).sheet: no sheet has the id '\(id)' (ids: "
            + sheets.map(\.id).joined(separator: ", ") + ")")
      }
      sheet = found
    }
    let title = try yaml.optionalText(map, "title", path) ?? sheet?.title
    guard let title, !title.isEmpty else { throw yaml.error(node, "\(path): missing 'title'") }
    let id = try yaml.optionalText(map, "id", path) ?? sheet?.id ?? Self.slug(title)
    var section = SectionDefinition(
      id: id, title: title, intro: try yaml.optionalText(map, "intro", path))
    if let figures = map["figures"] {
      section.figures = try fields.dataset(figures, "\(path).figures")
      try fields.field(named: "value_short", at: figures, "\(path).figures", of: section.figures!)
    }
    section.table = sheet?.table
    if let tableNode = map["table"] {
      if tableNode.scalar?.string == "false" {
        section.table = nil
      } else {
        let tableMap = try yaml.mapping(tableNode, "\(path).table", allowed: Self.tableKeys)
        section.table = try readTable(tableMap, "\(path).table", fields)
      }
    }
    if let limit = try yaml.optionalInt(map, "limit", path, 1...1_000_000) {
      guard section.table != nil else {
        throw yaml.error(map["limit"], "\(path).limit: the section has no table")
      }
      section.table?.limit = limit
    }
    if map["chart"] != nil || map["charts"] != nil {
      section.charts = try readCharts(
        map, path, defaultDataset: section.table?.dataset, defaultID: id, fields,
        sameDataset: false, sheetCharts: sheets.flatMap(\.charts))
    } else {
      section.charts = sheet?.charts ?? []
    }
    let used =
      [section.table?.dataset, section.figures].compactMap { $0 }
      + section.charts.map(\.dataset)
    section.confidential =
      try confidentiality(map, path, datasets: used, fields) || (sheet?.confidential ?? false)
    guard section.figures != nil || section.table != nil || !section.charts.isEmpty else {
      throw yaml.error(node, "\(path): a section shows figures, a table or charts")
    }
    return section
  }
}
