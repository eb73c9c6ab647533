import Mustache

/// Refuses a template that could write data without escaping it, or make a page that runs a
/// script or fetches something from the network.
///
/// Mustache escapes `{{x}}` for HTML; the ways around it are refused wherever they appear
/// (comments included): triple mustaches `{{{x}}}` and `{{&x}}`, delimiter changes `{{=…=}}`
/// (which would hide them from this check), pragmas `{{%…}}` (`CONTENT_TYPE: TEXT` turns
/// escaping off) and dynamic partials `{{>*x}}`. Charts, the only markup Ardoise itself writes,
/// come through ordinary `{{charts.<id>}}` tags as a trusted value. Then the HTML must not
/// load or run anything: no `<script>`, event handler attributes, frames, images, links,
/// `url(…)` or `@import`.
enum TemplateValidator {
  /// A forbidden text and why.
  struct Rule {
    let needle: String
    let reason: String
  }

  /// The Mustache constructs refused.
  static let mustacheRules = [
    Rule(
      needle: "{{{",
      reason: "triple mustaches write data without HTML escaping; use {{x}} "
        + "(charts: {{charts.<id>}})"),
    Rule(needle: "{{&", reason: "{{&x}} writes data without HTML escaping; use {{x}}"),
    Rule(needle: "{{=", reason: "changing the Mustache delimiters is not allowed"),
    Rule(needle: "{{%", reason: "Mustache pragmas are not allowed (they can turn escaping off)"),
  ]

  /// The HTML constructs refused (compared case-insensitively).
  static let htmlRules = [
    "<script", "<iframe", "<frame", "<object", "<embed", "<link", "<img", "<base", "<form",
    "<audio", "<video", "<source", "<meta http-equiv=\"refresh", "@import", "url(",
    "javascript:", "srcset=",
  ].map {
    Rule(needle: $0, reason: "'\($0)' is not allowed: a report runs no script and loads nothing")
  }

  /// Checks `text`, read from `file`; throws the first problem with its line and column.
  static func validate(_ text: String, file: String) throws {
    let scalars = Array(text.unicodeScalars)
    let lower = Array(text.lowercased().unicodeScalars)
    for rule in mustacheRules {
      if let at = find(Array(rule.needle.unicodeScalars), in: scalars) {
        throw error(file, scalars, at, rule.reason)
      }
    }
    if let at = dynamicPartial(scalars) {
      throw error(file, scalars, at, "dynamic partials {{>*x}} are not allowed; name the partial")
    }
    for rule in htmlRules {
      if let at = find(Array(rule.needle.unicodeScalars), in: lower) {
        throw error(file, scalars, at, rule.reason)
      }
    }
    if let at = eventHandler(lower) {
      throw error(file, scalars, at, "event handler attributes (on…=) are not allowed")
    }
    do {
      _ = try MustacheTemplate(string: text)
    } catch let e as MustacheTemplate.ParserError {
      throw DefinitionError(
        file: file, line: e.context.lineNumber, column: e.context.columnNumber,
        message: "Mustache syntax: \(describe(e.error))"
          + (e.context.line.isEmpty ? "" : " in '\(e.context.line)'"))
    }
  }

  /// The offset of the first `needle` in `haystack`.
  static func find(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> Int? {
    guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
    for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] {
      if Array(haystack[i..<(i + needle.count)]) == needle { return i }
    }
    return nil
  }

  /// The offset of a `{{>*` or `{{<*` tag, spaces allowed before the `*`.
  static func dynamicPartial(_ s: [Unicode.Scalar]) -> Int? {
    var i = 0
    while i + 2 < s.count {
      if s[i] == "{", s[i + 1] == "{", s[i + 2] == ">" || s[i + 2] == "<" {
        var j = i + 3
        while j < s.count, s[j] == " " || s[j] == "\t" { j += 1 }
        if j < s.count, s[j] == "*" { return i }
      }
      i += 1
    }
    return nil
  }

  /// The offset of an attribute `on<letters>=` preceded by a space, a quote or a slash.
  static func eventHandler(_ s: [Unicode.Scalar]) -> Int? {
    var i = 1
    while i + 2 < s.count {
      if s[i] == "o", s[i + 1] == "n", [" ", "\t", "\n", "\"", "'", "/"].contains(s[i - 1]) {
        var j = i + 2
        while j < s.count, ("a"..."z").contains(s[j]) { j += 1 }
        var k = j
        while k < s.count, s[k] == " " || s[k] == "\t" { k += 1 }
        if j > i + 2, k < s.count, s[k] == "=", insideTag(s, i) { return i }
      }
      i += 1
    }
    return nil
  }

  /// Whether offset `i` is inside an HTML tag (after a `<` not yet closed by `>`).
  static func insideTag(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
    var j = i - 1
    while j >= 0 {
      if s[j] == ">" { return false }
      if s[j] == "<" { return true }
      j -= 1
    }
    return false
  }

  /// An error at an offset, with its line and column.
  static func error(_ file: String, _ s: [Unicode.Scalar], _ offset: Int, _ message: String)
    -> DefinitionError
  {
    var line = 1
    var column = 1
    for scalar in s[0..<offset] {
      if scalar == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    return DefinitionError(file: file, line: line, column: column, message: message)
  }

  /// A readable Mustache parser error.
  static func describe(_ error: any Error) -> String {
    guard let e = error as? MustacheTemplate.Error else { return "\(error)" }
    switch e {
    case .sectionCloseNameIncorrect: return "a section is closed with another name"
    case .unfinishedName: return "a tag is not finished"
    case .expectedSectionEnd: return "a section is not closed"
    case .invalidSetDelimiter: return "invalid delimiter change"
    case .transformAppliedToInheritanceSection: return "a transform on an inherited section"
    case .illegalTokenInsideInheritSection, .textInsideInheritSection:
      return "only blocks are allowed inside a parent partial"
    case .invalidConfigVariableSyntax, .unrecognisedConfigVariable: return "invalid pragma"
    }
  }
}
