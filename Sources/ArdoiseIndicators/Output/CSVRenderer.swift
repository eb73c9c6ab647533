import ArdoiseCore

/// The `csv` output: `indicator,period,dimensions,value`, one row per value, rows sorted by
/// indicator id then dimensions' text, null as an empty field, LF line ends.
public enum CSVRenderer {
  /// The header line.
  public static let header = "indicator,period,dimensions,value"

  /// The whole text, header included, each line ended by LF.
  public static func render(_ values: [IndicatorValue]) -> String {
    var out = header + "\n"
    for v in values.sorted(by: IndicatorValue.outputOrder) { out += line(v) + "\n" }
    return out
  }

  /// One row (without its line end).
  public static func line(_ v: IndicatorValue) -> String {
    CSVLine.make([
      v.indicator, v.period.description, v.dimensions.text, MachineNumber.text(v) ?? "",
    ])
  }
}
