/// Where a report's datasets come from: the indicator engine, the worklists, the check results,
/// the batch reports and the run history each answer for the names they know.
///
/// A provider returns a ``DataValue`` (usually a list of records, see ``DatasetCatalogue`` for
/// the names and fields the shipped templates use) already restricted to
/// ``ReportParameters/agency`` when one is given. It throws ``DatasetError/unknownDataset(_:)``
/// for a name it does not serve.
public protocol DatasetProvider {
  /// The dataset `name` for the given parameters.
  func dataset(named name: String, parameters: ReportParameters) throws -> DataValue
}

/// Several providers tried in order: the first that knows a dataset answers it.
public struct CombinedDatasetProvider: DatasetProvider {
  /// The providers, in order.
  public var providers: [any DatasetProvider]

  /// Creates a provider trying `providers` in order.
  public init(_ providers: [any DatasetProvider]) { self.providers = providers }

  /// The first answer that is not ``DatasetError/unknownDataset(_:)``.
  public func dataset(named name: String, parameters: ReportParameters) throws -> DataValue {
    for provider in providers {
      do {
        return try provider.dataset(named: name, parameters: parameters)
      } catch DatasetError.unknownDataset {
        continue
      }
    }
    throw DatasetError.unknownDataset(name)
  }
}
