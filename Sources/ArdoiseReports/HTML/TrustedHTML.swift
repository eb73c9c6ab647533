import Foundation
import Mustache

/// Markup written by Ardoise itself (a chart's SVG), which a template shows with an ordinary
/// `{{charts.<id>}}` tag and which Mustache does not escape.
///
/// There is no public initialiser: data cannot become trusted markup. Every text inside was
/// escaped when the markup was written, braces included, so it holds no Mustache tag; it
/// reaches the output as a Mustache template made of text only, the one kind of value
/// swift-mustache renders without escaping. Should its text not render back to itself, it is
/// shown escaped instead.
public struct TrustedHTML: Sendable, Hashable, CustomStringConvertible {
  /// The markup.
  public let markup: String

  /// Wraps markup that Ardoise wrote, with every data text escaped.
  init(markup: String) {
    self.markup = markup.replacingOccurrences(of: "{{", with: "{&#123;")
  }

  /// The markup.
  public var description: String { markup }

  /// The value placed in the Mustache context.
  var contextValue: Any {
    guard let template = try? MustacheTemplate(string: markup),
      template.render(()) == markup
    else { return markup }
    return template
  }
}
