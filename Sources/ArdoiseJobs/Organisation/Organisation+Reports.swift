public import ArdoiseCore
import ArdoiseIndicators
public import ArdoiseReports
import ArdoiseStore
import Foundation
import GRDB

extension Organisation {
  /// The run id of a report rendered by hand for `period` (`manuel-2026-10`): the same for
  /// every manual render of the period, so that the same store gives the same files.
  public static func manualRunID(_ period: Period) -> String { "manuel-\(period)" }

  /// Renders the reports `names` of `period` from the store into the configured reports
  /// folder, `<reports>/<period>/`, each file written beside and renamed, then recorded in the
  /// folder's `manifest.json` with the run id, the definitions and the input batches.
  ///
  /// The figures are the stored ones (a month never computed is computed and stored first);
  /// the metadata comes from the store alone (the data date is the day of the figures' last
  /// batch), so that the same store, period and run id give byte-identical files.
  ///
  /// - Parameters:
  ///   - formats: the formats, the definitions' own when nil.
  ///   - agency: restricts every report to one agency of the `agencies` table.
  ///   - runID: the run's id; ``manualRunID(_:)`` when nil.
  ///   - templatesDirectory: `Templates/` next to the configuration, or in the current folder,
  ///     when nil.
  public func renderReports(
    _ names: [String], period: Period, formats: [ReportFormat]? = nil, agency: String? = nil,
    runID: String? = nil, programVersion: String, templatesDirectory: String? = nil
  ) throws -> RenderedReports {
    let engine = IndicatorEngine(store: store, parameters: configuration.parameters)
    let warnings = try staleness(engine, period)
    let provider = StoreDatasetProvider(engine: engine, programVersion: programVersion)
    if let agency {
      let known = try provider.agencies()
      guard known.contains(agency) else {
        throw StoreError(
          "unknown agency '\(agency)': the agencies of the store are "
            + (known.isEmpty ? "none" : known.joined(separator: ", ")))
      }
    }
    let metadata = try provider.metadata(
      period: period, organisation: configuration.organisation,
      runID: runID ?? Self.manualRunID(period))
    let templates =
      templatesDirectory ?? ReportTemplates.defaultDirectory(configurationFile: configuration.file)
    // The housing datasets (`tableaux-deets`, `metropole-asll`) come from their own provider.
    let combined = CombinedDatasetProvider([
      provider, HousingDatasetProvider(store: store, parameters: configuration.parameters),
    ])
    let renderer = ReportRenderer()
    let reports = Self.lexicallyNormalised(configuration.reports)
    var files: [OutputFile] = []
    for name in names {
      let written = try renderer.render(
        name: name, period: period, formats: formats, agency: agency, provider: combined,
        templatesDirectory: templates, outputDirectory: reports, metadata: metadata)
      files += written.map { OutputFile(path: $0.path, sha256: $0.sha256) }
    }
    let folder = ReportWriter(reportsDirectory: reports).folder(for: period)
    let manifest = folder + "/" + ReportWriter.manifestName
    files.append(OutputFile(path: manifest, sha256: try SHA256.hex(ofFileAt: manifest)))
    return RenderedReports(folder: folder, files: files, warnings: warnings)
  }

  /// `path` without its `.` components and with each `..` applied to the component before it
  /// (`SampleData/org/../../Reports` → `Reports`), so that the paths of reports read well.
  static func lexicallyNormalised(_ path: String) -> String {
    var parts: [Substring] = []
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
      if part == "." { continue }
      if part == "..", let last = parts.last, last != ".." {
        parts.removeLast()
      } else {
        parts.append(part)
      }
    }
    let joined = parts.joined(separator: "/")
    return path.hasPrefix("/") ? "/" + joined : (joined.isEmpty ? "." : joined)
  }

  /// What is out of date in the stored figures of `period`, if anything.
  private func staleness(_ engine: IndicatorEngine, _ period: Period) throws -> [String] {
    guard let stored = try engine.stored(period: period) else { return [] }
    var warnings: [String] = []
    if let text = stored.staleness(against: engine.catalogue) { warnings.append(text) }
    let last = try store.read { db in try Int64.fetchOne(db, sql: "SELECT max(id) FROM batch") }
    if let last, last > stored.record.lastBatchId ?? 0 {
      warnings.append(
        "the figures of \(period) were computed on the batches up to #"
          + "\(stored.record.lastBatchId.map(String.init) ?? "none"); batch #\(last) came since: "
          + "run `ardoise compute --period \(period)` for the reports to take it in")
    }
    return warnings
  }
}
