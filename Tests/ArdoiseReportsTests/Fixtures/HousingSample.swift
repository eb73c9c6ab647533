import ArdoiseCore
import ArdoiseIndicators
import ArdoiseReports
import ArdoiseStore
import Foundation

/// The sample association (`SampleData/association-toulouse`) ingested into an in-memory store,
/// with October 2026 and the third quarter of 2026 computed, and its housing provider.
enum HousingSample {
  /// The repository's root.
  static var root: String {
    URL(fileURLWithPath: TestPaths.templates).deletingLastPathComponent().path
  }

  /// The association's configuration file.
  static var configurationFile: String {
    root + "/SampleData/association-toulouse/ardoise.yaml"
  }

  /// The metadata of the sample run.
  static let metadata = ReportMetadata(
    organisation: "Association Logement Solidaire Toulouse (exemple)",
    runID: "2026-11-05T06:00-fiche-metropole", definitionsVersion: Catalogue.standard.version,
    definitionsHash: Catalogue.standard.definitionsHash,
    dataDate: Day(year: 2026, month: 11, day: 5))

  /// A store with the sample's extracts, `periods` computed, and its parameters.
  static func store(computing periods: [String] = ["2026-10", "2026-Q3"]) throws -> (
    Store, Parameters
  ) {
    let store = try Store()
    let options = IngestOptions(today: Day(year: 2026, month: 11, day: 5)!)
    _ = try Ingestor(store: store, options: options).ingest([
      root + "/SampleData/association-toulouse/extracts"
    ])
    let parameters = try Configuration.load(path: configurationFile).parameters
    let engine = IndicatorEngine(store: store, parameters: parameters)
    for p in periods {
      _ = try engine.computeAndStore(period: Period(p)!, programVersion: "test")
    }
    return (store, parameters)
  }
}

/// An XLSX writer that keeps the workbook it is given (the real writer plugs in the same way).
final class WorkbookRecorder: XLSXReportWriting {
  /// The last workbook written.
  var workbook: ReportWorkbook?

  func write(_ workbook: ReportWorkbook, to path: String) throws {
    self.workbook = workbook
    try Data("PK recorded".utf8).write(to: URL(fileURLWithPath: path))
  }
}
