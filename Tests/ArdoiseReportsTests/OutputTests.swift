import ArdoiseCore
import Foundation
import XCTest

@testable import ArdoiseReports

/// Files written atomically with owner-only modes, sanitised names, the manifest, byte-identical
/// reruns, and the XLSX seam.
final class OutputTests: XCTestCase {
  var output = ""

  override func setUpWithError() throws { output = try TestPaths.temporaryFolder() + "/Reports" }
  override func tearDown() {
    try? FileManager.default.removeItem(atPath: (output as NSString).deletingLastPathComponent)
  }

  func render(
    _ name: String, agency: String? = nil, formats: [ReportFormat] = [.html],
    xlsx: (any XLSXReportWriting)? = nil, into folder: String? = nil
  ) throws -> [OutputFile] {
    try ReportRenderer(xlsxWriter: xlsx).render(
      name: name, period: SampleDatasets.period, formats: formats, agency: agency,
      provider: SampleDatasets.provider, templatesDirectory: TestPaths.templates,
      outputDirectory: folder ?? output, metadata: SampleDatasets.metadata)
  }

  func manifest(_ folder: String) throws -> [String: Any] {
    let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/2026-10/manifest.json"))
    return try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  func testFilesAndManifest() throws {
    let files = try render("rapport-mensuel")
    XCTAssertEqual(files.count, 1)
    let file = files[0]
    XCTAssertEqual(file.path, output + "/2026-10/rapport-mensuel.html")
    let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: file.path)))
    XCTAssertEqual(file.sha256, SHA256.hex(of: bytes))
    XCTAssertEqual(file.bytes, bytes.count)
    let m = try manifest(output)
    XCTAssertEqual(m["period"] as? String, "2026-10")
    let entries = try XCTUnwrap(m["files"] as? [[String: Any]])
    XCTAssertEqual(entries.count, 1)
    XCTAssertEqual(entries[0]["file"] as? String, "rapport-mensuel.html")
    XCTAssertEqual(entries[0]["sha256"] as? String, file.sha256)
    XCTAssertEqual(entries[0]["run_id"] as? String, SampleDatasets.metadata.runID)
    XCTAssertEqual(
      entries[0]["definitions_hash"] as? String, SampleDatasets.metadata.definitionsHash)
    XCTAssertEqual((entries[0]["templates_hash"] as? String)?.count, 64)
    let batches = try XCTUnwrap(entries[0]["input_batches"] as? [[String: Any]])
    XCTAssertEqual(batches.map { $0["id"] as? Int }, [41, 42])
    // Nothing else in the folder: the temporary files were renamed.
    XCTAssertEqual(
      try FileManager.default.contentsOfDirectory(atPath: output + "/2026-10").sorted(),
      ["manifest.json", "rapport-mensuel.html"])
  }

  func testModesAreOwnerOnly() throws {
    _ = try render("qualite-donnees")
    XCTAssertEqual(try FileInfo.mode(output), 0o700)
    XCTAssertEqual(try FileInfo.mode(output + "/2026-10"), 0o700)
    XCTAssertEqual(try FileInfo.mode(output + "/2026-10/qualite-donnees.html"), 0o600)
    XCTAssertEqual(try FileInfo.mode(output + "/2026-10/manifest.json"), 0o600)
  }

  func testASecondRenderIsByteIdentical() throws {
    let other = (output as NSString).deletingLastPathComponent + "/Other"
    for name in ShippedReportsTests.names {
      let a = try render(name)[0]
      let b = try render(name, into: other)[0]
      let again = try render(name)[0]
      XCTAssertEqual(
        try Data(contentsOf: URL(fileURLWithPath: a.path)),
        try Data(contentsOf: URL(fileURLWithPath: b.path)), name)
      XCTAssertEqual(a.sha256, again.sha256, name)
    }
    XCTAssertEqual(
      try Data(contentsOf: URL(fileURLWithPath: output + "/2026-10/manifest.json")),
      try Data(contentsOf: URL(fileURLWithPath: other + "/2026-10/manifest.json")))
  }

  func testTheManifestMergesReportsOfTheFolder() throws {
    _ = try render("qualite-donnees")
    _ = try render("balance-agee", agency: "AVI")
    _ = try render("qualite-donnees")
    let entries = try XCTUnwrap(try manifest(output)["files"] as? [[String: Any]])
    XCTAssertEqual(
      entries.map { $0["file"] as? String }, ["balance-agee-AVI.html", "qualite-donnees.html"])
    XCTAssertEqual(entries[0]["agency"] as? String, "AVI")
    XCTAssertNil(entries[1]["agency"])
  }

  func testAnAgencyFromDataCannotLeaveTheReportsFolder() throws {
    let files = try render("balance-agee", agency: "../../etc")
    let name = files[0].fileName
    // `printf '../../etc' | sha256sum` starts with 74ccf3c5.
    XCTAssertEqual(name, "balance-agee-______etc-74ccf3c5.html")
    XCTAssertEqual(files[0].path, output + "/2026-10/" + name)
    XCTAssertFalse(FileManager.default.fileExists(atPath: output + "/etc.html"))
    XCTAssertEqual(FileNames.sanitised("AVI"), "AVI")
    XCTAssertEqual(FileNames.sanitised("agence_nord-2"), "agence_nord-2")
    for hostile in ["../../etc", "a/b", ".hidden", "é", "", String(repeating: "x", count: 80)] {
      let safe = FileNames.sanitised(hostile)
      XCTAssertTrue(
        safe.unicodeScalars.allSatisfy {
          $0.isASCIILetter || ("0"..."9").contains($0) || $0 == "_" || $0 == "-"
        }, safe)
      XCTAssertLessThanOrEqual(safe.count, 57)
    }
    XCTAssertNotEqual(FileNames.sanitised("a/b"), FileNames.sanitised("a_b"))
  }

  func testAFailedWriteLeavesThePreviousFile() throws {
    let first = try render("qualite-donnees")[0]
    let before = try Data(contentsOf: URL(fileURLWithPath: first.path))
    struct Failing: XLSXReportWriting {
      func write(_ workbook: ReportWorkbook, to path: String) throws {
        try Data("half".utf8).write(to: URL(fileURLWithPath: path))
        throw CocoaError(.fileWriteUnknown)
      }
    }
    XCTAssertThrowsError(try render("qualite-donnees", formats: [.html, .xlsx], xlsx: Failing()))
    XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: first.path)), before)
    XCTAssertEqual(
      try FileManager.default.contentsOfDirectory(atPath: output + "/2026-10").sorted(),
      ["manifest.json", "qualite-donnees.html"])
  }

  func testTheXLSXSeamGetsResolvedSheets() throws {
    final class Recorder: XLSXReportWriting {
      var workbook: ReportWorkbook?
      func write(_ workbook: ReportWorkbook, to path: String) throws {
        self.workbook = workbook
        try Data("PK fake".utf8).write(to: URL(fileURLWithPath: path))
      }
    }
    let recorder = Recorder()
    let files = try render("balance-agee", formats: [.xlsx, .html], xlsx: recorder)
    XCTAssertEqual(files.map(\.fileName), ["balance-agee.html", "balance-agee.xlsx"])
    XCTAssertEqual(try FileInfo.mode(files[1].path), 0o600)
    let book = try XCTUnwrap(recorder.workbook)
    XCTAssertEqual(book.created, Day(year: 2026, month: 10, day: 31))
    XCTAssertEqual(book.title, "Balance âgée — octobre 2026")
    XCTAssertEqual(
      book.sheets.map(\.title),
      ["Synthèse", "Par agence"] + SampleDatasets.agencies.map { "Balance âgée — \($0.0)" })
    let synthese = book.sheets[0]
    XCTAssertEqual(synthese.table.emphasised.last, true)
    XCTAssertEqual(synthese.charts.first?.seriesColumns, [1, 2])
    XCTAssertEqual(synthese.charts.first?.categoriesColumn, 0)
    XCTAssertEqual(synthese.charts.first?.data.categories.count, 6, "total row skipped")
    let avi = book.sheets[3]
    XCTAssertTrue(avi.confidential)
    XCTAssertEqual(avi.table.columns.count, 20)
    let balances = avi.table.rows.map { $0[6].number! }
    XCTAssertEqual(balances, balances.sorted(by: >))
    XCTAssertTrue(avi.table.rows.allSatisfy { $0[2] == .text("AVI") })
    // For one agency, one sheet of leases.
    _ = try render("balance-agee", agency: "AVI", formats: [.xlsx], xlsx: recorder)
    XCTAssertEqual(
      recorder.workbook?.sheets.map(\.title), ["Synthèse", "Par agence", "Balance âgée"])
    XCTAssertEqual(recorder.workbook?.title, "Balance âgée — octobre 2026 — agence AVI")
  }

  func testParametersAreChecked() throws {
    XCTAssertThrowsError(try render("rapport-mensuel", formats: [.xlsx])) {
      XCTAssertEqual($0 as? ReportError, .noXLSXWriter)
    }
    XCTAssertThrowsError(try render("qualite-donnees", agency: "AVI")) {
      XCTAssertEqual($0 as? ReportError, .agencyNotAllowed(report: "qualite-donnees"))
    }
    XCTAssertThrowsError(
      try ReportRenderer().render(
        name: "rapport-mensuel", period: Period("2026-Q3")!, provider: SampleDatasets.provider,
        templatesDirectory: TestPaths.templates, outputDirectory: output,
        metadata: SampleDatasets.metadata)
    ) { XCTAssertTrue("\($0)".contains("not made for the period 2026-Q3"), "\($0)") }
    XCTAssertThrowsError(
      try ReportRenderer().render(
        name: "rapport-mensuel", period: SampleDatasets.period, formats: [.html],
        provider: StaticDatasetProvider([:]), templatesDirectory: TestPaths.templates,
        outputDirectory: output, metadata: SampleDatasets.metadata)
    ) { XCTAssertTrue("\($0)".contains("unknown dataset 'headline'"), "\($0)") }
  }
}
