/// One indicator of the catalogue: its stable id, the version of its formula, its unit, its
/// dimensions and a one-line definition in French and in English.
///
/// A changed formula gets a new `version`; the definitions hash of the ``Catalogue`` changes
/// with it, so that a stored value can be traced to the definition that produced it.
public struct IndicatorDefinition: Sendable, Hashable {
  /// How the listed dimensions are combined into rows.
  public enum Grouping: String, Sendable {
    /// Every subset of the dimensions, from the total to all of them together.
    case crossed
    /// The total, then each dimension alone, never two together (`iml_households_by`).
    case separate
  }

  /// How people read a value (the `table` format); not part of the definition's hash.
  public enum Presentation: String, Sendable {
    /// The value as it is, in French format.
    case plain
    /// A ratio shown as a percentage (`97,3 %`).
    case percent
  }

  /// The stable id (`recovery_rate`).
  public let id: String
  /// The version of the formula, from 1.
  public let version: Int
  /// The unit.
  public let unit: IndicatorUnit
  /// The dimension keys, in the order of the spec.
  public let dimensions: [String]
  /// How the dimensions are combined.
  public let grouping: Grouping
  /// The one-line definition in French.
  public let french: String
  /// The one-line definition in English.
  public let english: String
  /// How people read a value.
  public let presentation: Presentation

  /// Declares an indicator.
  public init(
    id: String, version: Int = 1, unit: IndicatorUnit, dimensions: [String] = [],
    grouping: Grouping = .crossed, presentation: Presentation = .plain, french: String,
    english: String
  ) {
    self.id = id
    self.version = version
    self.unit = unit
    self.dimensions = dimensions
    self.grouping = grouping
    self.presentation = presentation
    self.french = french
    self.english = english
  }

  /// The dimension subsets printed for this indicator, each sorted by key, the total first.
  public var dimensionSets: [[String]] {
    switch grouping {
    case .separate:
      return [[]] + dimensions.map { [$0] }
    case .crossed:
      var sets: [[String]] = []
      for mask in 0..<(1 << dimensions.count) {
        sets.append(
          dimensions.indices.filter { mask & (1 << $0) != 0 }.map { dimensions[$0] }.sorted())
      }
      return sets
    }
  }

  /// The line of this definition in the catalogue's canonical text (fields separated by `|`).
  public var canonicalLine: String {
    [
      id, "v\(version)", unit.rawValue, dimensions.joined(separator: ","), grouping.rawValue,
      english, french,
    ].joined(separator: "|")
  }
}
