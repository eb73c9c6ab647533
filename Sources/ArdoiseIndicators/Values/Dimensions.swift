/// The dimensions of one indicator value: `key=value` pairs, keys in alphabetical order.
///
/// The canonical text (``text``) is the output contract's `dimensions` column and the stored
/// key: `agency=AVI;bucket=m3_6;status=present`, empty for the total.
public struct Dimensions: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// One `key=value` pair.
  public struct Pair: Hashable, Sendable {
    /// The dimension key (`agency`).
    public let key: String
    /// Its value (`AVI`).
    public let value: String
  }

  /// The pairs, sorted by key.
  public let pairs: [Pair]

  /// The total: no dimension.
  public static let total = Dimensions(pairs: [])

  /// Dimensions from key/value pairs in any order (keys are unique).
  public init(_ values: [String: String]) {
    pairs = values.map { Pair(key: $0.key, value: $0.value) }.sorted { $0.key < $1.key }
  }

  /// Dimensions from pairs already sorted by key.
  init(pairs: [Pair]) { self.pairs = pairs }

  /// Parses the canonical text; nil when it is not `key=value` pairs joined by `;`.
  public init?(text: String) {
    if text.isEmpty {
      self = .total
      return
    }
    var values: [String: String] = [:]
    for part in text.split(separator: ";", omittingEmptySubsequences: false) {
      guard let eq = part.firstIndex(of: "=") else { return nil }
      let key = String(part[..<eq])
      guard !key.isEmpty, values[key] == nil else { return nil }
      values[key] = String(part[part.index(after: eq)...])
    }
    self.init(values)
  }

  /// Whether this is the total (no dimension).
  public var isTotal: Bool { pairs.isEmpty }

  /// The keys, sorted.
  public var keys: [String] { pairs.map(\.key) }

  /// The value of a key, if present.
  public subscript(key: String) -> String? { pairs.first { $0.key == key }?.value }

  /// The canonical text: `key=value` pairs joined by `;`, empty for the total.
  public var text: String { pairs.map { $0.key + "=" + $0.value }.joined(separator: ";") }

  /// The canonical text.
  public var description: String { text }

  /// These dimensions without `key`.
  public func removing(_ key: String) -> Dimensions {
    Dimensions(pairs: pairs.filter { $0.key != key })
  }

  /// Orders by canonical text, the order of the output's rows.
  public static func < (a: Dimensions, b: Dimensions) -> Bool {
    a.text.utf8.lexicographicallyPrecedes(b.text.utf8)
  }
}
