/// HTML escaping for the markup Ardoise writes itself (the SVG charts).
enum HTMLEscaping {
  /// `text` with `& < > " '` replaced by entities, and `{ }` too, so that escaped text can
  /// never form a Mustache tag.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "{": out += "&#123;"
      case "}": out += "&#125;"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
