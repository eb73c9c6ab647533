import CXlsxWriter

/// A worksheet, written row by row from the top.
///
/// Rows are appended in order, which is what libxlsxwriter's constant-memory mode requires and
/// what a report does anyway: an optional title, the table's header, its rows, then maybe a
/// blank row and another block. The first header appended starts the sheet's table: when the
/// workbook closes, the rows above and including that header are frozen and an autofilter
/// covers the header and every row appended until `endTable()` (or the end of the sheet).
/// Column widths are fitted to the longest value written in each column unless set with
/// `setColumnWidth(_:to:)`.
///
/// A sheet belongs to its workbook and cannot be used once the workbook is closed.
public final class XLSXSheet {
  /// Excel's number of rows.
  public static let maximumRows = 1_048_576
  /// Excel's number of columns.
  public static let maximumColumns = 16_384

  /// The table of a sheet: its header row and how far it goes.
  private struct Table {
    /// The header row.
    var headerRow: Int
    /// The number of columns, from column A.
    var columns: Int
    /// The last row of the table (the header row while there is no data).
    var lastRow: Int
    /// Whether rows appended now still belong to the table.
    var isOpen: Bool
  }

  /// The sheet's name in the workbook (sanitised, unique).
  public let name: String
  /// The row the next append writes (0 is row 1).
  public private(set) var nextRow = 0

  /// The shared workbook.
  private let context: XLSXContext
  /// The C worksheet, owned by the C workbook.
  private let worksheet: UnsafeMutablePointer<lxw_worksheet>
  /// Fitted and fixed column widths.
  private var widths = XLSXColumnWidths()
  /// The sheet's table, once a header was appended.
  private var table: Table?

  init(name: String, worksheet: UnsafeMutablePointer<lxw_worksheet>, context: XLSXContext) {
    self.name = name
    self.worksheet = worksheet
    self.context = context
  }

  /// The row index of the table's header, if a header was appended.
  public var headerRow: Int? { table?.headerRow }

  /// Writes a title in column A of a new row (bold, 14 points) and returns its row. Titles do not
  /// widen the column: they overflow into the empty cells on their right. A title ends the
  /// table above it, if any.
  @discardableResult
  public func appendTitle(_ text: String) throws -> Int {
    try endTable()
    return try appendRow([.title(text)], startingAt: 0, fitWidths: false)
  }

  /// Writes a header row and returns its row. The first header of a sheet starts its table
  /// (frozen up to this row, filtered from this row on); a later header ends it and is only
  /// styled.
  @discardableResult
  public func appendHeader(_ labels: [String], startingAt column: Int = 0) throws -> Int {
    try endTable()
    let row = try appendRow(labels.map(XLSXCell.header), startingAt: column, fitWidths: true)
    if table == nil {
      table = Table(headerRow: row, columns: column + labels.count, lastRow: row, isOpen: true)
    }
    return row
  }

  /// Writes `cells` in a new row, from `column` on, and returns the row.
  @discardableResult
  public func appendRow(_ cells: [XLSXCell], startingAt column: Int = 0) throws -> Int {
    let row = try appendRow(cells, startingAt: column, fitWidths: true)
    if let current = table, current.isOpen { table?.lastRow = row }
    return row
  }

  /// Leaves `count` empty rows.
  public func skipRows(_ count: Int = 1) {
    nextRow += max(count, 0)
  }

  /// Ends the table: rows appended from now on (totals, notes) are outside the autofilter.
  ///
  /// The autofilter is set here, while the table's last row is still the row being written:
  /// in constant-memory mode libxlsxwriter refuses ranges over rows it has already flushed.
  public func endTable() throws {
    guard var current = table, current.isOpen else { return }
    current.isOpen = false
    table = current
    try context.checkOpen("worksheet_autofilter(\(name))")
    if current.columns > 0 {
      try XLSXError.check(
        worksheet_autofilter(
          worksheet, lxw_row_t(current.headerRow), 0, lxw_row_t(current.lastRow),
          lxw_col_t(current.columns - 1)),
        "worksheet_autofilter(\(name))")
    }
  }

  /// Fixes the width of `column`, in Excel character units, instead of fitting it to content.
  /// Useful in constant-memory mode when the caller already knows the widths.
  public func setColumnWidth(_ column: Int, to width: Double) {
    widths.fix(column: column, width: width)
  }

  /// The cells of `column` over `rows`, for a chart series.
  public func range(column: Int, rows: ClosedRange<Int>) -> XLSXRange {
    XLSXRange(sheet: name, column: column, rows: rows)
  }

  /// Draws `chart` with its top-left corner on the cell at `row`, `column`.
  ///
  /// The chart's series may reference any sheet of the workbook by its name.
  public func insertChart(_ chart: XLSXChart, row: Int, column: Int) throws {
    let operation = "worksheet_insert_chart(\(reference(row: row, column: column)))"
    try context.checkOpen(operation)
    let (r, c) = try Self.index(row: row, column: column, operation)
    for series in chart.series {
      for sheet in [series.categories.sheet, series.values.sheet]
      where !context.sheetNames.contains(sheet) {
        throw XLSXError(
          operation: operation, message: "series \(series.name) references no sheet \(sheet)")
      }
    }
    let lxwChart = try chart.make(in: context)
    var description = Array(chart.title.utf8CString)
    let result = description.withUnsafeMutableBufferPointer { text in
      var options = lxw_chart_options()
      options.x_scale = Double(max(chart.width, 50)) / 480
      options.y_scale = Double(max(chart.height, 50)) / 288
      options.description = text.baseAddress
      return worksheet_insert_chart_opt(worksheet, r, c, lxwChart, &options)
    }
    try XLSXError.check(result, operation)
  }

  /// Sets how the sheet prints: A4 paper, orientation, scaling to the page width, repeated
  /// rows, page header and footer.
  public func setPageSetup(_ setup: XLSXPageSetup) throws {
    try context.checkOpen("page setup of \(name)")
    worksheet_set_paper(worksheet, 9)  // A4
    switch setup.orientation {
    case .portrait: worksheet_set_portrait(worksheet)
    case .landscape: worksheet_set_landscape(worksheet)
    }
    if setup.fitToWidth { worksheet_fit_to_pages(worksheet, 1, 0) }
    if let rows = setup.repeatedRows {
      let (first, _) = try Self.index(row: rows.lowerBound, column: 0, "repeat rows of \(name)")
      let (last, _) = try Self.index(row: rows.upperBound, column: 0, "repeat rows of \(name)")
      try XLSXError.check(
        worksheet_repeat_rows(worksheet, first, last), "worksheet_repeat_rows(\(name))")
    }
    if let header = setup.headerCode {
      try XLSXError.check(worksheet_set_header(worksheet, header), "worksheet_set_header(\(name))")
    }
    if let footer = setup.footerCode {
      try XLSXError.check(worksheet_set_footer(worksheet, footer), "worksheet_set_footer(\(name))")
    }
  }

  /// Applies the table's freeze and autofilter and the column widths; called by the workbook
  /// just before it closes.
  func finish() throws {
    try endTable()
    if let table {
      worksheet_freeze_panes(worksheet, lxw_row_t(table.headerRow + 1), 0)
    }
    for (column, width) in widths.widths where column < Self.maximumColumns {
      try XLSXError.check(
        worksheet_set_column(worksheet, lxw_col_t(column), lxw_col_t(column), width, nil),
        "worksheet_set_column(\(name), \(XLSXRange.columnName(column)))")
    }
  }

  /// Writes a row at `nextRow` and moves on.
  private func appendRow(_ cells: [XLSXCell], startingAt column: Int, fitWidths: Bool) throws
    -> Int
  {
    let row = nextRow
    try context.checkOpen("append row \(row + 1) to \(name)")
    let (r, _) = try Self.index(row: row, column: column, "append row to \(name)")
    if column + cells.count > Self.maximumColumns {
      throw XLSXError(
        operation: "append row \(row + 1) to \(name)",
        message: "\(column + cells.count) columns exceed Excel's \(Self.maximumColumns)")
    }
    var index = column
    for cell in cells {
      let result = write(cell, row: r, column: lxw_col_t(index))
      if result != LXW_NO_ERROR {
        throw XLSXError(
          operation: "\(cell.content.writer)(\(reference(row: row, column: index)))", lxw: result)
      }
      if fitWidths { widths.observe(cell, column: index) }
      index += 1
    }
    nextRow = row + 1
    return row
  }

  /// Writes one cell and returns libxlsxwriter's result.
  private func write(_ cell: XLSXCell, row: lxw_row_t, column: lxw_col_t) -> lxw_error {
    let format = context.format(cell.style)
    switch cell.content {
    case .empty:
      return LXW_NO_ERROR
    case .blank:
      guard let format else { return LXW_NO_ERROR }
      return worksheet_write_blank(worksheet, row, column, format)
    case .text(let text):
      return worksheet_write_string(worksheet, row, column, Self.limited(text), format)
    case .number(let value):
      return worksheet_write_number(worksheet, row, column, value, format)
    case .formula(let formula, let cached):
      return worksheet_write_formula_num(worksheet, row, column, formula, format, cached)
    }
  }

  /// `Sheet!B7`, to name a cell in an error.
  private func reference(row: Int, column: Int) -> String {
    XLSXRange(sheet: name, firstRow: row, firstColumn: column, lastRow: row, lastColumn: column)
      .description
  }

  /// Excel's limit on the length of a cell's text.
  static let maximumTextLength = 32_767

  /// `text`, cut to Excel's limit and ended with `…` when longer.
  static func limited(_ text: String) -> String {
    if text.utf8.count <= maximumTextLength || text.utf16.count <= maximumTextLength {
      return text
    }
    var out = ""
    var length = 0
    for character in text {
      let width = character.utf16.count
      if length + width > maximumTextLength - 1 { break }
      out.append(character)
      length += width
    }
    return out + "…"
  }

  /// The C indices of a cell, or an error when it lies outside Excel's grid.
  static func index(row: Int, column: Int, _ operation: @autoclosure () -> String) throws -> (
    lxw_row_t, lxw_col_t
  ) {
    guard (0..<maximumRows).contains(row), (0..<maximumColumns).contains(column) else {
      throw XLSXError(
        operation: operation(), message: "row \(row + 1), column \(column + 1) is outside the sheet"
      )
    }
    return (lxw_row_t(row), lxw_col_t(column))
  }
}
