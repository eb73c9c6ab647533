import Foundation

/// Writes CSV lines as RFC 4180 says: fields holding the delimiter, a quote or a line break are
/// quoted, with inner quotes doubled.
public enum CSVLine {
  /// One line (without its line end) of `fields` joined by `delimiter`.
  public static func make(_ fields: [String], delimiter: Character = ",") -> String {
    var out = ""
    for (i, f) in fields.enumerated() {
      if i > 0 { out.append(delimiter) }
      out += quoted(f, delimiter: delimiter)
    }
    return out
  }

  /// A single field, quoted only when it must be.
  public static func quoted(_ field: String, delimiter: Character = ",") -> String {
    let needs = field.contains { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" }
    guard needs else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
