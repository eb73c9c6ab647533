/// The number formats of Ardoise workbooks, as locale-neutral Excel format codes.
///
/// Format codes in an .xlsx file always use `,` for grouping and `.` for decimals; Excel and
/// LibreOffice display them with the separators of the reader's locale, so a French reader sees
/// `1 234,56 €`, `97,3 %` and `31/10/2026`.
public enum XLSXNumberFormat: Hashable, Sendable {
  /// No number format (Excel's `General`): texts and plain numbers.
  case general
  /// A count: `#,##0` (`1 234`).
  case integer
  /// Money with cents: `#,##0.00\ "€"` (`1 234,56 €`).
  case money
  /// Money rounded to the euro, for headline figures and chart axes: `#,##0\ "€"` (`1 235 €`).
  case moneyRounded
  /// A ratio stored as a fraction (0.973) shown as a percentage: `0.0\ %` (`97,3 %`).
  case percent
  /// A decimal number with `places` decimals (0 to 6): `#,##0.0` for one place (`12,5`).
  case decimal(places: Int)
  /// A date stored as an Excel serial number: `dd/mm/yyyy` (`31/10/2026`, `jj/mm/aaaa` in a
  /// French Excel).
  case date

  /// The Excel format code, or nil for `General`.
  public var code: String? {
    switch self {
    case .general: nil
    case .integer: "#,##0"
    case .money: "#,##0.00\\ \"€\""
    case .moneyRounded: "#,##0\\ \"€\""
    case .percent: "0.0\\ %"
    case .decimal(let places):
      Self.clamped(places) == 0
        ? "#,##0" : "#,##0." + String(repeating: "0", count: Self.clamped(places))
    case .date: "dd/mm/yyyy"
    }
  }

  /// A small dense index used to cache one libxlsxwriter format per style.
  var cacheIndex: Int {
    switch self {
    case .general: 0
    case .integer: 1
    case .money: 2
    case .moneyRounded: 3
    case .percent: 4
    case .date: 5
    case .decimal(let places): 6 + Self.clamped(places)
    }
  }

  /// Number of distinct values of `cacheIndex`.
  static let cacheIndexCount = 13

  /// Decimal places limited to 0...6.
  static func clamped(_ places: Int) -> Int { min(max(places, 0), 6) }
}
