import ArdoiseCore
import Foundation

/// French labels for chart axes and values.
enum ChartLabels {
  /// A tick label: `250 k€`, `1,5 M€`, `97 %`, `97,5 %`, `1 200`, with as many decimals as
  /// the step needs.
  static func tick(_ value: Double, step: Double, format: ColumnFormat, upper: Double) -> String {
    switch format {
    case .money:
      let magnitude = max(abs(upper), abs(value))
      if magnitude >= 10_000_000 {
        return French.decimal(value / 1_000_000, places: places(step / 1_000_000))
          + French.unitSpace + "M€"
      }
      if magnitude >= 10_000 {
        return French.decimal(value / 1_000, places: places(step / 1_000)) + French.unitSpace
          + "k€"
      }
      return French.decimal(value, places: places(step)) + French.unitSpace + "€"
    case .ratio:
      return French.percent(value, places: places(step * 100))
    case .days:
      return French.decimal(value, places: places(step)) + French.unitSpace + "j"
    default:
      return French.decimal(value, places: places(step))
    }
  }

  /// A value written on a bar or in a tooltip: money rounded to the euro, others as a table
  /// shows them.
  static func value(_ value: DataValue) -> String {
    if case .money(let cents?) = value { return French.moneyRounded(cents) }
    return value.display
  }

  /// The decimals needed to write multiples of `step` exactly (0 to 3).
  static func places(_ step: Double) -> Int {
    for p in 0...2
    where abs((step * pow(10, Double(p))).rounded() - step * pow(10, Double(p))) < 1e-6 {
      return p
    }
    return 3
  }

  /// A category label: the short month for a month, the display form otherwise.
  static func category(_ value: DataValue) -> String {
    if case .month(let m?) = value { return French.shortMonth(m) }
    return value.display
  }

  /// `text` on at most two lines of `maxCharacters`, cut at spaces, the second line shortened
  /// with `…` when needed.
  static func lines(_ text: String, maxCharacters: Int) -> [String] {
    guard text.count > maxCharacters else { return [text] }
    var first = ""
    var rest: [Substring] = []
    for word in text.split(separator: " ") {
      if rest.isEmpty, first.isEmpty || first.count + 1 + word.count <= maxCharacters {
        first += (first.isEmpty ? "" : " ") + word
      } else {
        rest.append(word)
      }
    }
    let second = rest.joined(separator: " ")
    return [truncated(first, maxCharacters: maxCharacters)]
      + (second.isEmpty ? [] : [truncated(second, maxCharacters: maxCharacters)])
  }

  /// `text` cut to `maxCharacters` with `…`.
  static func truncated(_ text: String, maxCharacters: Int) -> String {
    guard text.count > maxCharacters, maxCharacters > 1 else { return text }
    return String(text.prefix(maxCharacters - 1)) + "…"
  }

  /// The estimated width of `text` at `fontSize`, for layout (average glyph width 0.6 em).
  static func width(_ text: String, fontSize: Double) -> Double {
    Double(text.count) * fontSize * 0.6
  }
}

extension ChartLabels {
  /// A computed number (a stack's total) in the plotted values' format.
  static func number(_ v: Double, format: ColumnFormat) -> String {
    switch format {
    case .money: value(.money(Int64((v * 100).rounded(.toNearestOrAwayFromZero))))
    case .count: value(.count(Int64(v.rounded(.toNearestOrAwayFromZero))))
    case .ratio: value(.ratio(v))
    case .days: value(.days(v))
    default: value(.decimal(v))
    }
  }
}

extension ChartLabels {
  /// A shorter form of a computed number, for tight spaces: money `1,80 M€`, `124 k€`.
  static func compact(_ v: Double, format: ColumnFormat) -> String {
    guard format == .money else { return number(v, format: format) }
    if abs(v) >= 1_000_000 {
      return French.decimal(v / 1_000_000, places: abs(v) >= 10_000_000 ? 1 : 2)
        + French.unitSpace + "M€"
    }
    if abs(v) >= 10_000 {
      return French.decimal(v / 1_000, places: 0) + French.unitSpace + "k€"
    }
    return number(v, format: format)
  }

  /// The first of `candidates` that fits in `width` at `fontSize`, if any.
  static func fitting(_ candidates: [String], width: Double, fontSize: Double) -> String? {
    candidates.first { Self.width($0, fontSize: fontSize) <= width }
  }
}
