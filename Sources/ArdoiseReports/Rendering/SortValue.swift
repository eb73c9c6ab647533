import Foundation

/// A row's value for one sort key, prepared once: a number, a text folded for French order,
/// or missing.
enum SortValue {
  /// A number (money in euros, dates as day numbers).
  case number(Double)
  /// Text compared case- and accent-insensitively first, then exactly.
  case text(folded: String, exact: String)
  /// A missing value: always last.
  case missing

  /// Prepares a value.
  init(_ value: DataValue) {
    if value.isNull {
      self = .missing
    } else if let n = value.number {
      self = .number(n)
    } else {
      let text = value.display
      let ascii = text.utf8.allSatisfy { $0 < 0x80 }
      self = .text(
        folded: ascii
          ? text.lowercased()
          : text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil),
        exact: text)
    }
  }

  /// Whether `a` comes before `b` (nil when they are equal); missing values last either way,
  /// numbers before texts.
  static func order(_ a: SortValue, _ b: SortValue, descending: Bool) -> Bool? {
    switch (a, b) {
    case (.missing, .missing): return nil
    case (.missing, _): return false
    case (_, .missing): return true
    case (.number(let x), .number(let y)):
      return x == y ? nil : (descending ? x > y : x < y)
    case (.text(let fx, let ex), .text(let fy, let ey)):
      if fx != fy { return descending ? fx > fy : fx < fy }
      return ex == ey ? nil : (descending ? ex > ey : ex < ey)
    case (.number, .text): return true
    case (.text, .number): return false
    }
  }
}
