public import ArdoiseCore

/// Everything an XLSX writer needs for one report: document properties and resolved sheets.
public struct ReportWorkbook: Sendable {
  /// One sheet: its title, its table and its charts.
  public struct Sheet: Sendable {
    /// The definition it comes from.
    public var definition: SheetDefinition
    /// The tab name (the definition's title, with ` — <agency>` for a split sheet); the
    /// writer shortens it to Excel's limits.
    public var title: String
    /// The rows, resolved.
    public var table: ResolvedTable
    /// The charts, with their numbers.
    public var charts: [Chart]
    /// Whether the rows name households.
    public var confidential: Bool { definition.confidential }
  }

  /// One chart of a sheet.
  public struct Chart: Sendable {
    /// The definition.
    public var definition: ChartDefinition
    /// The numbers.
    public var data: ChartData
    /// For each series, the index of the sheet's column holding its values, when the series
    /// is a column of the sheet (a listed series whose field is a column); nil otherwise
    /// (pivoted series, or a field that is not shown).
    public var seriesColumns: [Int?]
    /// The index of the column holding the categories, when it is a column.
    public var categoriesColumn: Int?
  }

  /// The report's definition.
  public var definition: ReportDefinition
  /// The parameters it is run for.
  public var parameters: ReportParameters
  /// The run's metadata.
  public var metadata: ReportMetadata
  /// The hash of the report's definition and templates.
  public var templatesHash: String
  /// The sheets, in order.
  public var sheets: [Sheet]
  /// Every dataset of the report, by name, for a writer that needs more.
  public var datasets: [String: DataValue]

  /// The document title: `Balance âgée — octobre 2026`, with the agency when there is one.
  public var title: String {
    definition.title + " — " + parameters.period.frenchLabel
      + (parameters.agency.map { " — agence \($0)" } ?? "")
  }
  /// The document subject: the report's description, or its title.
  public var subject: String { definition.description ?? definition.title }
  /// The creation date written into the file: the period's closing date, so that two runs give
  /// the same bytes.
  public var created: Day { parameters.closingDate }
}
