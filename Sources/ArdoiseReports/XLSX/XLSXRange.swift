/// A rectangle of cells on a named sheet, zero-based and inclusive, as charts reference them.
public struct XLSXRange: Hashable, Sendable, CustomStringConvertible {
  /// The sheet's name, as the workbook holds it (already sanitised).
  public var sheet: String
  /// The first row (0 is row 1).
  public var firstRow: Int
  /// The first column (0 is column A).
  public var firstColumn: Int
  /// The last row, inclusive.
  public var lastRow: Int
  /// The last column, inclusive.
  public var lastColumn: Int

  /// Creates a range; the corners are put in order.
  public init(sheet: String, firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
    self.sheet = sheet
    self.firstRow = min(firstRow, lastRow)
    self.firstColumn = min(firstColumn, lastColumn)
    self.lastRow = max(firstRow, lastRow)
    self.lastColumn = max(firstColumn, lastColumn)
  }

  /// The cells of one column over `rows`.
  public init(sheet: String, column: Int, rows: ClosedRange<Int>) {
    self.init(
      sheet: sheet, firstRow: rows.lowerBound, firstColumn: column, lastRow: rows.upperBound,
      lastColumn: column)
  }

  /// The cells of one row over `columns`.
  public init(sheet: String, row: Int, columns: ClosedRange<Int>) {
    self.init(
      sheet: sheet, firstRow: row, firstColumn: columns.lowerBound, lastRow: row,
      lastColumn: columns.upperBound)
  }

  /// The A1 reference without the sheet: `B2:B14`, or `B2` for a single cell.
  public var reference: String {
    let first = Self.cellName(row: firstRow, column: firstColumn)
    if firstRow == lastRow && firstColumn == lastColumn { return first }
    return first + ":" + Self.cellName(row: lastRow, column: lastColumn)
  }

  /// `Sheet!B2:B14`, the sheet quoted when needed.
  public var description: String {
    let plain = sheet.unicodeScalars.allSatisfy {
      ("A"..."Z").contains($0) || ("a"..."z").contains($0) || ("0"..."9").contains($0)
        || $0 == "_" || $0 == "."
    }
    let quoted = plain ? sheet : "'" + sheet.replacing("'", with: "''") + "'"
    return quoted + "!" + reference
  }

  /// The A1 name of a cell: `(0, 0)` is `A1`, `(6, 27)` is `AB7`.
  public static func cellName(row: Int, column: Int) -> String {
    columnName(column) + String(row + 1)
  }

  /// The letters of a column: 0 is `A`, 25 is `Z`, 26 is `AA`.
  public static func columnName(_ column: Int) -> String {
    var n = column + 1
    var letters: [Unicode.Scalar] = []
    while n > 0 {
      let rest = (n - 1) % 26
      letters.append(Unicode.Scalar(UInt8(65 + rest)))
      n = (n - 1) / 26
    }
    var out = ""
    out.unicodeScalars.append(contentsOf: letters.reversed())
    return out
  }
}
