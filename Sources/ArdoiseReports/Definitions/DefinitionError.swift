/// A report definition or template that cannot be used: the file, the line (and column) and
/// the problem, so that an analyst can fix it without reading code.
public struct DefinitionError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file.
  public var file: String
  /// The line, from 1, when known.
  public var line: Int?
  /// The column, from 1, when known.
  public var column: Int?
  /// What is wrong, and what is expected.
  public var message: String

  /// Creates an error.
  public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  /// `Templates/x/report.yaml:12:5: unknown key 'colums' …`.
  public var description: String {
    var place = file
    if let line {
      place += ":\(line)"
      if let column { place += ":\(column)" }
    }
    return place + ": " + message
  }
}
