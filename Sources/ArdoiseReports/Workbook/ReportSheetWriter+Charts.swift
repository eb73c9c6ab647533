extension ReportSheetWriter {
  /// Where a chart's numbers are on the sheet.
  struct ChartSource {
    /// The category labels.
    var categories: XLSXRange
    /// The values of each series.
    var values: [XLSXRange]
  }

  /// The charts' width in pixels.
  static let chartWidth = 640
  /// The smallest chart height in pixels.
  static let chartHeight = 320
  /// The height of a row in pixels (Excel's default 15 points).
  static let rowHeight = 20

  /// Draws the sheet's charts under the table, one under the other. A chart plots the table's
  /// own cells when they hold its numbers in its order; otherwise (a series per value of a
  /// field, rows in another order) its numbers are written first in a small table of their
  /// own under the sheet's table, and the chart plots those.
  func writeCharts(firstRow: Int) throws {
    let charts = sheet.charts.filter { !$0.data.categories.isEmpty && !$0.data.series.isEmpty }
    guard !charts.isEmpty else { return }
    var sources: [ChartSource] = []
    for chart in charts {
      sources.append(try tableSource(chart, firstRow: firstRow) ?? writeDataBlock(chart))
    }
    var row = target.nextRow + 1
    for (chart, source) in zip(charts, sources) {
      let drawn = xlsxChart(chart, source)
      try target.insertChart(drawn, row: row, column: 0)
      row += (drawn.height + Self.rowHeight - 1) / Self.rowHeight + 2
    }
  }

  /// The table's cells holding `chart`'s numbers: a block of consecutive rows whose category
  /// and series columns equal the chart's data, in order; nil when there is none.
  func tableSource(_ chart: ReportWorkbook.Chart, firstRow: Int) -> ChartSource? {
    let data = chart.data
    let count = data.categories.count
    let rows = sheet.table.rows
    guard let categoryColumn = chart.categoriesColumn,
      chart.seriesColumns.count == data.series.count,
      rows.count >= count
    else { return nil }
    let valueColumns = chart.seriesColumns.compactMap { $0 }
    guard valueColumns.count == data.series.count else { return nil }
    func matches(from start: Int) -> Bool {
      for i in 0..<count {
        let row = rows[start + i]
        guard row[categoryColumn] == data.categories[i] else { return false }
        for (s, column) in valueColumns.enumerated() where row[column] != data.series[s].values[i] {
          return false
        }
      }
      return true
    }
    // Small tables are searched; a long one is only tried from its first row.
    let starts = rows.count <= 1_000 ? Array(0...(rows.count - count)) : [0]
    guard let start = starts.first(where: matches) else { return nil }
    let span = (firstRow + start)...(firstRow + start + count - 1)
    return ChartSource(
      categories: target.range(column: categoryColumn, rows: span),
      values: valueColumns.map { target.range(column: $0, rows: span) })
  }

  /// Writes `chart`'s numbers as a small table under what the sheet holds (a title row, a
  /// header of the categories' column and the series' names, one row per category) and returns
  /// its cells.
  func writeDataBlock(_ chart: ReportWorkbook.Chart) throws -> ChartSource {
    let data = chart.data
    try target.endTable()
    target.skipRows(1)
    try target.appendRow([XLSXCell.text("Données du graphique « \(chart.definition.title) »").bold])
    let categoryHeader =
      sheet.table.columns.first { $0.field == chart.definition.categories }?.header ?? "Catégorie"
    let header = try target.appendHeader([categoryHeader] + data.series.map(\.title))
    for (i, category) in data.categories.enumerated() {
      try target.appendRow(
        [category.xlsxCell(in: .auto)] + data.series.map { $0.values[i].xlsxCell(in: .auto) })
    }
    let span = (header + 1)...(header + data.categories.count)
    return ChartSource(
      categories: target.range(column: 0, rows: span),
      values: data.series.indices.map { target.range(column: $0 + 1, rows: span) })
  }

  /// The native chart matching the HTML one: lines for trends, stacked columns, horizontal
  /// bars listed from the top as the table; the HTML's colours; money on the axis rounded to
  /// the euro.
  func xlsxChart(_ chart: ReportWorkbook.Chart, _ source: ChartSource) -> XLSXChart {
    let definition = chart.definition
    let data = chart.data
    let kind: XLSXChart.Kind =
      switch definition.kind {
      case .line: .line
      case .stackedColumn: .stackedColumn
      case .bar: .clusteredBar
      case .stackedBar: .stackedBar
      }
    // Bars get taller with their number, as in the HTML.
    let bars =
      switch definition.kind {
      case .bar: data.categories.count * data.series.count
      case .stackedBar: data.categories.count
      case .line, .stackedColumn: 0
      }
    var drawn = XLSXChart(
      kind: kind, title: definition.title, categoryAxisTitle: definition.xTitle,
      valueAxisTitle: definition.yTitle,
      valueFormat: Self.axisFormat(data.valueFormat),
      legend: data.series.count > 1 ? .bottom : .none, width: Self.chartWidth,
      height: max(Self.chartHeight, 100 + bars * 18), reverseCategories: bars > 0)
    for (index, series) in data.series.enumerated() {
      drawn.addSeries(
        name: series.title, categories: source.categories, values: source.values[index],
        color: Self.color(index))
    }
    return drawn
  }

  /// The value axis' number format: money rounded to the euro, ratios as percentages, counts
  /// grouped; decimals in Excel's own (axis formats linked to the cells are not read by every
  /// spreadsheet).
  static func axisFormat(_ format: ColumnFormat) -> XLSXNumberFormat? {
    switch format {
    case .money: .moneyRounded
    case .ratio: .percent
    case .count: .integer
    default: nil
    }
  }

  /// The colour of series `index`, the HTML charts' palette as `0xRRGGBB`.
  static func color(_ index: Int) -> UInt32 {
    UInt32(SVGChartRenderer.color(index).dropFirst(), radix: 16) ?? 0
  }
}
