import ArdoiseCore
import ArdoiseStore
import Foundation
import XCTest

@testable import ArdoiseIndicators

/// On a file store the ledger is scanned in two halves by two connections reading the same
/// state; the figures must be those of the single scan of an in-memory store.
final class FileStoreTests: XCTestCase {
  private static let october = Period(month: Month(year: 2026, month: 10)!)

  func testSplitScanGivesTheSameFigures() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("ardoise-indicators-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = try RecoveryScenario.build(
      store: Store(path: folder.appendingPathComponent("store.sqlite").path))
    let memory = try RecoveryScenario.build()
    let onFile = try file.engine().evaluate(period: Self.october, worklists: true)
    let inMemory = try memory.engine().evaluate(period: Self.october, worklists: true)
    XCTAssertEqual(onFile.values, inMemory.values)
    XCTAssertEqual(onFile.checks, inMemory.checks)
    XCTAssertEqual(onFile.worklists?.debtorAgeing, inMemory.worklists?.debtorAgeing)
    XCTAssertEqual(Figures(onFile.values)["closing_balance"], "1980.00")
    let report = try file.engine().computeAndStore(period: Self.october, programVersion: "test")
    XCTAssertEqual(try file.engine().stored(period: Self.october)?.values, report.evaluation.values)
  }
}
