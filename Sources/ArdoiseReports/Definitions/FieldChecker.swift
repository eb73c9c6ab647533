import Yams

/// Checks the datasets and fields a definition names against its `datasets:` list and the
/// ``DatasetCatalogue``.
struct FieldChecker {
  /// The YAML helper, for errors.
  let yaml: YAMLReader
  /// The datasets the report lists.
  let datasets: [String]

  /// The dataset named at `node`, which must be listed.
  func dataset(_ node: Node, _ path: String) throws -> String {
    let name = try yaml.text(node, path)
    guard datasets.contains(name) else {
      throw yaml.error(
        node,
        "\(path): the dataset '\(name)' is not in the report's datasets ("
          + datasets.joined(separator: ", ") + ")")
    }
    return name
  }

  /// The field named at `node`, which the dataset must have; returns it with its kind.
  @discardableResult
  func field(_ node: Node, _ path: String, of dataset: String) throws -> (String, ColumnFormat?) {
    try field(named: try yaml.text(node, path), at: node, path, of: dataset)
  }

  /// The field `name`, written at `node`, which the dataset must have.
  @discardableResult
  func field(named name: String, at node: Node, _ path: String, of dataset: String) throws
    -> (String, ColumnFormat?)
  {
    guard let description = DatasetCatalogue.description(of: dataset) else { return (name, nil) }
    guard let field = description.field(name) else {
      throw yaml.error(
        node,
        "\(path): the dataset '\(dataset)' has no field '\(name)' (fields: "
          + description.fields.map(\.name).joined(separator: ", ") + ")")
    }
    return (name, field.format)
  }

  /// Whether the dataset names households.
  func isPersonal(_ dataset: String) -> Bool {
    DatasetCatalogue.description(of: dataset)?.personal ?? false
  }
}
