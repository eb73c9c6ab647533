/// A chart of a sheet or a section: drawn as inline SVG in HTML and as a native chart in XLSX.
///
/// Series are either listed (`series:` one per field) or pivoted from a long dataset
/// (`group_by:` one series per distinct value of a field, `value:` the field plotted).
public struct ChartDefinition: Sendable, Hashable {
  /// The kind of chart.
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    /// Lines over categories (a 13-month trend).
    case line
    /// Vertical bars stacked per category (ageing by bucket × status).
    case stackedColumn = "stacked_column"
    /// Horizontal bars, side by side per category (one row per advisor).
    case bar
    /// Horizontal bars stacked per category (open cases of each advisor by phase).
    case stackedBar = "stacked_bar"
  }

  /// One listed series.
  public struct Series: Sendable, Hashable {
    /// The field plotted.
    public var field: String
    /// The series' name in the legend, in French.
    public var title: String

    /// Creates a series.
    public init(field: String, title: String) {
      self.field = field
      self.title = title
    }
  }

  /// The chart's id, unique in the report (`{{charts.<id>}}` in a template).
  public var id: String
  /// The kind.
  public var kind: Kind
  /// The chart's title, in French.
  public var title: String
  /// The dataset it plots.
  public var dataset: String
  /// The field giving the categories (months, buckets, advisors).
  public var categories: String
  /// The listed series (empty when pivoted).
  public var series: [Series]
  /// The field whose distinct values give one series each, for a long dataset.
  public var groupBy: String?
  /// The field plotted when pivoted.
  public var value: String?
  /// A flag field whose rows are left out (`skip: is_total` leaves out a total row).
  public var skip: String?
  /// The horizontal axis title, if any.
  public var xTitle: String?
  /// The vertical axis title, if any.
  public var yTitle: String?

  /// Creates a chart definition.
  public init(
    id: String, kind: Kind, title: String, dataset: String, categories: String,
    series: [Series] = [], groupBy: String? = nil, value: String? = nil, skip: String? = nil,
    xTitle: String? = nil, yTitle: String? = nil
  ) {
    self.id = id
    self.kind = kind
    self.title = title
    self.dataset = dataset
    self.categories = categories
    self.series = series
    self.groupBy = groupBy
    self.value = value
    self.skip = skip
    self.xTitle = xTitle
    self.yTitle = yTitle
  }

  /// Every field the chart reads.
  public var fields: [String] {
    [categories] + series.map(\.field) + [groupBy, value, skip].compactMap { $0 }
  }
}
