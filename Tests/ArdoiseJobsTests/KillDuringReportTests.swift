import ArdoiseCore
import ArdoiseSample
import Foundation
import XCTest

/// `ardoise report` killed with SIGKILL at several moments: every report on disk is a whole
/// file (the same store gives the same bytes, so each file keeps its first hash), and running
/// again completes the work and leaves no temporary file behind.
final class KillDuringReportTests: XCTestCase {
  func testReportsOnDiskStayWholeWhenTheRenderIsKilled() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("kill-report-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    _ = try SampleGenerator.generate(
      SampleOptions(
        kind: .landlord, leases: 300, months: 13, seed: 5, end: Month(iso: "2026-10")!,
        outputDirectory: folder + "/extracts"))
    let config = folder + "/ardoise.yaml"
    let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Templates")
      .path
    try """
    organisation: {name: "Test", kind: bailleur}
    database: store/ardoise.sqlite
    reports: reports
    """.write(toFile: config, atomically: true, encoding: .utf8)
    let render = [
      "report", "balance-agee", "--period", "2026-10", "--config", config, "--templates", templates,
    ]
    XCTAssertEqual(
      try ArdoiseProcess.run(
        ["ingest", "--config", config, folder + "/extracts"], outputIn: folder
      )
      .status, 0)
    let first = try ArdoiseProcess.run(render, outputIn: folder)
    XCTAssertEqual(first.status, 0, first.err)
    let out = folder + "/reports/2026-10"
    let names = ["balance-agee.html", "balance-agee.xlsx"]
    let hashes = try names.map { try SHA256.hex(ofFileAt: out + "/" + $0) }

    var killed = 0
    for delay in [0.05, 0.2, 0.4, 0.7, 1.0] {
      let p = try ArdoiseProcess(render, outputIn: folder)
      usleep(UInt32(delay * 1_000_000))
      if p.process.isRunning {
        kill(p.pid, SIGKILL)
        killed += 1
      }
      _ = p.wait()
      XCTAssertEqual(
        try names.map { try SHA256.hex(ofFileAt: out + "/" + $0) }, hashes,
        "killed after \(delay) s")
    }
    XCTAssertGreaterThan(killed, 0, "the render always finished before the kill")
    let again = try ArdoiseProcess.run(render, outputIn: folder)
    XCTAssertEqual(again.status, 0, again.err)
    XCTAssertEqual(try names.map { try SHA256.hex(ofFileAt: out + "/" + $0) }, hashes)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: out).filter {
      !names.contains($0) && $0 != "manifest.json"
    }
    XCTAssertEqual(leftovers, [], "temporary files left in \(out)")
  }
}
