import ArdoiseCore

/// Writes SVG markup with escaped text and attribute values and coordinates in a fixed
/// format (one decimal), so that the same chart always gives the same bytes.
struct SVGWriter {
  /// The markup so far.
  private(set) var markup = ""

  /// A coordinate or length: one decimal, `.` separator, no `-0.0`.
  static func number(_ v: Double) -> String { Rounding.fixed(v.isFinite ? v : 0, places: 1) }

  /// Opens an element.
  mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
    markup += "<" + name + Self.attributes(attributes) + ">\n"
  }

  /// Closes an element, and a line.
  mutating func close(_ name: String) { markup += "</" + name + ">\n" }

  /// An element with no content, or with escaped text.
  mutating func element(_ name: String, _ attributes: [(String, String)], text: String? = nil) {
    if let text {
      markup += "<\(name)\(Self.attributes(attributes))>\(HTMLEscaping.escape(text))</\(name)>\n"
    } else {
      markup += "<\(name)\(Self.attributes(attributes))/>\n"
    }
  }

  /// A text element at `(x, y)`.
  mutating func text(
    _ content: String, x: Double, y: Double, anchor: String = "start",
    _ extra: [(String, String)] = []
  ) {
    element(
      "text",
      [("x", Self.number(x)), ("y", Self.number(y))]
        + (anchor == "start" ? [] : [("text-anchor", anchor)]) + extra,
      text: content)
  }

  /// A `<title>` tooltip inside the element just opened.
  mutating func tooltip(_ content: String) { element("title", [], text: content) }

  /// Escaped attributes, in the given order.
  static func attributes(_ list: [(String, String)]) -> String {
    list.map { " \($0.0)=\"\(HTMLEscaping.escape($0.1))\"" }.joined()
  }
}
