/// An output format of a report.
public enum ReportFormat: String, Sendable, Hashable, CaseIterable, Comparable {
  /// One self-contained HTML file.
  case html
  /// One workbook.
  case xlsx

  /// The file extension.
  public var fileExtension: String { rawValue }

  /// Orders formats by name (`html` before `xlsx`), for a stable order of output files.
  public static func < (a: ReportFormat, b: ReportFormat) -> Bool { a.rawValue < b.rawValue }
}
