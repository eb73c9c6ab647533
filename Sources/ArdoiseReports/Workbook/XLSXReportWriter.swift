import ArdoiseCore

/// Writes a report's ``ReportWorkbook`` as an .xlsx file with libxlsxwriter; the default XLSX
/// writer of ``ReportRenderer``.
///
/// One sheet per workbook sheet, named after it (shortened to Excel's 31 characters at a word,
/// made valid and unique). Each sheet has a title row (the report's title and period, and
/// `Confidentiel` on a sheet naming households) above its table: French headers, the header
/// row frozen, an autofilter over the rows, columns fitted to their content unless the
/// definition fixes a width. Values are real numbers with their number formats (money
/// `# ##0,00 €`, ratios `0,0 %`, dates as Excel dates `jj/mm/aaaa`, counts `# ##0`), missing
/// ones blank cells, texts strings that Excel never reads as formulas. Total rows are bold; a
/// total that adds up the column above is written `=SUM(C3:C12)` with the data's value cached.
/// Each chart is a native Excel chart over the sheet's cells (see ``ReportSheetWriter``). The
/// document properties carry the title, organisation, period, run id and definitions hash, and
/// the closing date as creation date: the same workbook gives the same bytes.
///
/// A workbook of more than ``constantMemoryThreshold`` rows (all sheets together: a 100,000-row
/// balance split into six agencies is as large as one sheet of 100,000) is written in
/// libxlsxwriter's constant-memory mode: each row goes to a temporary file as soon as the next
/// one starts, so memory stays flat. Temporary files are made in the
/// destination's folder (private to the owner) unless ``temporaryDirectory`` says otherwise,
/// so that rows naming households do not pass through a shared `/tmp`.
public struct XLSXReportWriter: XLSXReportWriting, Sendable {
  /// The default ``constantMemoryThreshold``.
  public static let defaultConstantMemoryThreshold = 50_000

  /// Above this many rows in its sheets together, a workbook is written in constant-memory
  /// mode.
  public var constantMemoryThreshold: Int
  /// The folder of libxlsxwriter's temporary files; nil for the destination file's folder.
  public var temporaryDirectory: String?

  /// Creates a writer.
  public init(
    constantMemoryThreshold: Int = XLSXReportWriter.defaultConstantMemoryThreshold,
    temporaryDirectory: String? = nil
  ) {
    self.constantMemoryThreshold = constantMemoryThreshold
    self.temporaryDirectory = temporaryDirectory
  }

  /// Writes `workbook` at `path`.
  public func write(_ workbook: ReportWorkbook, to path: String) throws {
    let book = try XLSXWorkbook(
      path: path, properties: Self.properties(of: workbook),
      options: XLSXWorkbook.Options(
        constantMemory: usesConstantMemory(for: workbook),
        temporaryDirectory: temporaryDirectory ?? Self.folder(of: path)))
    for sheet in workbook.sheets {
      let target = try book.addSheet(named: ReportSheetText.tabName(sheet.title))
      try ReportSheetWriter(workbook: workbook, sheet: sheet, target: target).write()
    }
    try book.close()
  }

  /// Whether `workbook` is written in constant-memory mode: its sheets have more rows than the
  /// threshold.
  public func usesConstantMemory(for workbook: ReportWorkbook) -> Bool {
    workbook.sheets.reduce(0) { $0 + $1.table.rows.count } > constantMemoryThreshold
  }

  /// The document properties: title, subject, organisation, period, run id, definitions hash
  /// and the closing date as creation date; the report's name, the definitions' version, the
  /// templates' hash, the date of the data and the agency as custom properties.
  static func properties(of workbook: ReportWorkbook) -> XLSXDocumentProperties {
    let metadata = workbook.metadata
    var custom = [
      "Rapport": workbook.definition.name,
      "Version des définitions": metadata.definitionsVersion,
      "Empreinte des modèles": workbook.templatesHash,
    ]
    if let day = metadata.dataDate { custom["Données au"] = day.iso }
    if let agency = workbook.parameters.agency { custom["Agence"] = agency }
    return XLSXDocumentProperties(
      title: workbook.title, subject: workbook.subject, organisation: metadata.organisation,
      period: workbook.parameters.period.description, runID: metadata.runID,
      definitionsHash: metadata.definitionsHash, created: workbook.created, custom: custom)
  }

  /// The folder of a file's path (`.` for a bare name).
  static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }
}
