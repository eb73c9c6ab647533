/// How a column's values are shown: the `format` of a column in `report.yaml`, and the kind of
/// a ``DataValue``.
///
/// The XLSX writer maps each to a number format: money `# ##0,00 €`, ratio `0,0 %`, date
/// `jj/mm/aaaa` (an Excel date), count `# ##0`, days and decimal `# ##0,0`; text, month and
/// flag are written as strings (`oct. 2026`, `oui`).
public enum ColumnFormat: String, Sendable, Hashable, CaseIterable {
  /// Text; any scalar is accepted and shown in its display form.
  case text
  /// Money in cents.
  case money
  /// A count.
  case count
  /// A ratio (fraction) shown as a percentage.
  case ratio
  /// A number of days.
  case days
  /// A decimal number, one decimal shown.
  case decimal
  /// A date.
  case date
  /// A month.
  case month
  /// Yes/no.
  case flag
  /// Each cell in the format of its own value (a column of headline figures of mixed kinds).
  case auto

  /// Whether the values are numbers, aligned right.
  public var isNumeric: Bool {
    switch self {
    case .money, .count, .ratio, .days, .decimal: true
    case .text, .date, .month, .flag, .auto: false
    }
  }

  /// Whether a value can be shown in a column of this format: missing values always, any
  /// scalar in a text or auto column, a count hidden by the disclosure rule (`< 5`) in a count
  /// column, otherwise a value of the same kind.
  public func accepts(_ value: DataValue) -> Bool {
    guard value.isScalar else { return false }
    if value.isNull || self == .text || self == .auto { return true }
    if self == .count, value.isHiddenCount { return true }
    return value.format == self
  }
}
