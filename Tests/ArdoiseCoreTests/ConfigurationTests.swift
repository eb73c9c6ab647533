import ArdoiseCore
import Foundation
import XCTest

final class ConfigurationTests: XCTestCase {
  func write(_ text: String) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "cfg-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let path = dir.appendingPathComponent("ardoise.yaml").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  func testReadsAFullConfiguration() throws {
    let path = try write(
      """
      organisation: {name: "Vaucluse Habitat", kind: bailleur}
      database: store/ardoise.sqlite
      inbox: extracts
      reports: ../Reports
      profiles:
        - {pattern: "*.csv", profile: profiles/erp.yaml}
      ingest: {reject_ceiling: 0.1}
      parameters:
        provision_rates: {m3_6: 0.3}
        plan_tolerance: 2.50
        billing_rule: prorata
        monthly_rates: {asll: 250.00, avdl: 199.5}
        min_cell: 5
      jobs:
        - name: cloture-mensuelle
          schedule: "0 6 5 * *"
          period: previous_month
          steps:
            - ingest: inbox
            - compute
            - report: [rapport-mensuel, balance-agee]
      """)
    let c = try Configuration.load(path: path)
    let folder = (path as NSString).deletingLastPathComponent
    XCTAssertEqual(c.organisation, "Vaucluse Habitat")
    XCTAssertEqual(c.database, folder + "/store/ardoise.sqlite")
    XCTAssertEqual(c.rejectCeiling, 0.1)
    XCTAssertEqual(c.parameters.provisionRates["m3_6"], 0.3)
    XCTAssertEqual(c.parameters.provisionRates["m6_12"], 0.5)
    XCTAssertEqual(c.parameters.planTolerance, 250)
    XCTAssertEqual(c.parameters.monthlyRates["avdl"], 19950)
    XCTAssertEqual(c.parameters.minCell, 5)
    XCTAssertEqual(
      c.jobs.first?.steps,
      [.ingest("inbox"), .compute, .report(["rapport-mensuel", "balance-agee"])])
  }

  func testErrorsNameTheFileAndTheKey() throws {
    let cases: [(String, String)] = [
      ("organisation: {name: X, kind: hlm}\ndatabase: a.sqlite", "organisation.kind"),
      (
        "organisation: {name: X}\ndatabase: a.sqlite\nparameters: {billing_rule: daily}",
        "parameters.billing_rule"
      ),
      (
        "organisation: {name: X}\ndatabase: a.sqlite\nparameters: {provision_rates: {m3_6: 2}}",
        "parameters.provision_rates.m3_6"
      ),
      ("organisation: {name: X}\ndatabase: a.sqlite\ncolour: blue", "colour"),
      (
        "organisation: {name: X}\ndatabase: a.sqlite\njobs: [{name: j, schedule: '* * * * *', steps: [dance]}]",
        "jobs[0].steps[0]"
      ),
      ("organisation: {name: X}", "database"),
    ]
    for (yaml, key) in cases {
      let path = try write(yaml)
      XCTAssertThrowsError(try Configuration.load(path: path), yaml) { error in
        let text = String(describing: error)
        XCTAssertTrue(text.contains(path), text)
        XCTAssertTrue(text.contains("'\(key)'"), text)
      }
    }
  }
}
