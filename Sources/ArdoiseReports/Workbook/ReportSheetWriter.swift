/// Writes one sheet of a report workbook: the title row, the table (header, rows, totals), the
/// charts under it and how it prints.
///
/// Everything is appended from the top down, so the same code serves libxlsxwriter's
/// constant-memory mode.
struct ReportSheetWriter {
  /// The workbook the sheet belongs to (title, metadata).
  let workbook: ReportWorkbook
  /// The sheet to write.
  let sheet: ReportWorkbook.Sheet
  /// The sheet of the XLSX workbook, empty.
  let target: XLSXSheet

  /// Tables wider than this print in landscape (as the HTML's wide sections).
  static let landscapeColumns = 9
  /// The text size of the page header and footer, in points.
  static let printFontSize = 8

  /// Writes the sheet.
  func write() throws {
    let columns = sheet.table.columns
    try target.appendTitle(ReportSheetText.title(workbook, sheet))
    let headerRow = try target.appendHeader(columns.map(\.header))
    for (index, column) in columns.enumerated() {
      if let width = column.width {
        target.setColumnWidth(index, to: max(Double(width), Self.headerWidth(column.header)))
      }
    }
    try writeRows(firstRow: headerRow + 1)
    try writeCharts(firstRow: headerRow + 1)
    try target.setPageSetup(
      XLSXPageSetup(
        orientation: columns.count > Self.landscapeColumns ? .landscape : .portrait,
        fitToWidth: true, repeatedRows: 0...headerRow,
        header: ReportSheetText.header(workbook, sheet), footer: ReportSheetText.footer(workbook),
        pageNumbers: true, fontSize: Self.printFontSize))
  }

  /// The width that shows `header` whole, with its filter button: a width fixed by the
  /// definition never cuts its header.
  static func headerWidth(_ header: String) -> Double {
    (XLSXColumnWidths.displayLength(.header(header), atLeast: 0) + XLSXColumnWidths.padding)
      .rounded(.up)
  }

  /// Writes the rows from sheet row `firstRow`: totals in bold, as `SUM` formulas with their
  /// values when they add up the column above; the trailing totals outside the autofilter.
  private func writeRows(firstRow: Int) throws {
    let table = sheet.table
    let formats = table.columns.map(\.format)
    var bodyEnd = table.rows.count
    while bodyEnd > 0, table.emphasised[bodyEnd - 1] { bodyEnd -= 1 }
    let totals = TotalFormulas(table: table, firstRow: firstRow)
    var cells: [XLSXCell] = []
    cells.reserveCapacity(formats.count)
    for (index, row) in table.rows.enumerated() {
      if index == bodyEnd { try target.endTable() }
      cells.removeAll(keepingCapacity: true)
      if table.emphasised[index] {
        for (column, value) in row.enumerated() {
          cells.append(
            totals.cell(row: index, column: column, value: value)
              ?? value.xlsxCell(in: formats[column]).bold)
        }
      } else {
        for (column, value) in row.enumerated() {
          cells.append(value.xlsxCell(in: formats[column]))
        }
      }
      try target.appendRow(cells)
    }
    try target.endTable()
    if table.rows.isEmpty { try target.appendRow([.text(table.definition.emptyText)]) }
  }
}
