/// How a sheet prints: on A4, in an orientation, scaled to the width of the page, with rows
/// repeated at the top of every page and a page header and footer.
///
///     try sheet.setPageSetup(
///       XLSXPageSetup(
///         orientation: .landscape, repeatedRows: 0...1,
///         header: .init(left: "Bailleur du Vaucluse", right: "Confidentiel"),
///         footer: .init(left: "Balance âgée — octobre 2026"), pageNumbers: true))
public struct XLSXPageSetup: Hashable, Sendable {
  /// The orientation of the paper.
  public enum Orientation: Hashable, Sendable {
    /// Taller than wide.
    case portrait
    /// Wider than tall, for wide tables.
    case landscape
  }

  /// The three texts of a page header or footer, printed on the left, in the centre and on the
  /// right. They are plain text: `&` is not read as one of Excel's codes.
  public struct Band: Hashable, Sendable {
    /// The text on the left.
    public var left: String
    /// The text in the centre.
    public var center: String
    /// The text on the right.
    public var right: String

    /// Creates a band; empty texts print nothing.
    public init(left: String = "", center: String = "", right: String = "") {
      self.left = left
      self.center = center
      self.right = right
    }

    /// Whether the band prints nothing.
    public var isEmpty: Bool { left.isEmpty && center.isEmpty && right.isEmpty }
  }

  /// The longest part of a header or footer, in UTF-8 bytes once escaped: three parts and
  /// their codes stay within Excel's 255 characters.
  static let maximumPartLength = 76

  /// The orientation.
  public var orientation: Orientation
  /// Whether the columns are scaled to fit the width of one page (pages run down as needed).
  public var fitToWidth: Bool
  /// Rows printed at the top of every page (the title and the header row), zero-based.
  public var repeatedRows: ClosedRange<Int>?
  /// The page header.
  public var header: Band
  /// The page footer.
  public var footer: Band
  /// Whether the footer's centre shows the page number and count (`Page 2 / 7`) instead of
  /// its centre text.
  public var pageNumbers: Bool
  /// The text size of the header and footer in points, nil for the sheet's default.
  public var fontSize: Int?

  /// Creates a page setup.
  public init(
    orientation: Orientation = .portrait, fitToWidth: Bool = true,
    repeatedRows: ClosedRange<Int>? = nil, header: Band = Band(), footer: Band = Band(),
    pageNumbers: Bool = true, fontSize: Int? = nil
  ) {
    self.orientation = orientation
    self.fitToWidth = fitToWidth
    self.repeatedRows = repeatedRows
    self.header = header
    self.footer = footer
    self.pageNumbers = pageNumbers
    self.fontSize = fontSize
  }

  /// The header's string in Excel's syntax (`&L…&C…&R…`), or nil when it prints nothing.
  var headerCode: String? { Self.code(header, pageNumbers: false, fontSize: fontSize) }

  /// The footer's string in Excel's syntax, or nil when it prints nothing.
  var footerCode: String? { Self.code(footer, pageNumbers: pageNumbers, fontSize: fontSize) }

  /// `&L<left>&C<centre>&R<right>`, each part escaped, cut and led by the font size code
  /// (`&8`, then a space when the text starts with a digit, which Excel would read as part of
  /// the size); nil when all are empty.
  static func code(_ band: Band, pageNumbers: Bool, fontSize: Int? = nil) -> String? {
    let center = pageNumbers ? "Page &P / &N" : escaped(band.center)
    let parts = [("&L", escaped(band.left)), ("&C", center), ("&R", escaped(band.right))]
    let code = parts.filter { !$0.1.isEmpty }.map { position, text in
      guard let size = fontSize.map({ min(max($0, 1), 409) }) else { return position + text }
      let separator = text.first?.isNumber == true ? " " : ""
      return position + "&" + String(size) + separator + text
    }.joined()
    return code.isEmpty ? nil : code
  }

  /// `text` with `&` doubled (a literal ampersand), cut with `…` to `maximumPartLength`.
  static func escaped(_ text: String) -> String {
    var kept = text
    var out = kept.replacing("&", with: "&&")
    while out.utf8.count > maximumPartLength, !kept.isEmpty {
      kept.removeLast()
      out = kept.replacing("&", with: "&&") + "…"
    }
    return out
  }
}
