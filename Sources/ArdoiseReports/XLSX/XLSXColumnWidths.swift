/// Column widths fitted to content, tracked while rows are written.
///
/// Only the longest display length of each column is kept, so the tracking works in
/// constant-memory mode too: widths are applied when the workbook is closed (libxlsxwriter
/// writes a sheet's `<cols>` when it assembles the file, after the rows). A width set by the
/// caller wins over the fitted one.
struct XLSXColumnWidths {
  /// Narrowest fitted column, in Excel character units.
  static let minimum = 6.0
  /// Widest fitted column: longer texts overflow or wrap rather than make huge columns.
  static let maximum = 60.0
  /// Room added around the longest value.
  static let padding = 2.0
  /// Extra room in a header for the autofilter button.
  static let filterButton = 2.0

  /// The longest display length seen in each column, in characters.
  private(set) var lengths: [Double] = []
  /// Widths fixed by the caller, by column.
  private(set) var fixed: [Int: Double] = [:]

  /// Records a cell's display length in `column`.
  mutating func observe(column: Int, length: Double) {
    if column >= lengths.count {
      lengths.append(contentsOf: repeatElement(0, count: column - lengths.count + 1))
    }
    if length > lengths[column] { lengths[column] = length }
  }

  /// Records the display length of `cell`, written in `column`.
  mutating func observe(_ cell: XLSXCell, column: Int) {
    let current = column < lengths.count ? lengths[column] : 0
    let length = Self.displayLength(cell, atLeast: current)
    if length > current { observe(column: column, length: length) }
  }

  /// Fixes the width of `column`.
  mutating func fix(column: Int, width: Double) { fixed[column] = width }

  /// The width of every column that has one, in column order.
  var widths: [(column: Int, width: Double)] {
    var out: [(column: Int, width: Double)] = []
    let count = max(lengths.count, (fixed.keys.max() ?? -1) + 1)
    for column in 0..<count {
      if let width = fixed[column] {
        out.append((column, width))
      } else if column < lengths.count, lengths[column] > 0 {
        let fitted = (lengths[column] + Self.padding).rounded(.up)
        out.append((column, min(max(fitted, Self.minimum), Self.maximum)))
      }
    }
    return out
  }

  /// How many characters `cell` shows once formatted, estimated without formatting it; `floor`
  /// is the current maximum, under which an exact count is not needed.
  static func displayLength(_ cell: XLSXCell, atLeast floor: Double) -> Double {
    let weight: Double =
      switch cell.style.emphasis {
      case .plain: 1
      case .bold: 1.1
      case .header: 1.1
      case .title: 1.4
      }
    let extra = cell.style.emphasis == .header ? filterButton : 0
    var length: Int
    switch cell.content {
    case .empty, .blank: return 0
    case .text(let text):
      // A string has at most as many characters as UTF-8 bytes: count only when it matters.
      let bytes = text.utf8.count
      if Double(bytes) * weight + extra <= floor { return 0 }
      length = bytes <= 1 ? bytes : min(text.count, Int(maximum))
    case .number(let value), .formula(_, let value):
      length = numberLength(value, cell.style.format)
    }
    return Double(length) * weight + extra
  }

  /// The length of `value` shown in `format`, in French: `-1 234,56 €` is 11.
  static func numberLength(_ value: Double, _ format: XLSXNumberFormat) -> Int {
    let sign = value < 0 ? 1 : 0
    let magnitude = abs(value)
    switch format {
    case .date: return 10
    case .integer: return sign + groupedLength(magnitude.rounded())
    case .money: return sign + groupedLength(magnitude.rounded(.down)) + 3 + 2
    case .moneyRounded: return sign + groupedLength(magnitude.rounded()) + 2
    case .percent: return sign + groupedLength((magnitude * 100).rounded(.down)) + 2 + 2
    case .decimal(let places):
      let p = XLSXNumberFormat.clamped(places)
      return sign + groupedLength(magnitude.rounded(.down)) + (p > 0 ? p + 1 : 0)
    case .general:
      // General shows up to 11 characters: digits, a separator and decimals.
      let integer = digitCount(magnitude.rounded(.down))
      return sign + min(magnitude == magnitude.rounded(.down) ? integer : integer + 4, 11)
    }
  }

  /// The number of digits of a non-negative whole number, with a separator every three.
  static func groupedLength(_ whole: Double) -> Int {
    let digits = digitCount(whole)
    return digits + (digits - 1) / 3
  }

  /// The number of decimal digits of a non-negative whole number (1 for 0).
  static func digitCount(_ whole: Double) -> Int {
    var digits = 1
    var limit = 10.0
    while whole >= limit && digits < 309 {
      digits += 1
      limit *= 10
    }
    return digits
  }
}
