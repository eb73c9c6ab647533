import CXlsxWriter

/// A native Excel chart, described as a value and drawn by `XLSXSheet.insertChart`.
///
/// Series reference cell ranges of a sheet (the chart follows the cells when a reader edits
/// them); titles and axis titles are French text chosen by the report.
public struct XLSXChart: Hashable, Sendable {
  /// The kind of chart.
  public enum Kind: Hashable, Sendable, CaseIterable {
    /// Lines over categories: a 13-month trend, one line per series.
    case line
    /// Vertical bars side by side.
    case clusteredColumn
    /// Vertical bars stacked: ageing by bucket × status.
    case stackedColumn
    /// Horizontal bars side by side: one bar per advisor.
    case clusteredBar
    /// Horizontal bars stacked.
    case stackedBar

    /// The libxlsxwriter chart type.
    var lxwType: UInt8 {
      let type =
        switch self {
        case .line: LXW_CHART_LINE
        case .clusteredColumn: LXW_CHART_COLUMN
        case .stackedColumn: LXW_CHART_COLUMN_STACKED
        case .clusteredBar: LXW_CHART_BAR
        case .stackedBar: LXW_CHART_BAR_STACKED
        }
      return UInt8(type.rawValue)
    }

    /// Whether categories run vertically (bar charts), which swaps the axes.
    var isHorizontal: Bool { self == .clusteredBar || self == .stackedBar }
  }

  /// Where the legend goes.
  public enum Legend: Hashable, Sendable {
    /// Under the plot area (the default: leaves the full width to the plot).
    case bottom
    /// On the right of the plot area.
    case right
    /// Above the plot area.
    case top
    /// No legend, for a single series.
    case none

    /// The libxlsxwriter legend position.
    var lxwPosition: UInt8 {
      let position =
        switch self {
        case .bottom: LXW_CHART_LEGEND_BOTTOM
        case .right: LXW_CHART_LEGEND_RIGHT
        case .top: LXW_CHART_LEGEND_TOP
        case .none: LXW_CHART_LEGEND_NONE
        }
      return UInt8(position.rawValue)
    }
  }

  /// One series: a name, its categories and its values.
  public struct Series: Hashable, Sendable {
    /// The series name, shown in the legend.
    public var name: String
    /// The category labels (months, buckets, advisors).
    public var categories: XLSXRange
    /// The values, one per category.
    public var values: XLSXRange
    /// An optional colour, `0xRRGGBB`; Excel's palette is used when nil.
    public var color: UInt32?

    /// Creates a series.
    public init(name: String, categories: XLSXRange, values: XLSXRange, color: UInt32? = nil) {
      self.name = name
      self.categories = categories
      self.values = values
      self.color = color
    }
  }

  /// The kind of chart.
  public var kind: Kind
  /// The chart title.
  public var title: String
  /// The title of the category axis (`Mois`), or nil.
  public var categoryAxisTitle: String?
  /// The title of the value axis (`Montant (€)`), or nil.
  public var valueAxisTitle: String?
  /// The number format of the value axis labels, or nil for the values' own format.
  public var valueFormat: XLSXNumberFormat?
  /// The series, in legend order.
  public var series: [Series]
  /// Where the legend goes.
  public var legend: Legend
  /// The width in pixels.
  public var width: Int
  /// The height in pixels.
  public var height: Int
  /// Whether the categories run in reverse order. For a bar chart, whose categories Excel lists
  /// bottom-up, this puts the first category at the top, as a table reads; the value axis stays
  /// at the bottom.
  public var reverseCategories: Bool

  /// Creates a chart description.
  public init(
    kind: Kind, title: String, categoryAxisTitle: String? = nil, valueAxisTitle: String? = nil,
    valueFormat: XLSXNumberFormat? = nil, series: [Series] = [], legend: Legend = .bottom,
    width: Int = 720, height: Int = 360, reverseCategories: Bool = false
  ) {
    self.kind = kind
    self.title = title
    self.categoryAxisTitle = categoryAxisTitle
    self.valueAxisTitle = valueAxisTitle
    self.valueFormat = valueFormat
    self.series = series
    self.legend = legend
    self.width = width
    self.height = height
    self.reverseCategories = reverseCategories
  }

  /// Adds a series.
  public mutating func addSeries(
    name: String, categories: XLSXRange, values: XLSXRange, color: UInt32? = nil
  ) {
    series.append(Series(name: name, categories: categories, values: values, color: color))
  }

  /// Creates the libxlsxwriter chart in `context`'s workbook, with its series and titles.
  func make(in context: XLSXContext) throws -> UnsafeMutablePointer<lxw_chart> {
    let operation = "workbook_add_chart(\(title))"
    guard !series.isEmpty else {
      throw XLSXError(operation: operation, message: "a chart needs at least one series")
    }
    guard let chart = workbook_add_chart(context.workbook, kind.lxwType) else {
      throw XLSXError(operation: operation, message: "libxlsxwriter could not create the chart")
    }
    chart_title_set_name(chart, Self.literal(title))
    chart_legend_set_position(chart, legend.lxwPosition)
    // libxlsxwriter swaps the axes of bar charts: there `x_axis` is the value axis.
    let categoryAxis = kind.isHorizontal ? chart.pointee.y_axis : chart.pointee.x_axis
    let valueAxis = kind.isHorizontal ? chart.pointee.x_axis : chart.pointee.y_axis
    if let categoryAxisTitle { chart_axis_set_name(categoryAxis, Self.literal(categoryAxisTitle)) }
    if let valueAxisTitle { chart_axis_set_name(valueAxis, Self.literal(valueAxisTitle)) }
    if let code = valueFormat?.code { chart_axis_set_num_format(valueAxis, code) }
    if reverseCategories {
      chart_axis_set_reverse(categoryAxis)
      // The value axis crosses at the last category, which is now at the bottom (or left).
      chart_axis_set_crossing_max(categoryAxis)
    }
    for item in series {
      try Self.check(item.categories, operation)
      try Self.check(item.values, operation)
      guard let lxwSeries = chart_add_series(chart, nil, nil) else {
        throw XLSXError(operation: operation, message: "libxlsxwriter could not add a series")
      }
      chart_series_set_name(lxwSeries, Self.literal(item.name))
      let c = item.categories
      chart_series_set_categories(
        lxwSeries, c.sheet, lxw_row_t(c.firstRow), lxw_col_t(c.firstColumn),
        lxw_row_t(c.lastRow), lxw_col_t(c.lastColumn))
      let v = item.values
      chart_series_set_values(
        lxwSeries, v.sheet, lxw_row_t(v.firstRow), lxw_col_t(v.firstColumn),
        lxw_row_t(v.lastRow), lxw_col_t(v.lastColumn))
      if let color = item.color {
        if kind == .line {
          var line = lxw_chart_line(
            color: color, none: 0, width: 2.25, dash_type: 0, transparency: 0)
          chart_series_set_line(lxwSeries, &line)
        } else {
          var fill = lxw_chart_fill(color: color, none: 0, transparency: 0)
          chart_series_set_fill(lxwSeries, &fill)
        }
      }
    }
    return chart
  }

  /// Throws when `range` lies outside Excel's grid.
  private static func check(_ range: XLSXRange, _ operation: String) throws {
    guard range.firstRow >= 0, range.lastRow < XLSXSheet.maximumRows, range.firstColumn >= 0,
      range.lastColumn < XLSXSheet.maximumColumns
    else {
      throw XLSXError(operation: operation, message: "range \(range) is outside the sheet")
    }
  }

  /// Text that libxlsxwriter takes literally: it reads a name starting with `=` as a cell
  /// reference, so such a name gets an invisible zero-width space in front.
  static func literal(_ text: String) -> String {
    text.hasPrefix("=") ? "\u{200B}" + text : text
  }
}
