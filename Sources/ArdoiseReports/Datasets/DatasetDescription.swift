/// What one dataset holds: its name, what a row is, and its fields with their formats.
///
/// The shipped templates use only the fields listed here, and a test holds them to it; a
/// provider returns at least these fields in every row.
public struct DatasetDescription: Sendable, Hashable {
  /// One field of a row.
  public struct Field: Sendable, Hashable {
    /// The field name.
    public var name: String
    /// Its kind; nil for a field that takes the kind of the figure (`headline.value`).
    public var format: ColumnFormat?
    /// What it means.
    public var meaning: String

    /// Creates a field.
    public init(_ name: String, _ format: ColumnFormat?, _ meaning: String) {
      self.name = name
      self.format = format
      self.meaning = meaning
    }
  }

  /// The dataset name, as report definitions write it.
  public var name: String
  /// What one row is, and the order of rows.
  public var summary: String
  /// Whether rows name households (the report section must be marked confidential).
  public var personal: Bool
  /// The fields of each row.
  public var fields: [Field]

  /// Creates a description.
  public init(_ name: String, _ summary: String, personal: Bool = false, fields: [Field]) {
    self.name = name
    self.summary = summary
    self.personal = personal
    self.fields = fields
  }

  /// The field called `name`, if any.
  public func field(_ name: String) -> Field? { fields.first { $0.name == name } }
}
