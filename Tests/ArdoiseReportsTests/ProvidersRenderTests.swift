import ArdoiseCore
import ArdoiseIndicators
import ArdoiseReports
import Foundation
import XCTest

/// The four recovery reports rendered from the fixture's store: the hostile holders come out
/// inert, and a second render of the same store is byte for byte the first.
final class ProvidersRenderTests: XCTestCase {
  private var folder = ""

  override func setUpWithError() throws { folder = try TestPaths.temporaryFolder() }
  override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

  private func render(_ name: String, provider: StoreDatasetProvider) throws -> [OutputFile] {
    let metadata = try provider.metadata(
      period: RecoveryStore.period, organisation: "Bailleur", runID: "manuel-2026-10")
    return try ReportRenderer().render(
      name: name, period: RecoveryStore.period, provider: provider,
      templatesDirectory: TestPaths.templates, outputDirectory: folder, metadata: metadata)
  }

  func testHostileHoldersAreInertInHTMLAndXLSX() throws {
    let files = try render("rapport-mensuel", provider: try RecoveryStore.provider())
    let html = try String(
      contentsOfFile: try XCTUnwrap(files.first { $0.format == .html }).path, encoding: .utf8)
    XCTAssertFalse(html.contains("<script"))
    XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    XCTAssertTrue(html.contains("=HYPERLINK(&quot;http://x&quot;)"))
    let book = try XLSXReader(
      url: URL(fileURLWithPath: try XCTUnwrap(files.first { $0.format == .xlsx }).path))
    // Cases without action, by days: C3 (L2, the formula) then C1 (L1, the script).
    let sheet = try XCTUnwrap(book.sheet("Dossiers sans action"))
    for (cell, holder) in [("C3", #"=HYPERLINK("http://x")"#), ("C4", "<script>alert(1)</script>")]
    {
      XCTAssertEqual(sheet[cell]?.value, .string(holder), cell)
      XCTAssertNil(sheet[cell]?.formula, cell)
    }
  }

  func testTheSameStoreGivesTheSameBytes() throws {
    let engine = IndicatorEngine(store: try RecoveryStore.store())
    let provider = StoreDatasetProvider(engine: engine, programVersion: "test")
    var first: [String: String] = [:]
    for name in ShippedReportsTests.names {
      for file in try render(name, provider: provider) { first[file.fileName] = file.sha256 }
    }
    // A new provider (nothing cached) over the same store, into the same folder.
    let again = StoreDatasetProvider(engine: engine, programVersion: "test")
    for name in ShippedReportsTests.names {
      for file in try render(name, provider: again) {
        XCTAssertEqual(first[file.fileName], file.sha256, file.fileName)
      }
    }
    XCTAssertEqual(first.count, 8)
  }
}
