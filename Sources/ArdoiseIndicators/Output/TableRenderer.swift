import ArdoiseCore

/// The `table` output, for people: aligned columns, French formats (`1 234,56 €`, `97,3 %`),
/// `—` for null, rows in the CSV's order.
public enum TableRenderer {
  /// The table of `values`; `catalogue` says which ratios read as percentages.
  public static func render(_ values: [IndicatorValue], catalogue: Catalogue = .standard) -> String
  {
    let rows = values.sorted(by: IndicatorValue.outputOrder).map { v in
      [v.indicator, v.dimensions.text, text(of: v, catalogue.definition(v.indicator))]
    }
    return aligned([["Indicateur", "Dimensions", "Valeur"]] + rows, rightAligned: [2])
  }

  /// A value in French format.
  public static func text(of v: IndicatorValue, _ definition: IndicatorDefinition? = nil) -> String
  {
    guard let number = v.number else { return "—" }
    switch v.unit {
    case .eur: return French.money(number.integer ?? 0)
    case .count: return French.count(number.integer ?? 0)
    case .ratio:
      let percent =
        (definition ?? Catalogue.standard.definition(v.indicator))?.presentation == .percent
      return percent
        ? French.percent(number.double, places: 1) : French.decimal(number.double, places: 2)
    case .days: return French.decimal(number.double, places: 1) + "\u{00A0}j"
    }
  }

  /// Rows padded to aligned columns, two spaces apart.
  static func aligned(_ rows: [[String]], rightAligned: Set<Int>) -> String {
    let columns = rows.map(\.count).max() ?? 0
    let widths = (0..<columns).map { c in rows.map { c < $0.count ? $0[c].count : 0 }.max() ?? 0 }
    return rows.map { row in
      row.enumerated().map { c, cell in
        let pad = String(repeating: " ", count: widths[c] - cell.count)
        return rightAligned.contains(c) ? pad + cell : (c == row.count - 1 ? cell : cell + pad)
      }.joined(separator: "  ")
    }.joined(separator: "\n") + "\n"
  }
}
