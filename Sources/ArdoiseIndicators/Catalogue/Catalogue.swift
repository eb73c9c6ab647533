import ArdoiseCore

/// The indicator catalogue: every family and its definitions, with a version and the
/// definitions hash stamped into every stored period, run and report.
///
/// The hash is the SHA-256 of ``canonicalText``: the catalogue version, then one line per
/// definition sorted by id (id, version, unit, dimensions, grouping, English and French
/// definitions). Any change to a formula's version, a unit, a dimension or a definition's
/// wording changes it; the order of families and the presentation for people do not.
public struct Catalogue: Sendable {
  /// The catalogue's version, bumped when families or definitions change.
  public let version: String
  /// The families, in computation order.
  public let families: [any IndicatorFamily]

  /// A catalogue of `families`; their indicator ids must be unique.
  public init(version: String, families: [any IndicatorFamily]) {
    self.version = version
    self.families = families
    let ids = families.flatMap { $0.definitions.map(\.id) }
    precondition(Set(ids).count == ids.count, "duplicate indicator ids in the catalogue")
  }

  /// The catalogue of this program: recovery, ageing, CAF arrears and caseload (months), and
  /// the housing-support families, IML and measures (months, quarters and years).
  public static let standard = Catalogue(
    version: "2",
    families: [
      RecoveryIndicators(), AgeingIndicators(), CAFIndicators(), CaseloadIndicators(),
      IMLIndicators(), MeasureIndicators(),
    ])

  /// Every definition, family by family.
  public var definitions: [IndicatorDefinition] { families.flatMap(\.definitions) }

  /// The definition of `id`, if any.
  public func definition(_ id: String) -> IndicatorDefinition? {
    definitions.first { $0.id == id }
  }

  /// The text the definitions hash is computed from.
  public var canonicalText: String {
    let lines = definitions.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
      .map(\.canonicalLine)
    return (["ardoise-indicators catalogue \(version)"] + lines).joined(separator: "\n") + "\n"
  }

  /// The definitions hash: SHA-256 of ``canonicalText``, lower-case hex.
  public var definitionsHash: String { SHA256.hex(of: Array(canonicalText.utf8)) }
}
