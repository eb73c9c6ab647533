public import ArdoiseCore
public import ArdoiseStore
import Foundation

/// The steps as production runs them for an organisation: ingest through the ``Ingestor``,
/// compute and report through hooks that the indicator engine and the report renderer plug
/// into.
///
/// Until a hook is given, its step throws ``StepUnavailable``, so that a job that needs it
/// fails with a clear reason instead of pretending to succeed. See ``StepExecutor`` for the
/// contract every hook keeps.
public final class OrganisationStepExecutor: StepExecutor {
  /// Computes and stores a period's indicators: ``StepExecutor/compute(period:run:)``.
  public typealias ComputeHook = (Period, RunContext) throws -> ComputeSummary
  /// Renders reports of a period: ``StepExecutor/report(names:period:run:)``.
  public typealias ReportHook = ([String], Period, RunContext) throws -> [OutputFile]

  /// The organisation whose store and inbox the steps use.
  public let organisation: Organisation
  /// The indicator engine's entry point, nil when it is not plugged in.
  public var computeHook: ComputeHook?
  /// The report renderer's entry point, nil when it is not plugged in.
  public var reportHook: ReportHook?
  /// The definitions' hash of the indicator engine, nil when it is not plugged in.
  public var definitionsHashHook: (() -> String?)?

  /// Creates the executor of an organisation, with the hooks available.
  public init(
    organisation: Organisation, compute: ComputeHook? = nil, report: ReportHook? = nil,
    definitionsHash: (() -> String?)? = nil
  ) {
    self.organisation = organisation
    self.computeHook = compute
    self.reportHook = report
    self.definitionsHashHook = definitionsHash
  }

  /// The engine's definitions hash, nil without an engine.
  public func definitionsHash() -> String? { definitionsHashHook?() }

  /// Ingests the new CSV files of `folder` (`inbox` is the configured inbox; another relative
  /// folder is relative to the configuration file), dated by the run's start.
  public func ingest(folder: String, run: RunContext) throws -> [BatchReport] {
    let path = resolve(folder: folder)
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue
    else {
      throw StoreError(
        "the folder to ingest, \(path) (ingest: \(folder)), does not exist or is not a folder; "
          + "create it (ardoise init creates the inbox) or fix the job's steps")
    }
    let options = try organisation.ingestOptions(today: run.startedAt.day)
    return try organisation.ingest([path], options: options)
  }

  /// Computes through the engine's hook, or throws ``StepUnavailable``.
  public func compute(period: Period, run: RunContext) throws -> ComputeSummary {
    guard let computeHook else {
      throw StepUnavailable(step: "compute", missing: "indicator engine")
    }
    return try computeHook(period, run)
  }

  /// Renders through the renderer's hook, or throws ``StepUnavailable``.
  public func report(names: [String], period: Period, run: RunContext) throws -> [OutputFile] {
    guard let reportHook else {
      throw StepUnavailable(step: "report", missing: "report renderer")
    }
    return try reportHook(names, period, run)
  }

  /// The folder an ingest step names, as a path.
  public func resolve(folder: String) -> String {
    let configuration = organisation.configuration
    if folder == "inbox" { return configuration.inbox }
    if folder.hasPrefix("/") { return folder }
    let base =
      configuration.file.map { ($0 as NSString).deletingLastPathComponent } ?? ""
    return ((base.isEmpty ? "." : base) as NSString).appendingPathComponent(folder)
  }
}
