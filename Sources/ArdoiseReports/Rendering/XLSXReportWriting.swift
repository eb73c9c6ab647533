/// The seam for the XLSX output: what writes a ``ReportWorkbook`` as an .xlsx file.
///
/// The templating layer resolves everything before calling it: sheets split per agency, rows
/// checked and sorted, one ``DataValue`` per cell with its column's ``ColumnFormat``, charts
/// with their numbers. An implementation maps formats to number formats (money
/// `# ##0,00 €`, ratio `0,0 %`, dates as Excel dates `jj/mm/aaaa`, count `# ##0`, days and
/// decimal `# ##0,0`, month and flag as text), writes text that starts with `=`, `+`, `-`
/// or `@` as a string, freezes the header row, sets an autofilter, fits column widths to the
/// content unless a column fixes its `width`, draws each chart natively from the sheet's
/// cells, and stamps the document properties. Missing values are blank cells.
///
/// It writes to `path`, a temporary file in the destination folder; the caller then syncs it,
/// sets its mode and renames it into place.
public protocol XLSXReportWriting {
  /// Writes `workbook` at `path`.
  func write(_ workbook: ReportWorkbook, to path: String) throws
}
