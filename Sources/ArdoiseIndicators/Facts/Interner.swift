/// Gives each distinct string a small integer index, in order of first appearance.
struct Interner {
  /// The strings, by index.
  private(set) var values: [String] = []
  private var indexes: [String: Int] = [:]

  /// An interner holding `values` (duplicates ignored).
  init(_ values: [String] = []) {
    for v in values { intern(v) }
  }

  /// The index of `value`, adding it when new.
  @discardableResult
  mutating func intern(_ value: String) -> Int {
    if let i = indexes[value] { return i }
    values.append(value)
    indexes[value] = values.count - 1
    return values.count - 1
  }

  /// The index of `value`, or nil when it was never interned.
  func index(of value: String) -> Int? { indexes[value] }

  /// The number of distinct strings.
  var count: Int { values.count }
}
