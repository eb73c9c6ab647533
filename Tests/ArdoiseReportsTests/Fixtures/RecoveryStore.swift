import ArdoiseCore
import ArdoiseIndicators
import ArdoiseReports
import ArdoiseStore
import Foundation
import XCTest

/// The small landlord of `Tests/Fixtures/recovery` (see its README) ingested into an in-memory
/// store on 4 November 2026, with a dataset provider over it.
///
/// What the files hold, as of D = 31/10/2026 (every figure checked below is worked out from
/// this):
///
/// - L1 (AVI, holder `<script>…`): rent 500.00 called on the 1st of each month from October
///   2025 to October 2026 (13 calls), paid on the 10th except in September and October 2026:
///   balance 1,000.00 at D, 500.00 at 30/09/2026.
/// - L2 (AVI, holder `=HYPERLINK(…)`): rent 400.00, APL 100.00 on the 5th, 300.00 paid on the
///   10th: balance 0.
/// - L3 (CAR, Claire DURAND): rent 600.00, paid in full but 300.00 in October 2026: balance
///   300.00 at D, 0 at 30/09/2026.
/// - Cases: C1 (L1, amiable, Alice MARTIN, last action 31/08/2026: 61 days), C2 (L3,
///   contentieux, Bruno PETIT, an interview of its household on 01/09/2026: 60 days), C3 (L2,
///   amiable, Alice MARTIN, opened 01/01/2026, no action: 303 days).
/// - Plans: P1 (C1) from July 2026, 100.00 a month on 500.00; P2 (C2) from September 2026,
///   50.00 a month on 600.00.
/// - The ERP says 1,000.00 for L1 and 250.00 for L3 on 31/10/2026; one ledger row names an
///   unknown lease L9.
enum RecoveryStore {
  /// October 2026.
  static let period = Period("2026-10")!
  /// The day of the ingest.
  static let ingestDay = Day(year: 2026, month: 11, day: 4)!

  /// The fixture's folder.
  static var folder: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Fixtures/recovery").path
  }

  /// A new in-memory store with the fixture ingested.
  static func store() throws -> Store {
    let store = try Store()
    let reports = try Ingestor(store: store, options: IngestOptions(today: ingestDay)).ingest([
      folder
    ])
    XCTAssertEqual(reports.filter { $0.status == .stored }.count, 11, "\(reports)")
    return store
  }

  /// A provider over a new store.
  static func provider() throws -> StoreDatasetProvider {
    StoreDatasetProvider(engine: IndicatorEngine(store: try store()), programVersion: "test")
  }
}

extension StoreDatasetProvider {
  /// The rows of dataset `name` for October 2026, for `agency`.
  func rows(_ name: String, agency: String? = nil) throws -> [DataValue] {
    try dataset(
      named: name, parameters: ReportParameters(period: RecoveryStore.period, agency: agency)
    ).elements ?? []
  }
}

extension DataValue {
  /// The field `name` of a record, `.null` when missing.
  subscript(_ name: String) -> DataValue { self[field: name] ?? .null }
}
