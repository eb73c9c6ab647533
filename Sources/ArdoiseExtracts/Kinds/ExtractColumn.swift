/// A column of an extract kind's canonical form.
public struct ExtractColumn: Sendable {
  /// The canonical name, also the column's name in the store.
  public let name: String
  /// How the column's text is parsed.
  public let type: ColumnType
  /// Whether a row without it is rejected.
  public let required: Bool
  /// The value used when the column is absent or empty (canonical text), if any.
  public let defaultText: String?

  /// Declares a column.
  public init(_ name: String, _ type: ColumnType, required: Bool = false, default d: String? = nil)
  {
    self.name = name
    self.type = type
    self.required = required
    self.defaultText = d
  }
}
