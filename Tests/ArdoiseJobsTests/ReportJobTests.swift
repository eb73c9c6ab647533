import ArdoiseCore
import ArdoiseStore
import Foundation
import XCTest

@testable import ArdoiseJobs

/// The report step and `ardoise report` on the small landlord of `Tests/Fixtures/recovery`
/// (its README and `Tests/ArdoiseReportsTests/Fixtures/RecoveryStore.swift` say what it holds).
final class ReportJobTests: XCTestCase {
  private var folder: String!

  /// The four recovery reports.
  static let reports = ["rapport-mensuel", "balance-agee", "charge-conseillers", "qualite-donnees"]

  /// The repository's folders.
  static var repository: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }
  static var templates: String { repository.appendingPathComponent("Templates").path }
  static var extracts: String { repository.appendingPathComponent("Tests/Fixtures/recovery").path }

  override func setUpWithError() throws {
    folder =
      FileManager.default.temporaryDirectory.appendingPathComponent("ardoise-report-\(UUID())").path
    try FileManager.default.createDirectory(
      atPath: folder + "/inbox", withIntermediateDirectories: true)
    for file in try FileManager.default.contentsOfDirectory(atPath: Self.extracts)
    where file.hasSuffix(".csv") {
      try FileManager.default.copyItem(
        atPath: Self.extracts + "/" + file, toPath: folder + "/inbox/" + file)
    }
  }

  override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: folder) }

  /// The organisation in the temporary folder, with the monthly closing job.
  private func organisation() throws -> Organisation {
    var configuration = Configuration(database: folder + "/store/org.sqlite")
    configuration.organisation = "Bailleur d'essai"
    configuration.inbox = folder + "/inbox"
    configuration.reports = folder + "/Reports"
    configuration.jobs = [
      JobDefinition(
        name: "cloture-mensuelle", schedule: "0 6 5 * *", period: "previous_month",
        steps: [.ingest("inbox"), .compute, .report(Self.reports)])
    ]
    return try Organisation(configuration: configuration)
  }

  /// The manifest of October 2026 as JSON.
  private func manifest() throws -> [String: Any] {
    let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/Reports/2026-10/manifest.json"))
    return try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  func testTheMonthlyJobRendersTheFourReportsAndRecordsThem() throws {
    let org = try organisation()
    let runner = try JobRunner(
      organisation: org, executor: org.stepExecutor(templatesDirectory: Self.templates),
      clock: ManualClock(at("2026-11-05T06:00")), programVersion: "test")
    let outcome = try runner.run(try runner.plannedRuns(job: "cloture-mensuelle"), purpose: "t")
    XCTAssertEqual(outcome.map(\.status), [.succeeded], "\(outcome)")
    let run = try XCTUnwrap(try runner.history().first)
    XCTAssertEqual(run.period, period("2026-10"))
    // Each report in HTML and XLSX, then the manifest; every hash that of the file on disk.
    let names = run.outputs.map { ($0.path as NSString).lastPathComponent }
    XCTAssertEqual(
      names,
      Self.reports.flatMap { ["\($0).html", "\($0).xlsx"] } + ["manifest.json"])
    for output in run.outputs {
      XCTAssertEqual(output.sha256, try SHA256.hex(ofFileAt: output.path), output.path)
      XCTAssertEqual(output.step, 3)
    }
    let files = try XCTUnwrap(try manifest()["files"] as? [[String: Any]])
    XCTAssertEqual(files.count, 8)
    XCTAssertEqual(Set(files.map { $0["run_id"] as? String }), ["\(run.id)"])
    XCTAssertEqual((files[0]["input_batches"] as? [Any])?.count, 11)

    // Again: the period's reports are replaced, stamped with the new run.
    let again = try runner.run(try runner.plannedRuns(job: "cloture-mensuelle"), purpose: "t")
    XCTAssertEqual(again.map(\.status), [.succeeded])
    let second = try XCTUnwrap(try runner.history().first)
    XCTAssertEqual(second.outputs.count, 9)
    let rewritten = try XCTUnwrap(try manifest()["files"] as? [[String: Any]])
    XCTAssertEqual(Set(rewritten.map { $0["run_id"] as? String }), ["\(second.id)"])
  }

  func testAManualRenderIsByteIdenticalAndStampedWithTheStore() throws {
    let org = try organisation()
    _ = try org.ingest(
      [folder + "/inbox"], options: org.ingestOptions(today: Day(year: 2026, month: 11, day: 4)!))
    func render() throws -> [String: String] {
      let result = try org.renderReports(
        Self.reports, period: period("2026-10"), programVersion: "test",
        templatesDirectory: Self.templates)
      XCTAssertEqual(result.warnings, [])
      return Dictionary(
        uniqueKeysWithValues: result.files.map {
          (($0.path as NSString).lastPathComponent, $0.sha256)
        })
    }
    let first = try render()
    XCTAssertEqual(first.count, 9)
    let second = try render()
    XCTAssertEqual(second, first, "same store, same period: the same bytes, manifest included")

    let files = try XCTUnwrap(try manifest()["files"] as? [[String: Any]])
    let entry = try XCTUnwrap(files.first { $0["file"] as? String == "rapport-mensuel.html" })
    XCTAssertEqual(entry["run_id"] as? String, "manuel-2026-10")
    XCTAssertEqual(
      entry["definitions_hash"] as? String, org.stepExecutor().definitionsHash())
    let batches = try XCTUnwrap(entry["input_batches"] as? [[String: Any]])
    XCTAssertEqual(batches.map { $0["kind"] as? String }.last, "balances")
    let html = try String(
      contentsOfFile: folder + "/Reports/2026-10/rapport-mensuel.html", encoding: .utf8)
    XCTAssertTrue(html.contains("Données au 04/11/2026"), "the data date is the last batch's day")
    XCTAssertTrue(html.contains("situation au 31/10/2026"))
    let mode =
      try FileManager.default.attributesOfItem(
        atPath: folder + "/Reports/2026-10/balance-agee.xlsx")[.posixPermissions] as? Int
    XCTAssertEqual(mode, 0o600)

    XCTAssertThrowsError(
      try org.renderReports(
        ["balance-agee"], period: period("2026-10"), agency: "ZZZ", programVersion: "test",
        templatesDirectory: Self.templates)
    ) { XCTAssertTrue("\($0)".contains("unknown agency 'ZZZ'"), "\($0)") }
  }

  func testTheReportCommand() throws {
    let database = folder + "/store/org.sqlite"
    let ingest = try ArdoiseProcess.run(
      ["ingest", "--database", database, folder + "/inbox"], outputIn: folder)
    XCTAssertEqual(ingest.status, 0, ingest.err)
    func report(_ extra: [String]) throws -> (status: Int32, out: String, err: String) {
      try ArdoiseProcess.run(
        [
          "report", "balance-agee", "--period", "2026-10", "--database", database, "--templates",
          Self.templates,
        ] + extra, outputIn: folder)
    }
    let done = try report(["--format", "xlsx", "--agency", "AVI"])
    XCTAssertEqual(done.status, 0, done.err)
    let printed = done.out.split(separator: "\n").map { String($0.split(separator: " ")[0]) }
    XCTAssertEqual(
      printed.map { ($0 as NSString).lastPathComponent },
      ["balance-agee-AVI.xlsx", "manifest.json"])
    XCTAssertEqual(try report(["--format", "pdf"]).status, 2)
    XCTAssertEqual(try report(["--agency", "ZZZ"]).status, 1)
  }
}
