/// The formats of `ardoise indicators`: `csv` and `json` for machines, `table` for people.
public enum OutputFormat: String, Sendable, CaseIterable {
  /// `indicator,period,dimensions,value`, one row per value.
  case csv
  /// One JSON object per line.
  case json
  /// Aligned columns in French formats, for people.
  case table

  /// The values in this format.
  public func render(_ values: [IndicatorValue], catalogue: Catalogue = .standard) -> String {
    switch self {
    case .csv: CSVRenderer.render(values)
    case .json: JSONRenderer.render(values)
    case .table: TableRenderer.render(values, catalogue: catalogue)
    }
  }
}
