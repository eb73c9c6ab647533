import ArdoiseCore
import ArdoiseStore
import Foundation
import GRDB
import XCTest

@testable import ArdoiseJobs

final class OrganisationStepExecutorTests: XCTestCase {
  private var folder: String!

  override func setUpWithError() throws {
    folder =
      FileManager.default.temporaryDirectory.appendingPathComponent("ardoise-steps-\(UUID())").path
    try FileManager.default.createDirectory(
      atPath: folder + "/inbox", withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: folder) }

  /// An organisation on a bare store in the temporary folder, with one job of these steps.
  private func organisation(steps: [JobDefinition.Step]) throws -> Organisation {
    var configuration = Configuration(database: folder + "/store/org.sqlite")
    configuration.inbox = folder + "/inbox"
    configuration.jobs = [
      JobDefinition(name: "import", schedule: "0 6 5 * *", period: "previous_month", steps: steps)
    ]
    return try Organisation(configuration: configuration)
  }

  private func write(_ name: String, _ text: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/inbox/" + name))
  }

  private func runner(_ organisation: Organisation, _ executor: OrganisationStepExecutor? = nil)
    throws -> JobRunner
  {
    try JobRunner(
      organisation: organisation, executor: executor, clock: ManualClock(at("2026-11-05T06:00")),
      programVersion: "test")
  }

  func testAnIngestStepStoresNewFilesOnceAndRecordsThemAsInputs() throws {
    try write("agencies.csv", "agency_id,name\nAVI,Avignon\nCAR,Carpentras\n")
    let org = try organisation(steps: [.ingest("inbox")])
    let runner = try runner(org)
    let planned = try runner.plannedRuns(job: "import")
    XCTAssertEqual(try runner.run(planned, purpose: "t").map(\.status), [.succeeded])
    // Again, and with the same file under another name: nothing is ingested twice.
    try write("agencies-copy.csv", "agency_id,name\nAVI,Avignon\nCAR,Carpentras\n")
    XCTAssertEqual(try runner.run(planned, purpose: "t").map(\.status), [.succeeded])

    let runs = try runner.history()
    guard runs.count == 2 else { return XCTFail("\(runs)") }
    XCTAssertEqual(runs[1].inputs.count, 1)
    let input = runs[1].inputs[0]
    XCTAssertEqual(input.status, "stored")
    XCTAssertEqual(input.kind, "agencies")
    XCTAssertEqual(input.rows, 2)
    XCTAssertEqual(input.sha256, try SHA256.hex(ofFileAt: folder + "/inbox/agencies.csv"))
    XCTAssertNotNil(input.batch)
    XCTAssertEqual(runs[0].inputs, [])
    XCTAssertEqual(runs[0].steps[0].detail, "2 files: 0 stored, 2 already ingested")
    let batches = try org.store.read { db in
      try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM batch")
    }
    XCTAssertEqual(batches, 1)
  }

  func testARefusedFileFailsTheIngestStepAndIsRecorded() throws {
    try write("agencies.csv", "agency_id,name\nAVI,Avignon\n")
    try write("mystery.csv", "a,b\n1,2\n")
    let org = try organisation(steps: [.ingest("inbox"), .compute])
    let runner = try runner(org)
    let outcome = try runner.run(try runner.plannedRuns(job: "import"), purpose: "t")
    XCTAssertEqual(outcome.map(\.status), [.failed])
    let error = try XCTUnwrap(outcome[0].error)
    XCTAssertTrue(
      error.hasPrefix(
        "step 1 (ingest inbox) failed: 1 file refused (nothing of it stored): "
          + "mystery.csv: cannot tell which extract this is"), error)
    let run = try XCTUnwrap(runner.history().first)
    XCTAssertEqual(run.inputs.map(\.status), ["stored", "refused"])
    XCTAssertEqual(run.steps.map(\.status), [.failed, .skipped])
  }

  func testComputeAndReportFailUntilTheirHooksArePluggedIn() throws {
    let org = try organisation(steps: [.compute, .report(["rapport-mensuel"])])
    let bare = try runner(org, OrganisationStepExecutor(organisation: org))
    let failed = try bare.run(try bare.plannedRuns(job: "import"), purpose: "t")
    XCTAssertEqual(
      failed[0].error,
      "step 1 (compute) failed: compute is not available: this build has no indicator engine")

    var seen: [String] = []
    let executor = OrganisationStepExecutor(
      organisation: org,
      compute: { period, run in
        seen.append("compute \(period) run \(run.runID)")
        return ComputeSummary(values: 5)
      },
      report: { names, period, run in
        seen.append("report \(names) \(period) defs \(run.definitionsHash ?? "-")")
        return [OutputFile(path: "r.html", sha256: "00")]
      },
      definitionsHash: { "d1" })
    let plugged = try runner(org, executor)
    let outcome = try plugged.run(try plugged.plannedRuns(job: "import"), purpose: "t")
    XCTAssertEqual(outcome.map(\.status), [.succeeded])
    XCTAssertEqual(seen, ["compute 2026-10 run 2", "report [\"rapport-mensuel\"] 2026-10 defs d1"])
    XCTAssertEqual(
      try plugged.history().first?.outputs, [RunOutput(step: 2, path: "r.html", sha256: "00")])
  }

  func testAMissingFolderFailsTheStepWithWhatToDo() throws {
    let org = try organisation(steps: [.ingest("drops")])
    let executor = OrganisationStepExecutor(organisation: org)
    XCTAssertEqual(executor.resolve(folder: "inbox"), folder + "/inbox")
    XCTAssertEqual(executor.resolve(folder: "/abs/path"), "/abs/path")
    let runner = try runner(org)
    let outcome = try runner.run(try runner.plannedRuns(job: "import"), purpose: "t")
    let error = try XCTUnwrap(outcome.first?.error)
    XCTAssertTrue(error.contains("(ingest: drops), does not exist or is not a folder"), error)
  }
}
