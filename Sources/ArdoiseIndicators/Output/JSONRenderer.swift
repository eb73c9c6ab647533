import ArdoiseCore

/// The `json` output: one object per line with `indicator`, `period`, `dimensions` (an object,
/// keys in alphabetical order) and `value` (a number as in the CSV, or null), rows sorted like
/// the CSV.
public enum JSONRenderer {
  /// The whole text, one object per line, each line ended by LF.
  public static func render(_ values: [IndicatorValue]) -> String {
    values.sorted(by: IndicatorValue.outputOrder).map { line($0) + "\n" }.joined()
  }

  /// One object on one line.
  public static func line(_ v: IndicatorValue) -> String {
    let dims = v.dimensions.pairs.map { quoted($0.key) + ":" + quoted($0.value) }
    return "{\"indicator\":" + quoted(v.indicator) + ",\"period\":" + quoted(v.period.description)
      + ",\"dimensions\":{" + dims.joined(separator: ",") + "},\"value\":"
      + (MachineNumber.text(v) ?? "null") + "}"
  }

  /// A JSON string literal.
  static func quoted(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if u.value < 0x20 {
          let hex = String(u.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    return out + "\""
  }
}
