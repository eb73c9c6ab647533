/// One sheet of the XLSX (and, when the report has no `sections:`, one HTML section).
public struct SheetDefinition: Sendable, Hashable {
  /// The sheet's id, unique in the report.
  public var id: String
  /// The sheet's title (its tab name), in French.
  public var title: String
  /// The table.
  public var table: TableDefinition
  /// Charts of the same dataset, in order (`chart:` or `charts:` in `report.yaml`).
  public var charts: [ChartDefinition]
  /// A field splitting the rows into one sheet per distinct value when the report is run
  /// for the whole organisation (`agency` for `balance-agee`); ignored with `--agency`.
  public var splitBy: String?
  /// Whether rows name households.
  public var confidential: Bool

  /// Creates a sheet.
  public init(
    id: String, title: String, table: TableDefinition, charts: [ChartDefinition] = [],
    splitBy: String? = nil, confidential: Bool = false
  ) {
    self.id = id
    self.title = title
    self.table = table
    self.charts = charts
    self.splitBy = splitBy
    self.confidential = confidential
  }
}
