import ArdoiseCore
import ArdoiseStore
import Foundation
import XCTest

@testable import ArdoiseJobs

final class RunHistoryTests: XCTestCase {
  /// A fixture whose ingest stores one file and finds another already ingested.
  private func fixture() throws -> JobsFixture {
    let f = try JobsFixture(now: "2026-11-20T10:00")
    var stored = BatchReport(file: "/srv/inbox/ledger_2026-10.csv", status: .stored)
    stored.batch = 7
    stored.sha256 = String(repeating: "ab", count: 32)
    stored.kind = "ledger"
    stored.accepted = 1200
    var seen = BatchReport(file: "/srv/inbox/leases.csv", status: .skipped)
    seen.batch = 3
    seen.sha256 = String(repeating: "cd", count: 32)
    f.steps.batches = [seen, stored]
    return f
  }

  /// The JSON object of a history line.
  private func object(_ line: String) throws -> [String: Any] {
    try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
  }

  func testHistoryJSONHasTheTriggerPeriodStatusStepsInputsOutputsAndStamps() throws {
    let f = try fixture()
    let runner = f.runner()
    _ = try runner.run(try runner.plannedRuns(job: "cloture-mensuelle"), purpose: "test")
    f.steps.failOnce = ["report rapport-mensuel,balance-agee 2026-09"]
    _ = try runner.run(
      try runner.plannedRuns(job: "cloture-mensuelle", period: period("2026-09")), purpose: "t")

    let lines = try runner.history().map(\.jsonLine)
    XCTAssertEqual(lines.count, 2)
    let failed = try object(lines[0])
    let run = try object(lines[1])

    XCTAssertEqual(run["id"] as? Int, 1)
    XCTAssertEqual(run["job"] as? String, "cloture-mensuelle")
    XCTAssertEqual(run["period"] as? String, "2026-10")
    XCTAssertEqual(run["trigger"] as? String, "manual")
    XCTAssertEqual(run["status"] as? String, "succeeded")
    XCTAssertEqual(run["started_at"] as? String, "2026-11-20T10:00")
    XCTAssertEqual(run["ended_at"] as? String, "2026-11-20T10:00")
    XCTAssertNotNil(run["duration_ms"] as? Int)
    XCTAssertEqual(run["definitions_hash"] as? String, "defs-1")
    XCTAssertEqual(run["program_version"] as? String, "9.9.9-test")
    XCTAssertTrue(run["error"] is NSNull)
    XCTAssertTrue(run["fired_at"] is NSNull)

    let steps = try XCTUnwrap(run["steps"] as? [[String: Any]])
    XCTAssertEqual(steps.map { $0["name"] as? String }, ["ingest", "compute", "report"])
    XCTAssertEqual(
      steps.map { $0["target"] as? String }, ["inbox", "", "rapport-mensuel,balance-agee"])
    XCTAssertEqual(steps.map { $0["status"] as? String }, ["succeeded", "succeeded", "succeeded"])
    XCTAssertEqual(steps.map { $0["index"] as? Int }, [1, 2, 3])
    XCTAssertTrue(steps.allSatisfy { $0["duration_ms"] is Int })
    XCTAssertEqual(
      steps[0]["detail"] as? String, "2 files: 1 stored (batch #7), 1 already ingested")
    XCTAssertEqual(steps[1]["detail"] as? String, "3 values")
    XCTAssertEqual(steps[2]["detail"] as? String, "2 files written")

    let inputs = try XCTUnwrap(run["inputs"] as? [[String: Any]])
    XCTAssertEqual(inputs.count, 1)  // the file ingested before is the input of its own run
    XCTAssertEqual(inputs[0]["batch"] as? Int, 7)
    XCTAssertEqual(inputs[0]["sha256"] as? String, String(repeating: "ab", count: 32))
    XCTAssertEqual(inputs[0]["file"] as? String, "/srv/inbox/ledger_2026-10.csv")
    XCTAssertEqual(inputs[0]["kind"] as? String, "ledger")
    XCTAssertEqual(inputs[0]["rows"] as? Int, 1200)
    XCTAssertEqual(inputs[0]["status"] as? String, "stored")

    let outputs = try XCTUnwrap(run["outputs"] as? [[String: Any]])
    XCTAssertEqual(
      outputs.map { $0["path"] as? String },
      ["Reports/2026-10/rapport-mensuel.html", "Reports/2026-10/balance-agee.html"])
    XCTAssertEqual(outputs[0]["sha256"] as? String, FakeSteps.hash("rapport-mensuel"))
    XCTAssertEqual(outputs[0]["step"] as? Int, 3)

    XCTAssertEqual(failed["status"] as? String, "failed")
    XCTAssertEqual(failed["period"] as? String, "2026-09")
    XCTAssertEqual(
      failed["error"] as? String,
      "step 3 (report rapport-mensuel,balance-agee) failed: report rapport-mensuel,balance-agee "
        + "2026-09 went wrong")
    XCTAssertEqual((failed["outputs"] as? [Any])?.count, 0)
  }

  func testStepsReceiveTheRunTheyBelongTo() throws {
    let f = try fixture()
    let runner = f.runner()
    let outcome = try runner.run(try runner.plannedRuns(job: "cloture-mensuelle"), purpose: "t")
    let report = try XCTUnwrap(f.steps.contexts.last)
    XCTAssertEqual(report.runID, outcome[0].runID)
    XCTAssertEqual(report.period, period("2026-10"))
    XCTAssertEqual(report.trigger, .manual)
    XCTAssertEqual(report.definitionsHash, "defs-1")
    XCTAssertEqual(report.inputs.map(\.batch), [7])
    XCTAssertEqual(report.startedAt, at("2026-11-20T10:00"))
  }

  func testHistoryTextAndFilters() throws {
    let f = try fixture()
    let runner = f.runner()
    for month in ["2026-08", "2026-09", "2026-10"] {
      _ = try runner.run(
        try runner.plannedRuns(job: "cloture-mensuelle", period: period(month)), purpose: "t")
    }
    XCTAssertEqual(
      try runner.history(limit: 2).map(\.period), [period("2026-10"), period("2026-09")])
    XCTAssertEqual(try runner.history(job: "other").count, 0)
    let text = try XCTUnwrap(runner.history(limit: 1).first).text
    let lines = text.split(separator: "\n").map(String.init)
    XCTAssertEqual(lines[0], "run #3  cloture-mensuelle  2026-10  manual  succeeded")
    XCTAssertTrue(lines[1].hasPrefix("  started 2026-11-20T10:00, ended 2026-11-20T10:00, "))
    XCTAssertEqual(lines[2], "  definitions defs-1, ardoise 9.9.9-test")
    XCTAssertTrue(lines[3].hasPrefix("  step 1 ingest inbox: succeeded, "), lines[3])
    XCTAssertTrue(
      lines.contains(
        "  input  batch #7 ledger_2026-10.csv (ledger, 1200 rows) sha256 "
          + String(repeating: "ab", count: 32)))
    XCTAssertTrue(
      lines.contains(
        "  output Reports/2026-10/balance-agee.html sha256 " + FakeSteps.hash("balance-agee")))
  }

  func testLastSucceededIsTheLatestSuccessfulStartPerPeriod() throws {
    let f = try fixture()
    let runner = f.runner()
    let october = try runner.plannedRuns(job: "cloture-mensuelle", period: period("2026-10"))
    _ = try runner.run(october, purpose: "t")
    f.at("2026-11-21T08:00")
    f.steps.failOnce = ["compute 2026-10"]
    _ = try runner.run(october, purpose: "t")  // failed: does not count
    XCTAssertEqual(
      try RunHistory(store: f.store).lastSucceeded(job: "cloture-mensuelle"),
      [period("2026-10"): at("2026-11-20T10:00")])
  }
}
