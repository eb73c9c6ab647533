import Foundation
import Yams

/// An organisation's configuration (`ardoise.yaml`): where its store, inbox and reports are,
/// which profile reads which files, the indicator parameters and the jobs.
///
/// Relative paths are relative to the folder of the configuration file. Every error names the
/// file, the key and what is expected (``ConfigurationError``).
public struct Configuration: Sendable {
  /// The kind of organisation.
  public enum Kind: String, Sendable { case bailleur, association }

  /// The file it was read from, when any.
  public var file: String?
  /// The organisation's name, shown on every report.
  public var organisation: String
  /// Landlord or association.
  public var kind: Kind
  /// The SQLite store.
  public var database: String
  /// Where the ERP drops its extracts.
  public var inbox: String
  /// Where reports are written (`<reports>/<period>/…`).
  public var reports: String
  /// Mapping profile paths by file-name glob, tried in order.
  public var profiles: [(pattern: String, path: String)]
  /// The rejected share above which a batch is refused.
  public var rejectCeiling: Double
  /// Indicator parameters.
  public var parameters: Parameters
  /// The scheduled jobs, as written (validated by the jobs layer).
  public var jobs: [JobDefinition]
  /// At most this many missed periods are caught up per job and call of `jobs due`.
  public var catchUpLimit: Int

  /// A bare configuration around a store, with the spec's defaults (`--database FILE`).
  public init(database: String) {
    file = nil
    organisation = "Organisation"
    kind = .bailleur
    self.database = database
    let folder = (database as NSString).deletingLastPathComponent
    inbox = (folder as NSString).appendingPathComponent("inbox")
    reports = "Reports"
    profiles = []
    rejectCeiling = 0.05
    parameters = Parameters()
    jobs = []
    catchUpLimit = 12
  }

  /// Reads and validates a configuration file.
  public static func load(path: String) throws -> Configuration {
    let text: String
    do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
      throw ConfigurationError(
        file: path, key: nil, expected: "a readable YAML file (\(error.localizedDescription))")
    }
    return try ConfigurationReader(file: path).read(text)
  }
}

/// One scheduled job as written in the configuration.
public struct JobDefinition: Sendable, Equatable {
  /// One step of a job.
  public enum Step: Sendable, Equatable {
    /// Ingest every new file of a folder (`inbox` for the configured inbox).
    case ingest(String)
    /// Compute the period's indicators.
    case compute
    /// Render reports.
    case report([String])
  }
  /// The job's name.
  public var name: String
  /// Five-field cron schedule.
  public var schedule: String
  /// `previous_month`, `current_month`, `previous_quarter` or `previous_year`.
  public var period: String
  /// The steps, in order.
  public var steps: [Step]
  /// Creates a job definition.
  public init(name: String, schedule: String, period: String, steps: [Step]) {
    self.name = name
    self.schedule = schedule
    self.period = period
    self.steps = steps
  }
}

/// A configuration that cannot be used.
public struct ConfigurationError: Error, CustomStringConvertible, Sendable {
  /// The configuration file.
  public var file: String
  /// The key, dotted (`parameters.provision_rates.m3_6`).
  public var key: String?
  /// What is expected there.
  public var expected: String
  /// Creates an error.
  public init(file: String, key: String?, expected: String) {
    self.file = file
    self.key = key
    self.expected = expected
  }
  public var description: String {
    "configuration \(file)" + (key.map { ", key '\($0)'" } ?? "") + ": expected " + expected
  }
}
