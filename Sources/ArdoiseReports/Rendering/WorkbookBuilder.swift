/// Builds the ``ReportWorkbook`` handed to the XLSX writer.
struct WorkbookBuilder {
  let report: LoadedReport
  let parameters: ReportParameters
  let metadata: ReportMetadata
  let datasets: [String: DataValue]

  /// The workbook: one sheet per definition sheet, or, for a sheet with `split_by` when the
  /// report is for the whole organisation, one sheet per value (`Balance âgée — AVI`); split
  /// sheets carry no chart.
  func make() throws -> ReportWorkbook {
    var sheets: [ReportWorkbook.Sheet] = []
    for sheet in report.definition.sheets {
      let dataset = try value(sheet.table.dataset)
      if let field = sheet.splitBy, parameters.agency == nil {
        for (value, table) in try ResolvedTable.split(sheet.table, dataset: dataset, by: field) {
          sheets.append(
            .init(definition: sheet, title: "\(sheet.title) — \(value)", table: table, charts: []))
        }
      } else {
        let table = try ResolvedTable(sheet.table, dataset: dataset)
        let charts = try sheet.charts.map { chart in
          ReportWorkbook.Chart(
            definition: chart, data: try ChartData(chart: chart, dataset: dataset),
            seriesColumns: chart.groupBy == nil
              ? chart.series.map { s in sheet.table.columns.firstIndex { $0.field == s.field } }
              : [],
            categoriesColumn: sheet.table.columns.firstIndex { $0.field == chart.categories })
        }
        sheets.append(.init(definition: sheet, title: sheet.title, table: table, charts: charts))
      }
    }
    return ReportWorkbook(
      definition: report.definition, parameters: parameters, metadata: metadata,
      templatesHash: report.templatesHash, sheets: sheets, datasets: datasets)
  }

  /// A fetched dataset.
  func value(_ name: String) throws -> DataValue {
    guard let v = datasets[name] else { throw DatasetError.unknownDataset(name) }
    return v
  }
}
