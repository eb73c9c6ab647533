import Yams

/// Reads YAML nodes with errors that name the file, the line and the key path.
struct YAMLReader {
  /// The file being read.
  let file: String

  /// An error at a node (or at the top of the file).
  func error(_ node: Node?, _ message: String) -> DefinitionError {
    DefinitionError(
      file: file, line: node?.mark?.line, column: node?.mark?.column, message: message)
  }

  /// Parses the text into its root node.
  func root(_ text: String) throws -> Node {
    do {
      guard let node = try Yams.compose(yaml: text) else {
        throw DefinitionError(file: file, line: 1, message: "the file is empty")
      }
      return node
    } catch let e as YamlError {
      throw Self.describe(e, file: file)
    }
  }

  /// The mapping at `node`, with only `allowed` keys.
  func mapping(_ node: Node, _ path: String, allowed: [String]) throws -> Node.Mapping {
    guard let map = node.mapping else { throw error(node, "\(path): expected a mapping") }
    var seen = Set<String>()
    for (key, _) in map {
      let name = key.string ?? ""
      guard seen.insert(name).inserted else {
        throw error(key, "\(path): the key '\(name)' appears twice")
      }
      if !allowed.contains(name) {
        throw error(
          key,
          "\(path): unknown key '\(name)' (expected one of \(allowed.joined(separator: ", ")))")
      }
    }
    return map
  }

  /// The text at `node`.
  func text(_ node: Node, _ path: String) throws -> String {
    guard let scalar = node.scalar else { throw error(node, "\(path): expected a text value") }
    return scalar.string
  }

  /// The required non-empty text of `key`.
  func requiredText(_ map: Node.Mapping, _ key: String, _ path: String) throws -> String {
    guard let node = map[key] else {
      throw error(Node.mapping(map), "\(path): missing '\(key)'")
    }
    let value = try text(node, "\(path).\(key)")
    guard !value.isEmpty else { throw error(node, "\(path).\(key): must not be empty") }
    return value
  }

  /// The optional text of `key`.
  func optionalText(_ map: Node.Mapping, _ key: String, _ path: String) throws -> String? {
    try map[key].map { try text($0, "\(path).\(key)") }
  }

  /// The optional whole number of `key`, within `range`.
  func optionalInt(
    _ map: Node.Mapping, _ key: String, _ path: String, _ range: ClosedRange<Int>
  ) throws -> Int? {
    guard let node = map[key] else { return nil }
    guard let v = Int(try text(node, "\(path).\(key)")), range.contains(v) else {
      throw error(
        node,
        "\(path).\(key): expected a whole number from \(range.lowerBound) to \(range.upperBound)")
    }
    return v
  }

  /// The optional boolean of `key` (`true` or `false`).
  func optionalBool(_ map: Node.Mapping, _ key: String, _ path: String) throws -> Bool? {
    guard let node = map[key] else { return nil }
    switch try text(node, "\(path).\(key)") {
    case "true": return true
    case "false": return false
    default: throw error(node, "\(path).\(key): expected true or false")
    }
  }

  /// The list at `node`; a single scalar counts as a list of one.
  func list(_ node: Node, _ path: String) throws -> [Node] {
    if let seq = node.sequence { return Array(seq) }
    if node.scalar != nil { return [node] }
    throw error(node, "\(path): expected a list")
  }

  /// A list of texts.
  func texts(_ node: Node, _ path: String) throws -> [String] {
    try list(node, path).enumerated().map { try text($1, "\(path)[\($0)]") }
  }

  /// A YAML syntax error with its place.
  static func describe(_ e: YamlError, file: String) -> DefinitionError {
    switch e {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }
      return DefinitionError(
        file: file, line: mark.line, column: mark.column,
        message: "invalid YAML: " + what.joined(separator: " "))
    default:
      return DefinitionError(file: file, message: "invalid YAML: \(e)")
    }
  }
}
