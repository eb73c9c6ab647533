/// A CSV file that cannot be read as a whole: undecodable bytes for its encoding, binary data,
/// a quoted field left open at the end of the file, a field or record over the size limits, or
/// a file that cannot be opened or read.
public struct CSVReadError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The physical line (1-based) of the fault; 0 when it concerns the file itself.
  public var line: Int
  /// What is wrong, in English.
  public var reason: String

  /// An error at `line`.
  public init(line: Int, reason: String) {
    self.line = line
    self.reason = reason
  }

  /// `line N: reason`, or just the reason when no line applies.
  public var description: String { line > 0 ? "line \(line): \(reason)" : reason }
}
