import ArdoiseCore

extension DataValue {
  /// What a missing value shows: an em dash.
  public static let missingDisplay = "—"

  /// The French display form: `1 234,56 €`, `1 234`, `97,3 %`, `12,5 j`, `3,2`,
  /// `31/10/2026`, `oct. 2026`, `oui`/`non`, `—` when missing. A list shows its elements
  /// joined by `, `; a record shows nothing.
  public var display: String {
    if isNull { return Self.missingDisplay }
    switch self {
    case .text(let s): return s
    case .money(let v): return French.money(v!)
    case .count(let v): return French.count(v!)
    case .ratio(let v): return French.percent(v!, places: 1)
    case .days(let v): return French.decimal(v!, places: 1) + French.unitSpace + "j"
    case .decimal(let v): return French.decimal(v!, places: 1)
    case .date(let v): return French.date(v!)
    case .month(let v): return French.shortMonth(v!)
    case .flag(let b): return b ? "oui" : "non"
    case .list(let items): return items.map(\.display).joined(separator: ", ")
    case .null, .record: return ""
    }
  }

  /// The machine form of a scalar, stable and locale-free, as `indicators` prints it: money
  /// `1234.56`, counts `1234`, ratios with 6 decimals `0.973400`, days `12.50`, decimals
  /// `3.2000`, dates `2026-10-31`, months `2026-10`, flags `true`/`false`, text as it is; nil
  /// when missing, for lists and for records.
  public var machine: String? {
    if isNull { return nil }
    switch self {
    case .text(let s): return s
    case .money(let v): return v!.decimalEuros
    case .count(let v): return String(v!)
    case .ratio(let v): return Rounding.fixed(v!, places: 6)
    case .days(let v): return Rounding.fixed(v!, places: 2)
    case .decimal(let v): return Rounding.fixed(v!, places: 4)
    case .date(let v): return v!.iso
    case .month(let v): return v!.iso
    case .flag(let b): return b ? "true" : "false"
    case .null, .list, .record: return nil
    }
  }

  /// The signed difference `self − other` in the unit of the value, for comparisons with an
  /// earlier period: `+1 234,56 €`, `-12`, `+0,4 pt` for ratios (percentage points),
  /// `+1,5 j`; nil when either side is missing or the kinds differ.
  public func difference(from other: DataValue) -> String? {
    guard !isNull, !other.isNull else { return nil }
    func signed(_ text: String, positive: Bool) -> String { positive ? "+" + text : text }
    switch (self, other) {
    case (.money(let a), .money(let b)):
      let d = a! - b!
      return signed(French.money(d), positive: d > 0)
    case (.count(let a), .count(let b)):
      let d = a! - b!
      return signed(French.count(d), positive: d > 0)
    case (.ratio(let a), .ratio(let b)):
      let points = (a! - b!) * 100
      let text = French.decimal(points, places: 1)
      return signed(text, positive: !text.hasPrefix("-") && text != "0,0")
        + French.unitSpace + "pt"
    case (.days(let a), .days(let b)), (.decimal(let a), .decimal(let b)):
      let text = French.decimal(a! - b!, places: 1)
      let unit = if case .days = self { French.unitSpace + "j" } else { "" }
      return signed(text, positive: !text.hasPrefix("-") && text != "0,0") + unit
    default:
      return nil
    }
  }
}
