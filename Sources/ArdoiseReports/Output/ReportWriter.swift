public import ArdoiseCore

/// Writes a report's files into `<reports>/<period>/` and records them in the folder's
/// `manifest.json`.
///
/// Folders are created with mode 0700 and files with mode 0600. Each file is written atomically
/// (beside, synced, renamed), so a run killed at any moment leaves the previous report whole.
/// File names come from the report's name (checked when the report is loaded) and the agency,
/// sanitised (``FileNames``).
public struct ReportWriter: Sendable {
  /// The manifest's file name.
  public static let manifestName = "manifest.json"

  /// The reports folder (`Reports/`).
  public var reportsDirectory: String

  /// A writer into `reportsDirectory`.
  public init(reportsDirectory: String) { self.reportsDirectory = reportsDirectory }

  /// The folder of a period: `<reports>/2026-10`.
  public func folder(for period: Period) -> String {
    (reportsDirectory.hasSuffix("/") ? reportsDirectory : reportsDirectory + "/")
      + period.description
  }

  /// Writes `bytes` as the report file for `format`.
  func write(
    _ bytes: [UInt8], report: String, parameters: ReportParameters, format: ReportFormat
  ) throws -> OutputFile {
    try write(report: report, parameters: parameters, format: format) { path, _ in
      try AtomicFile.write(bytes, to: path)
    }
  }

  /// Lets `produce` write the report file for `format` at a temporary path, then puts it in
  /// place.
  func write(
    report: String, parameters: ReportParameters, format: ReportFormat,
    produce: (String) throws -> Void
  ) throws -> OutputFile {
    try write(report: report, parameters: parameters, format: format) { path, _ in
      try AtomicFile.write(to: path) { temporary, _ in try produce(temporary) }
    }
  }

  /// Creates the folder, runs `put` with the destination path, and describes the result.
  private func write(
    report: String, parameters: ReportParameters, format: ReportFormat,
    put: (String, String) throws -> Void
  ) throws -> OutputFile {
    let folder = folder(for: parameters.period)
    try AtomicFile.makeFolder(folder)
    let name = FileNames.report(report, agency: parameters.agency, format: format)
    let path = folder + "/" + name
    try put(path, folder)
    let hash: String
    do {
      hash = try SHA256.hex(ofFileAt: path)
    } catch {
      throw OutputError(path: path, operation: "hash", reason: "\(error)")
    }
    let size = (try? FileInfo.size(path)) ?? 0
    return OutputFile(path: path, fileName: name, format: format, sha256: hash, bytes: size)
  }

  /// Records `files` in the period folder's manifest, merged with the entries already there,
  /// under a lock on the folder; the manifest is rewritten atomically.
  func record(
    _ files: [OutputFile], report: String, parameters: ReportParameters,
    metadata: ReportMetadata, templatesHash: String
  ) throws {
    let folder = folder(for: parameters.period)
    try AtomicFile.makeFolder(folder)
    let entries = files.map {
      Manifest.Entry(
        file: $0.fileName, report: report, format: $0.format.rawValue, agency: parameters.agency,
        sha256: $0.sha256, bytes: $0.bytes, runID: metadata.runID,
        definitionsVersion: metadata.definitionsVersion,
        definitionsHash: metadata.definitionsHash, templatesHash: templatesHash,
        inputBatches: metadata.inputBatches.sorted { $0.id < $1.id })
    }
    let path = folder + "/" + Self.manifestName
    try AtomicFile.withFolderLock(folder) {
      let current = try Manifest.read(at: path, period: parameters.period.description)
      try AtomicFile.write(try current.merging(entries).encoded(), to: path)
    }
  }
}
