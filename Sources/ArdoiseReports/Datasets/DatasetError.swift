/// A dataset that cannot be given to a template.
public enum DatasetError: Error, Sendable, Equatable, CustomStringConvertible {
  /// No provider serves this name.
  case unknownDataset(String)
  /// A field name a template could not use safely, with the path to it and why.
  case invalidFieldName(path: String, reason: String)
  /// A field a table or chart needs is missing from a row.
  case missingField(dataset: String, field: String, row: Int)
  /// A value whose kind does not fit the column's format.
  case wrongKind(dataset: String, field: String, row: Int, expected: String, found: String)
  /// A dataset that should be a list of records is something else.
  case notAList(dataset: String)
  /// A provider failed for a dataset.
  case providerFailed(dataset: String, message: String)

  /// The problem in one line, naming the dataset, the row and the field.
  public var description: String {
    switch self {
    case .unknownDataset(let name):
      "unknown dataset '\(name)': no provider serves it (see DatasetCatalogue for the names)"
    case .invalidFieldName(let path, let reason):
      "dataset field '\(path)': \(reason)"
    case .missingField(let dataset, let field, let row):
      "dataset '\(dataset)', row \(row + 1): no field '\(field)'"
    case .wrongKind(let dataset, let field, let row, let expected, let found):
      "dataset '\(dataset)', row \(row + 1), field '\(field)': expected \(expected), found \(found)"
    case .notAList(let dataset):
      "dataset '\(dataset)': expected a list of records"
    case .providerFailed(let dataset, let message):
      "dataset '\(dataset)': \(message)"
    }
  }
}
