/// How a cell looks: its number format and its emphasis.
///
/// A workbook creates one libxlsxwriter format per distinct style, on first use, and reuses it.
public struct XLSXStyle: Hashable, Sendable {
  /// The weight and decoration of a cell's text.
  public enum Emphasis: Int, Hashable, Sendable, CaseIterable {
    /// Regular text.
    case plain
    /// Bold text, for totals and key figures.
    case bold
    /// A table header: bold on a light grey fill with a bottom border.
    case header
    /// A title above a table: bold, 14 points.
    case title
  }

  /// The number format.
  public var format: XLSXNumberFormat
  /// The emphasis.
  public var emphasis: Emphasis

  /// Creates a style.
  public init(format: XLSXNumberFormat = .general, emphasis: Emphasis = .plain) {
    self.format = format
    self.emphasis = emphasis
  }

  /// The default style: `General`, plain. Cells in this style are written without a format.
  public static let plain = XLSXStyle()

  /// The index of this style in a workbook's format cache.
  var cacheIndex: Int { format.cacheIndex * Emphasis.allCases.count + emphasis.rawValue }

  /// Number of distinct values of `cacheIndex`.
  static let cacheIndexCount = XLSXNumberFormat.cacheIndexCount * Emphasis.allCases.count
}
