/// The numbers of a chart, taken from its dataset: categories along one axis and one list of
/// values per series. The HTML draws it as SVG; the XLSX writer as a native chart.
public struct ChartData: Sendable, Hashable {
  /// One series.
  public struct Series: Sendable, Hashable {
    /// The name in the legend.
    public var title: String
    /// One value per category, as the dataset gives it (money, ratio…); null when missing.
    public var values: [DataValue]
  }

  /// The categories, in order (months, buckets, advisors).
  public var categories: [DataValue]
  /// The series, in order.
  public var series: [Series]
  /// The kind of the plotted values (money, ratio, count, decimal or days), for the axis.
  public var valueFormat: ColumnFormat

  /// Takes the chart's numbers from its dataset, without the rows its `skip` field marks:
  /// listed series one per field; pivoted series one per distinct `group_by` value (sorted by
  /// its display form), categories in order of first appearance.
  public init(chart: ChartDefinition, dataset: DataValue) throws {
    guard var rows = dataset.elements else { throw DatasetError.notAList(dataset: chart.dataset) }
    if let skip = chart.skip {
      rows = rows.filter { $0[field: skip] != .flag(true) }
    }
    func field(_ row: Int, _ name: String) throws -> DataValue {
      guard let value = rows[row][field: name] else {
        throw DatasetError.missingField(dataset: chart.dataset, field: name, row: row)
      }
      return value
    }
    var format: ColumnFormat?
    func plotted(_ row: Int, _ name: String) throws -> DataValue {
      let value = try field(row, name)
      guard value.isNull || (value.format?.isNumeric ?? false) else {
        throw DatasetError.wrongKind(
          dataset: chart.dataset, field: name, row: row, expected: "a number",
          found: value.format?.rawValue ?? "a list or record")
      }
      if format == nil, !value.isNull { format = value.format }
      return value
    }
    if let groupBy = chart.groupBy, let valueField = chart.value {
      var categories: [DataValue] = []
      var groups: [String: [DataValue: DataValue]] = [:]
      for row in rows.indices {
        let category = try field(row, chart.categories)
        if !categories.contains(category) { categories.append(category) }
        groups[try field(row, groupBy).display, default: [:]][category] = try plotted(
          row, valueField)
      }
      self.categories = categories
      self.series = groups.keys.sorted().map { name in
        Series(title: name, values: categories.map { groups[name]![$0] ?? .null })
      }
    } else {
      self.categories = try rows.indices.map { try field($0, chart.categories) }
      self.series = try chart.series.map { s in
        Series(title: s.title, values: try rows.indices.map { try plotted($0, s.field) })
      }
    }
    self.valueFormat = format ?? .decimal
  }

  /// Every value as a number (nil when missing), series by series.
  var numbers: [[Double?]] { series.map { $0.values.map(\.number) } }
}
