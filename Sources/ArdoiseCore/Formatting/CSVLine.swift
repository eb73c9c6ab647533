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
  ///
  /// The test is made on Unicode scalars, not on characters: `"\r\n"` is one character, and so
  /// is a quote followed by a combining accent, yet a reader sees their line break and quote.
  public static func quoted(_ field: String, delimiter: Character = ",") -> String {
    let special = delimiter.unicodeScalars
    let needs = field.unicodeScalars.contains {
      $0 == "\"" || $0 == "\n" || $0 == "\r" || special.contains($0)
    }
    guard needs else { return field }
    var out = String.UnicodeScalarView()
    out.append("\"")
    for scalar in field.unicodeScalars {
      if scalar == "\"" { out.append("\"") }
      out.append(scalar)
    }
    out.append("\"")
    return String(out)
  }
}
