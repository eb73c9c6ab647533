/// Builds the ``ReportWorkbook`` handed to the XLSX writer.
struct WorkbookBuilder {
  let report: LoadedReport
  let parameters: ReportParameters
  let metadata: ReportMetadata
  let datasets: [String: DataValue]
  let tables: TableResolver

  /// The workbook: one sheet per definition sheet, or, for a sheet with `split_by` when the
  /// report is for the whole organisation, one sheet per value (`Balance âgée — AVI`); split
  /// sheets carry no chart.
  func make() throws -> ReportWorkbook {
    var sheets: [ReportWorkbook.Sheet] = []
    for sheet in report.definition.sheets {
      let dataset = try tables.dataset(sheet.table.dataset)
      let table = try tables.resolve(sheet.table)
      if sheet.splitBy != nil, parameters.agency == nil {
        for (value, part) in table.split() {
          sheets.append(
            .init(definition: sheet, title: "\(sheet.title) — \(value)", table: part, charts: []))
        }
      } else {
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
}
