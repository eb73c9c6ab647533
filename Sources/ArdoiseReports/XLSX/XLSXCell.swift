public import ArdoiseCore

/// One cell of a row: a value and its style.
///
/// Cells are built with the static factories, so that a row reads like the table it writes:
///
///     try sheet.appendRow([.text(lease), .money(balance), .ratio(rate), .date(lastPayment)])
///
/// A missing value (`nil`) gives a blank cell that keeps the column's number format.
public struct XLSXCell: Hashable, Sendable {
  /// What the cell holds once written.
  enum Content: Hashable, Sendable {
    /// Nothing is written: the cell does not exist in the file.
    case empty
    /// A blank cell carrying only a format.
    case blank
    /// A string, never interpreted as a formula or a number.
    case text(String)
    /// A number.
    case number(Double)
    /// A formula with the value Excel would compute, cached in the file for readers that do not
    /// recalculate.
    case formula(String, cached: Double)

    /// The libxlsxwriter function that writes this content, for error messages.
    var writer: String {
      switch self {
      case .empty: "(nothing)"
      case .blank: "worksheet_write_blank"
      case .text: "worksheet_write_string"
      case .number: "worksheet_write_number"
      case .formula: "worksheet_write_formula_num"
      }
    }
  }

  /// The content.
  let content: Content
  /// The style.
  public let style: XLSXStyle

  init(_ content: Content, _ style: XLSXStyle) {
    self.content = content
    self.style = style
  }

  /// No cell at all: the column is skipped.
  public static let empty = XLSXCell(.empty, .plain)

  /// Text, written as a string: a value starting with `=`, `+`, `-` or `@` stays text and is
  /// never read as a formula. Texts longer than Excel's limit (32,767 characters) are cut and
  /// end with `…`.
  public static func text(_ value: String?) -> XLSXCell {
    guard let value else { return XLSXCell(.blank, .plain) }
    return XLSXCell(.text(value), .plain)
  }

  /// A count, `#,##0`.
  public static func count(_ value: Int?) -> XLSXCell {
    number(value.map { Double($0) }, .integer)
  }

  /// A count, `#,##0`.
  public static func count(_ value: Int64?) -> XLSXCell {
    number(value.map { Double($0) }, .integer)
  }

  /// An amount in cents, written as the number of euros (`123456` → `1234.56`) with the money
  /// format `#,##0.00\ "€"`.
  public static func money(_ cents: Cents?) -> XLSXCell {
    number(cents.map { Double($0) / 100 }, .money)
  }

  /// An amount in cents shown rounded to the euro, `#,##0\ "€"`; the stored number keeps its
  /// cents.
  public static func moneyRounded(_ cents: Cents?) -> XLSXCell {
    number(cents.map { Double($0) / 100 }, .moneyRounded)
  }

  /// A ratio given as a fraction (0.973), shown as `97,3 %`.
  public static func ratio(_ fraction: Double?) -> XLSXCell {
    number(fraction, .percent)
  }

  /// A decimal number (days, months of rent, FTE…) with `places` decimals.
  public static func decimal(_ value: Double?, places: Int = 1) -> XLSXCell {
    number(value, .decimal(places: places))
  }

  /// A plain number in Excel's `General` format.
  public static func number(_ value: Double?) -> XLSXCell {
    number(value, .general)
  }

  /// A date, written as an Excel serial number (days since 1899-12-30) with `dd/mm/yyyy`.
  ///
  /// Excel cannot show dates before 1 January 1900; such a date is written as the text
  /// `dd/mm/yyyy`.
  public static func date(_ day: Day?) -> XLSXCell {
    guard let day else { return XLSXCell(.blank, XLSXStyle(format: .date)) }
    guard let serial = excelSerial(day) else { return XLSXCell(.text(day.french), .plain) }
    return XLSXCell(.number(serial), XLSXStyle(format: .date))
  }

  /// A blank cell that keeps a number format, for a missing value.
  public static func blank(_ format: XLSXNumberFormat = .general) -> XLSXCell {
    XLSXCell(.blank, XLSXStyle(format: format))
  }

  /// A formula (`=SUM(B2:B9)` or `SUM(B2:B9)`) with its computed value, so that the file shows
  /// the right figure before any recalculation.
  public static func formula(
    _ formula: String, cached value: Double, format: XLSXNumberFormat = .general
  ) -> XLSXCell {
    XLSXCell(.formula(formula, cached: value), XLSXStyle(format: format))
  }

  /// A table header label: bold on grey, bottom border.
  public static func header(_ label: String) -> XLSXCell {
    XLSXCell(.text(label), XLSXStyle(emphasis: .header))
  }

  /// A title above a table: bold, 14 points.
  public static func title(_ text: String) -> XLSXCell {
    XLSXCell(.text(text), XLSXStyle(emphasis: .title))
  }

  /// The same cell in bold, for totals.
  public var bold: XLSXCell { styled(.bold) }

  /// The same cell with another emphasis.
  public func styled(_ emphasis: XLSXStyle.Emphasis) -> XLSXCell {
    XLSXCell(content, XLSXStyle(format: style.format, emphasis: emphasis))
  }

  /// The same cell with another number format.
  public func formatted(_ format: XLSXNumberFormat) -> XLSXCell {
    XLSXCell(content, XLSXStyle(format: format, emphasis: style.emphasis))
  }

  /// The Excel serial number of a day (1900 date system), or nil before 1900-01-01.
  ///
  /// The serial counts days from 1899-12-30, so 1970-01-01 is 25,569. Excel also counts the
  /// non-existent 29 February 1900 (serial 60), so days before 1 March 1900 are one less.
  public static func excelSerial(_ day: Day) -> Double? {
    let serial = day.ordinal + 25_569
    if serial >= 61 { return Double(serial) }
    if serial >= 2 { return Double(serial - 1) }
    return nil
  }

  /// A number cell, or a blank one keeping the format when the value is missing or not finite
  /// (Excel has no NaN nor infinity).
  private static func number(_ value: Double?, _ format: XLSXNumberFormat) -> XLSXCell {
    guard let value, value.isFinite else { return XLSXCell(.blank, XLSXStyle(format: format)) }
    return XLSXCell(.number(value), XLSXStyle(format: format))
  }
}
