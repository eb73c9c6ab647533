/// Datasets given as values: for tests, previews, and data computed before rendering.
///
/// With `byAgency`, a request for one agency gets that agency's datasets when they exist, the
/// shared ones otherwise.
public struct StaticDatasetProvider: DatasetProvider, Sendable {
  /// The datasets by name.
  public var datasets: [String: DataValue]
  /// Datasets for one agency, by agency code, then by name.
  public var byAgency: [String: [String: DataValue]]

  /// Creates a provider serving `datasets`, and `byAgency` for agency reports.
  public init(_ datasets: [String: DataValue], byAgency: [String: [String: DataValue]] = [:]) {
    self.datasets = datasets
    self.byAgency = byAgency
  }

  /// The dataset `name`, the agency's own when there is one.
  public func dataset(named name: String, parameters: ReportParameters) throws -> DataValue {
    if let agency = parameters.agency, let value = byAgency[agency]?[name] { return value }
    guard let value = datasets[name] else { throw DatasetError.unknownDataset(name) }
    return value
  }
}
