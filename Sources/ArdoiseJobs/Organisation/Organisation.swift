public import ArdoiseCore
public import ArdoiseExtracts
public import ArdoiseStore
import Foundation

/// An organisation at work: its configuration, its store and its mapping profiles.
///
/// Every command opens one, from `--config` (or `ARDOISE_CONFIG`) or from `--database` alone.
public final class Organisation {
  /// The configuration.
  public let configuration: Configuration
  /// The store.
  public let store: Store
  /// The mapping profiles by file-name glob.
  public let profiles: [(pattern: String, profile: MappingProfile)]

  /// Opens the organisation described by a configuration.
  public init(configuration: Configuration) throws {
    self.configuration = configuration
    self.profiles = try configuration.profiles.map {
      ($0.pattern, try MappingProfile.load(path: $0.path))
    }
    self.store = try Store(path: configuration.database)
  }

  /// Resolves the configuration from the command line: `--config`, else `ARDOISE_CONFIG`, else a
  /// bare store by `--database`.
  public static func configuration(config: String?, database: String?) throws -> Configuration {
    if let config { return try Configuration.load(path: config) }
    if database == nil, let env = ProcessInfo.processInfo.environment["ARDOISE_CONFIG"],
      !env.isEmpty
    {
      return try Configuration.load(path: env)
    }
    if let database { return Configuration(database: database) }
    if FileManager.default.fileExists(atPath: "ardoise.yaml") {
      return try Configuration.load(path: "ardoise.yaml")
    }
    throw StoreError(
      "no organisation given: pass --config ardoise.yaml (or set ARDOISE_CONFIG), or --database FILE for a bare store"
    )
  }

  /// Ingest options from the configuration, with command-line overrides.
  public func ingestOptions(
    kind: ExtractKind? = nil, profilePath: String? = nil, today: Day = .today()
  )
    throws -> IngestOptions
  {
    var o = IngestOptions(today: today)
    o.kind = kind
    o.profile = try profilePath.map { try MappingProfile.load(path: $0) }
    o.profiles = profiles
    o.rejectCeiling = configuration.rejectCeiling
    return o
  }

  /// Ingests files and folders; one report per file.
  public func ingest(_ paths: [String], options: IngestOptions) throws -> [BatchReport] {
    try Ingestor(store: store, options: options).ingest(paths)
  }
}
