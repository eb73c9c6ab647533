import ArdoiseCore
import Foundation
import Yams

/// Reads a report's `report.yaml` into a ``ReportDefinition``, checking every name against the
/// ``DatasetCatalogue`` so that a typo fails at load with its line, not in a half-written file.
///
/// ```yaml
/// title: Balance âgée
/// datasets: [ageing_leases]
/// sheets:
///   - title: Balance âgée
///     dataset: ageing_leases
///     sort: [-balance, lease]
///     split_by: agency
///     columns:
///       - {header: Bail, field: lease}
///       - {header: Solde, field: balance, format: money, width: 14}
/// sections:            # optional: one section per sheet otherwise
///   - title: Synthèse
///     sheet: synthese  # the sheet's table and charts
/// ```
struct DefinitionReader {
  /// The report's name.
  let name: String
  /// The YAML helper, which knows the file.
  let yaml: YAMLReader

  /// Creates a reader for the report `name` whose definition is `file`.
  init(name: String, file: String) {
    self.name = name
    self.yaml = YAMLReader(file: file)
  }

  /// The keys of the top level.
  static let topKeys = [
    "title", "description", "audience", "periods", "agency", "formats", "datasets", "sheets",
    "sections",
  ]

  /// Reads the definition from the file's text.
  func read(_ text: String) throws -> ReportDefinition {
    let root = try yaml.root(text)
    let map = try yaml.mapping(root, "report", allowed: Self.topKeys)
    let datasets = try readDatasets(map)
    var definition = ReportDefinition(
      name: name, file: yaml.file, title: try yaml.requiredText(map, "title", "report"),
      datasets: datasets, sheets: [], sections: [])
    definition.description = try yaml.optionalText(map, "description", "report")
    definition.audience = try yaml.optionalText(map, "audience", "report")
    if let node = map["periods"] {
      definition.periods = try yaml.list(node, "periods").map { item in
        guard let length = Period.Length(rawValue: try yaml.text(item, "periods")) else {
          throw yaml.error(item, "periods: expected month, quarter or year")
        }
        return length
      }
    }
    if let node = map["agency"] {
      guard let rule = ReportDefinition.AgencyRule(rawValue: try yaml.text(node, "agency")) else {
        throw yaml.error(node, "agency: expected none, optional or required")
      }
      definition.agency = rule
    }
    if let node = map["formats"] {
      definition.formats = try yaml.list(node, "formats").map { item in
        guard let format = ReportFormat(rawValue: try yaml.text(item, "formats")) else {
          throw yaml.error(item, "formats: expected html or xlsx")
        }
        return format
      }
    }
    let context = FieldChecker(yaml: yaml, datasets: datasets)
    if let node = map["sheets"] {
      definition.sheets = try yaml.list(node, "sheets").enumerated().map {
        try readSheet($1, path: "sheets[\($0)]", context)
      }
    }
    try checkUnique(definition.sheets.map(\.id), node: map["sheets"], what: "sheet id")
    if let node = map["sections"] {
      definition.sections = try yaml.list(node, "sections").enumerated().map {
        try readSection($1, path: "sections[\($0)]", sheets: definition.sheets, context)
      }
    } else {
      definition.sections = definition.sheets.map {
        SectionDefinition(
          id: $0.id, title: $0.title, charts: $0.charts, table: $0.table,
          confidential: $0.confidential)
      }
    }
    try checkUnique(definition.sections.map(\.id), node: map["sections"], what: "section id")
    try checkUnique(definition.chartIDs, node: root, what: "chart id")
    guard !definition.sheets.isEmpty || !definition.sections.isEmpty else {
      throw yaml.error(root, "report: expected sheets or sections")
    }
    return definition
  }

  /// The `datasets:` list: known, distinct names.
  func readDatasets(_ map: Node.Mapping) throws -> [String] {
    guard let node = map["datasets"] else {
      throw yaml.error(Node.mapping(map), "report: missing 'datasets' (the datasets it uses)")
    }
    var names: [String] = []
    for (i, item) in try yaml.list(node, "datasets").enumerated() {
      let name = try yaml.text(item, "datasets[\(i)]")
      guard name != DatasetCatalogue.run else {
        throw yaml.error(item, "datasets: 'run' is always available, do not list it")
      }
      guard DatasetCatalogue.description(of: name) != nil else {
        throw yaml.error(
          item,
          "datasets: unknown dataset '\(name)' (known: "
            + DatasetCatalogue.all.map(\.name).filter { $0 != DatasetCatalogue.run }
            .joined(separator: ", ") + ")")
      }
      guard !names.contains(name) else {
        throw yaml.error(item, "datasets: '\(name)' is listed twice")
      }
      names.append(name)
    }
    return names
  }

  /// Fails on the first duplicate of `ids`.
  func checkUnique(_ ids: [String], node: Node?, what: String) throws {
    var seen = Set<String>()
    for id in ids where !seen.insert(id).inserted {
      throw yaml.error(node, "two of the report's \(what)s are '\(id)'; give one an 'id:'")
    }
  }

  /// A readable id from a French title: `Balance âgée` → `balance-agee`.
  static func slug(_ title: String) -> String {
    let folded = title.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    var out = ""
    for scalar in folded.unicodeScalars {
      if scalar.isASCIILetter || ("0"..."9").contains(scalar) {
        out.unicodeScalars.append(scalar)
      } else if !out.isEmpty, out.last != "-" {
        out += "-"
      }
    }
    while out.hasSuffix("-") { out.removeLast() }
    return out.isEmpty ? "section" : out
  }
}

extension ReportDefinition {
  /// Every chart id, a sheet's chart reused by a section counted once, for the uniqueness
  /// check.
  var chartIDs: [String] {
    var ids = sheets.flatMap(\.charts).map(\.id)
    let sheetCharts = Set(sheets.flatMap(\.charts))
    ids += sections.flatMap(\.charts).filter { !sheetCharts.contains($0) }.map(\.id)
    return ids
  }
}
