import ArdoiseCore
import ArdoiseReports
import XCTest

/// The quality datasets and the metadata of the fixture's store (see ``RecoveryStore``):
/// eleven batches received on 04/11/2026.
final class ProvidersQualityTests: XCTestCase {
  func testBatchesChecksSamplesAndQuarantine() throws {
    let provider = try RecoveryStore.provider()
    let batches = try provider.rows("batches")
    XCTAssertEqual(batches.count, 11)
    let ledger = try XCTUnwrap(batches.first { $0["kind"] == .text("ledger") })
    // 90 rows read, 89 stored, the row of the unknown lease L9 in quarantine.
    XCTAssertEqual(ledger["read"], .count(90))
    XCTAssertEqual(ledger["accepted"], .count(89))
    XCTAssertEqual(ledger["rejected"], .count(1))
    XCTAssertEqual(ledger["kind_label"], .text("Écritures"))
    XCTAssertEqual(ledger["ingested_on"], .date(RecoveryStore.ingestDay))
    XCTAssertEqual(ledger["balanced"], .flag(true))

    let failing = try provider.rows("checks").filter { $0["status"] != .text("pass") }
    XCTAssertEqual(
      failing.map { $0["check"] }, ["references", "ledger_vs_balances"].map(DataValue.text))
    XCTAssertEqual(failing[1]["status_label"], .text("Échec"))
    XCTAssertEqual(
      failing[1]["message"], .text("1 solde(s) de l'ERP sur 2 diffèrent des écritures."))
    let samples = try provider.rows("check_samples")
    XCTAssertEqual(
      samples.map { $0["key"] }, ["E2026-10-BAD", "L3@2026-10-31"].map(DataValue.text))
    XCTAssertEqual(samples[0]["line"], .count(91))

    let quarantine = try provider.rows("quarantine")
    XCTAssertEqual(quarantine.count, 1)
    XCTAssertEqual(quarantine[0]["label"], .text("Référence inconnue"))
    XCTAssertEqual(quarantine[0]["replayable"], .count(1))
  }

  func testReconciliationWithTheERP() throws {
    let rows = try RecoveryStore.provider().rows("reconciliation")
    // AVI: L1 1,000.00 on both sides; CAR: the ERP says 250.00, the ledger 300.00.
    XCTAssertEqual(rows.map { $0["agency"] }, ["AVI", "CAR", "Total"].map(DataValue.text))
    XCTAssertEqual(rows.map { $0["gap"] }, [0, 5_000, 5_000].map { .money($0) })
    XCTAssertEqual(rows.map { $0["leases_with_gap"] }, [0, 1, 1].map { .count($0) })
    XCTAssertEqual(rows[2]["erp_balance"], .money(125_000))
  }

  func testComputationChecksHoldOnTheStoredFigures() throws {
    let rows = try RecoveryStore.provider().rows("computation_checks")
    XCTAssertEqual(rows.map { $0["check"] }, ["bridge", "ageing"].map(DataValue.text))
    XCTAssertEqual(rows.map { $0["status"] }, ["pass", "pass"].map(DataValue.text))
    XCTAssertEqual(
      rows[0]["message"],
      .text(
        "Solde d'ouverture 500,00\u{A0}€ + mouvements du mois 800,00\u{A0}€ = solde de clôture "
          + "1\u{202F}300,00\u{A0}€."))
  }

  func testMetadataComesFromTheStoreAlone() throws {
    let provider = try RecoveryStore.provider()
    let metadata = try provider.metadata(
      period: RecoveryStore.period, organisation: "Bailleur", runID: "manuel-2026-10")
    XCTAssertEqual(metadata.dataDate, RecoveryStore.ingestDay)
    XCTAssertEqual(metadata.inputBatches.map(\.id), Array(1...11))
    XCTAssertEqual(metadata.inputBatches.map(\.file).last, "balances.csv")
    XCTAssertEqual(metadata.definitionsHash.count, 64)
  }

  func testEveryDatasetOfTheCatalogueIsServedWithItsFields() throws {
    let provider = try RecoveryStore.provider()
    let housing = Set(DatasetCatalogue.housing.map(\.name))
    for description in DatasetCatalogue.all
    where description.name != DatasetCatalogue.run && !housing.contains(description.name) {
      for agency in [nil, "AVI"] {
        for (i, row) in try provider.rows(description.name, agency: agency).enumerated() {
          for field in description.fields {
            XCTAssertNotNil(row[field: field.name], "\(description.name)[\(i)] lacks \(field.name)")
          }
        }
      }
    }
    XCTAssertThrowsError(
      try provider.dataset(
        named: "nothing", parameters: ReportParameters(period: RecoveryStore.period)))
  }
}
