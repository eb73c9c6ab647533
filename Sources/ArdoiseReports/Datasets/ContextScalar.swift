import Mustache

/// A scalar in the Mustache context that shows a text but counts as false in a section: a
/// missing value (shows `—`) or a flag that is false (shows `non`).
///
/// So `{{note}}` shows `—` when the note is missing while `{{#note}}…{{/note}}` shows nothing,
/// and `{{#active_plan}}` is shown only for a plan in progress. Its text is escaped like any
/// other.
struct ContextScalar: MustacheCustomRenderable, CustomStringConvertible {
  /// The text shown.
  let text: String
  /// Whether a section on it is skipped.
  let isFalse: Bool

  var renderText: String { text }
  var isNull: Bool { isFalse }
  var description: String { text }
}
