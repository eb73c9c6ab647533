/// Sheet names that Excel accepts: at most 31 characters, none of `[ ] : * ? / \`, not starting
/// or ending with an apostrophe, not `History`, and unique in the workbook ignoring case.
public enum XLSXSheetName {
  /// Excel's limit on the length of a sheet name, in UTF-16 code units.
  public static let maximumLength = 31

  /// The name used when a proposed name has nothing left after cleaning.
  public static let fallback = "Feuille"

  /// A valid name close to `proposed` and different from every name in `taken` (compared
  /// ignoring case): forbidden characters become `-`, control characters are dropped, the name
  /// is cut to 31 characters and, when already used, gets a ` (2)`, ` (3)`… suffix.
  public static func sanitised(_ proposed: String, avoiding taken: [String] = []) -> String {
    var cleaned = ""
    for scalar in proposed.unicodeScalars {
      switch scalar {
      case "[", "]", ":", "*", "?", "/", "\\": cleaned.unicodeScalars.append("-")
      case _ where scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value): continue
      default: cleaned.unicodeScalars.append(scalar)
      }
    }
    var base = trimmed(truncated(trimmed(cleaned), to: maximumLength))
    if base.isEmpty { base = fallback }
    let used = Set(taken.map { $0.lowercased() })
    var candidate = base
    var number = 2
    while used.contains(candidate.lowercased()) || candidate.lowercased() == "history" {
      let suffix = " (\(number))"
      candidate = trimmed(truncated(base, to: maximumLength - suffix.utf16.count)) + suffix
      number += 1
    }
    return candidate
  }

  /// `text` without leading and trailing spaces and apostrophes.
  private static func trimmed(_ text: String) -> String {
    var scalars = Substring(text).unicodeScalars
    while let first = scalars.first, first == " " || first == "'" { scalars.removeFirst() }
    while let last = scalars.last, last == " " || last == "'" { scalars.removeLast() }
    return String(scalars)
  }

  /// The longest prefix of `text`, in whole characters, of at most `limit` UTF-16 units.
  private static func truncated(_ text: String, to limit: Int) -> String {
    if text.utf16.count <= limit { return text }
    var out = ""
    var length = 0
    for character in text {
      let width = character.utf16.count
      if length + width > limit { break }
      out.append(character)
      length += width
    }
    return out
  }
}
