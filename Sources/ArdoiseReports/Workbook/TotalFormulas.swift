/// The `SUM` formulas of a table's total rows.
///
/// A total cell becomes `=SUM(C3:C12)`, cached with the value the data gives for it, when
/// that value is exactly the sum of the column above: of the rows since the previous total row
/// (a total under its detail rows) or, failing that, of every row from the first (a closing
/// balance under an opening balance and the month's movements). Only money and counts are
/// compared, in cents and units, so the match is exact; any other total cell stays a number.
struct TotalFormulas {
  /// The sheet row of the table's first data row (0 is row 1).
  let firstRow: Int
  /// For each column, the running sums in units (`prefix[i]` is the sum of rows `0..<i`), nil
  /// for a column where some value cannot be added up (or the sum overflows).
  private let prefixes: [[Int64]?]
  /// The table's total flags.
  private let totals: [Bool]

  /// Prepares the sums of `table`, whose first data row is written at sheet row `firstRow`;
  /// nothing is computed for a table without total rows.
  init(table: ResolvedTable, firstRow: Int) {
    self.firstRow = firstRow
    totals = table.emphasised
    guard table.emphasised.contains(true) else {
      prefixes = []
      return
    }
    prefixes = table.columns.indices.map { column in
      guard table.columns[column].format.isSummable else { return nil }
      var prefix: [Int64] = [0]
      prefix.reserveCapacity(table.rows.count + 1)
      for row in table.rows {
        guard let units = row[column].summableUnits else { return nil }
        let (sum, overflow) = prefix[prefix.count - 1].addingReportingOverflow(units)
        if overflow { return nil }
        prefix.append(sum)
      }
      return prefix
    }
  }

  /// The formula cell for the total in `row` (an index in the table) and `column`, bold, or
  /// nil when the value is not the sum of a block of rows above.
  func cell(row: Int, column: Int, value: DataValue) -> XLSXCell? {
    guard totals.indices.contains(row), totals[row], column < prefixes.count,
      let prefix = prefixes[column], !value.isNull, let units = value.summableUnits
    else { return nil }
    var blockStart = row
    while blockStart > 0, !totals[blockStart - 1] { blockStart -= 1 }
    var candidates: [Int] = []
    if blockStart < row { candidates.append(blockStart) }
    if blockStart > 0 { candidates.append(0) }
    for start in candidates where prefix[row] - prefix[start] == units {
      let range = XLSXRange(
        sheet: "", firstRow: firstRow + start, firstColumn: column, lastRow: firstRow + row - 1,
        lastColumn: column)
      let cached: Double
      let format: XLSXNumberFormat
      switch value {
      case .money: (cached, format) = (Double(units) / 100, .money)
      default: (cached, format) = (Double(units), .integer)
      }
      return XLSXCell.formula("SUM(\(range.reference))", cached: cached, format: format).bold
    }
    return nil
  }
}

extension ColumnFormat {
  /// Whether totals of this format can be checked as sums: money and counts.
  fileprivate var isSummable: Bool { self == .money || self == .count }
}
