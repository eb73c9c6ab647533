/// A table: the rows of a dataset, in an order, shown through columns.
public struct TableDefinition: Sendable, Hashable {
  /// The dataset giving the rows (a list of records).
  public var dataset: String
  /// The columns, in order.
  public var columns: [ColumnDefinition]
  /// The order of rows; empty keeps the dataset's order.
  public var sort: [SortKey]
  /// A flag field marking total rows: shown in bold, kept after the sorted rows.
  public var emphasis: String?
  /// At most this many rows in HTML (the XLSX keeps them all), with a line saying how many
  /// more there are.
  public var limit: Int?
  /// What an empty table shows, in French.
  public var emptyText: String

  /// The default text of an empty table.
  public static let defaultEmptyText = "Aucune ligne."

  /// Creates a table.
  public init(
    dataset: String, columns: [ColumnDefinition], sort: [SortKey] = [], emphasis: String? = nil,
    limit: Int? = nil, emptyText: String = TableDefinition.defaultEmptyText
  ) {
    self.dataset = dataset
    self.columns = columns
    self.sort = sort
    self.emphasis = emphasis
    self.limit = limit
    self.emptyText = emptyText
  }

  /// Every field the table reads.
  public var fields: [String] {
    columns.map(\.field) + sort.map(\.field) + [emphasis].compactMap { $0 }
  }
}
