/// One column of a table: its French header, the field it shows and how.
public struct ColumnDefinition: Sendable, Hashable {
  /// The header, in French.
  public var header: String
  /// The field of the dataset's rows.
  public var field: String
  /// How values are shown.
  public var format: ColumnFormat
  /// The width in characters, when the definition fixes it (otherwise fitted to content).
  public var width: Int?

  /// Creates a column.
  public init(header: String, field: String, format: ColumnFormat = .text, width: Int? = nil) {
    self.header = header
    self.field = field
    self.format = format
    self.width = width
  }
}
