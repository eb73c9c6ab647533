extension DataValue {
  /// The cell showing this value in a column of `format`: money as euros with
  /// `# ##0,00 €`, ratios as fractions with `0,0 %`, dates as Excel dates `jj/mm/aaaa`, counts
  /// `# ##0`, days and decimals `# ##0,0`; months and flags as their French text (`oct. 2026`,
  /// `oui`); in a `text` column any value as displayed. Texts are strings, never formulas. A
  /// missing value (or an empty text) is a blank cell keeping the column's number format.
  func xlsxCell(in format: ColumnFormat) -> XLSXCell {
    if isNull { return .blank(format.xlsxNumberFormat) }
    if format == .text {
      if case .text(let text) = self { return text.isEmpty ? .blank() : .text(text) }
      return .text(display)
    }
    switch self {
    case .text(let text): return text.isEmpty ? .blank() : .text(text)
    case .money(let cents): return .money(cents)
    case .count(let count): return .count(count)
    case .ratio(let fraction): return .ratio(fraction)
    case .days(let value), .decimal(let value): return .decimal(value, places: 1)
    case .date(let day): return .date(day)
    case .month, .flag: return .text(display)
    case .null, .list, .record: return .blank(format.xlsxNumberFormat)
    }
  }

  /// The value as a whole number of the smallest unit a total adds up exactly: cents for money,
  /// the count for a count; 0 for a missing one (Excel's `SUM` skips blanks); nil for any other
  /// kind.
  var summableUnits: Int64? {
    switch self {
    case .money(let cents): cents ?? 0
    case .count(let count): count ?? 0
    case .null: 0
    default: nil
    }
  }
}

extension ColumnFormat {
  /// The number format of a blank cell in a column of this format (`General` for text, `auto`
  /// and the text-like formats).
  var xlsxNumberFormat: XLSXNumberFormat {
    switch self {
    case .money: .money
    case .count: .integer
    case .ratio: .percent
    case .days, .decimal: .decimal(places: 1)
    case .date: .date
    case .text, .month, .flag, .auto: .general
    }
  }
}
