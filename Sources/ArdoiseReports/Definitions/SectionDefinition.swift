/// One section of the HTML report: a title, and any of headline figures, charts and a table.
public struct SectionDefinition: Sendable, Hashable {
  /// The section's id, unique in the report (an HTML anchor).
  public var id: String
  /// The title, in French.
  public var title: String
  /// A paragraph under the title, in French.
  public var intro: String?
  /// A dataset of headline figures (``HeadlineFigure/record``) shown as cards.
  public var figures: String?
  /// The charts, in order.
  public var charts: [ChartDefinition]
  /// The table, if any.
  public var table: TableDefinition?
  /// Whether the section names households: it carries the *confidentiel* mark.
  public var confidential: Bool

  /// Creates a section.
  public init(
    id: String, title: String, intro: String? = nil, figures: String? = nil,
    charts: [ChartDefinition] = [], table: TableDefinition? = nil, confidential: Bool = false
  ) {
    self.id = id
    self.title = title
    self.intro = intro
    self.figures = figures
    self.charts = charts
    self.table = table
    self.confidential = confidential
  }
}
