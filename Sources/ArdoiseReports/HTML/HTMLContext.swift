import ArdoiseCore
import Foundation

/// The Mustache context of a report's HTML.
///
/// | key | what |
/// |---|---|
/// | `report` | `name`, `title`, `description`, `audience`, `organisation`, `period`, `period_label`, `closing_date`, `agency` (null for the whole organisation), `confidential` (a flag) |
/// | `run` | the run record (``DatasetCatalogue``: `run_id`, `data_date`, `definitions_hash_short`…) |
/// | `data` | the datasets the templates name (`data.<name>`), converted (`x` display, `x_raw` machine form) |
/// | `charts` | every chart's SVG by id: `{{charts.ageing}}` |
/// | `sections` | the sections in order: `id`, `title`, `intro`, `confidential`, `first`, `wide` (a table of more than 9 columns), `has_figures`, `figures` (headline records), `has_charts`, `charts` (`id`, `title`, `svg`), `table` (``HTMLTableContext``) |
/// | `section` | the same sections by id: `{{#section.alertes}}…{{/section.alertes}}` |
struct HTMLContext {
  let report: LoadedReport
  let parameters: ReportParameters
  let metadata: ReportMetadata
  let datasets: [String: DataValue]
  let tables: TableResolver

  /// Tables with more columns than this are printed on landscape pages.
  static let wideColumns = 9

  /// Builds the context; dataset and chart problems throw.
  func make() throws -> [String: Any] {
    let definition = report.definition
    var charts: [String: Any] = [:]
    for chart in definition.charts {
      charts[chart.id] = try svg(chart).contextValue
    }
    var data: [String: Any] = [:]
    for (name, value) in datasets where report.datasetsInTemplates.contains(name) {
      data[name] = try value.templateContext(path: name)
    }
    let sections = try definition.sections.enumerated().map { index, section in
      try sectionContext(section, first: index == 0, charts: charts)
    }
    var byID: [String: Any] = [:]
    for (section, context) in zip(definition.sections, sections) { byID[section.id] = context }
    let run = try metadata.runRecord(parameters: parameters, templatesHash: report.templatesHash)
      .templateContext(path: DatasetCatalogue.run)
    data[DatasetCatalogue.run] = run
    return [
      "report": reportContext(), "run": run, "data": data, "charts": charts,
      "sections": sections, "section": byID,
    ]
  }

  /// The `report` record.
  func reportContext() -> [String: Any] {
    let d = report.definition
    return [
      "name": d.name, "title": d.title, "description": d.description ?? NSNull(),
      "audience": d.audience ?? NSNull(), "organisation": metadata.organisation,
      "period": parameters.period.description, "period_label": parameters.period.frenchLabel,
      "closing_date": French.date(parameters.closingDate),
      "agency": parameters.agency ?? NSNull(), "confidential": d.isConfidential,
    ]
  }

  /// One section.
  func sectionContext(_ section: SectionDefinition, first: Bool, charts: [String: Any]) throws
    -> [String: Any]
  {
    var out: [String: Any] = [
      "id": section.id, "title": section.title, "intro": section.intro ?? NSNull(),
      "confidential": section.confidential, "first": first,
      "charts": section.charts.map { ["id": $0.id, "title": $0.title, "svg": charts[$0.id]!] },
      "figures": NSNull(), "table": NSNull(), "has_charts": !section.charts.isEmpty,
      "has_figures": section.figures != nil,
      "wide": (section.table?.columns.count ?? 0) > Self.wideColumns,
    ]
    if let figures = section.figures {
      out["figures"] = try dataset(figures).templateContext(path: figures)
    }
    if let table = section.table {
      out["table"] = HTMLTableContext.make(try tables.resolve(table))
    }
    return out
  }

  /// The SVG of a chart.
  func svg(_ chart: ChartDefinition) throws -> TrustedHTML {
    SVGChartRenderer(
      chart: chart, data: try ChartData(chart: chart, dataset: try dataset(chart.dataset))
    ).render()
  }

  /// A dataset that was fetched.
  func dataset(_ name: String) throws -> DataValue {
    guard let value = datasets[name] else { throw DatasetError.unknownDataset(name) }
    return value
  }
}
