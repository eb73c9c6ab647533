/// One key of a table's order: a field, ascending or descending (`-balance` in `report.yaml`).
///
/// Rows are compared on the first key, then the next; numbers by value, dates by date, text by
/// its Unicode order; missing values come last whatever the direction. The sort is stable.
public struct SortKey: Sendable, Hashable {
  /// The field.
  public var field: String
  /// Whether the largest comes first.
  public var descending: Bool

  /// Creates a key.
  public init(field: String, descending: Bool = false) {
    self.field = field
    self.descending = descending
  }

  /// Parses `balance` or `-balance`.
  public init(parsing text: String) {
    if text.hasPrefix("-") {
      self.init(field: String(text.dropFirst()), descending: true)
    } else {
      self.init(field: text.hasPrefix("+") ? String(text.dropFirst()) : text)
    }
  }
}
