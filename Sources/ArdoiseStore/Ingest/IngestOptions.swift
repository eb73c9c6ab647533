public import ArdoiseCore
public import ArdoiseExtracts

/// How files are read and stored by an ``Ingestor``.
public struct IngestOptions: Sendable {
  /// The kind of every file, overriding its name (`--kind`).
  public var kind: ExtractKind?
  /// The profile of every file (`--profile`), overriding ``profiles``.
  public var profile: MappingProfile?
  /// Profiles by file-name glob (from the configuration), tried in order.
  public var profiles: [(pattern: String, profile: MappingProfile)] = []
  /// The rejected share above which a batch is refused whole (default 5 %).
  public var rejectCeiling: Double = 0.05
  /// The day of the ingest, for the future-entries check.
  public var today: Day
  /// When true (`check`), everything is validated and nothing is stored.
  public var dryRun = false
  /// The relative change of row count against the previous batch of the same kind above which
  /// the `row_count_change` check warns.
  public var rowCountTolerance: Double = 0.10

  /// Options with the defaults of the spec.
  public init(today: Day) { self.today = today }

  /// The profile for a file name.
  public func profile(forFileName name: String) -> MappingProfile {
    if let profile { return profile }
    for (pattern, p) in profiles where Glob.matches(pattern, name) { return p }
    return .canonical
  }
}
