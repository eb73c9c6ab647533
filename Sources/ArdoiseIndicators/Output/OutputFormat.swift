/// The formats of `ardoise indicators`: `csv` and `json` for machines, `table` for people.
public enum OutputFormat: String, Sendable, CaseIterable {
  case csv, json, table

  /// The values in this format.
  public func render(_ values: [IndicatorValue], catalogue: Catalogue = .standard) -> String {
    switch self {
    case .csv: CSVRenderer.render(values)
    case .json: JSONRenderer.render(values)
    case .table: TableRenderer.render(values, catalogue: catalogue)
    }
  }
}
