import ArdoiseCore
import ArdoiseStore
import Foundation
import XCTest

@testable import ArdoiseJobs

final class OrganisationSetupTests: XCTestCase {
  private var folder: String!

  override func setUpWithError() throws {
    folder =
      FileManager.default.temporaryDirectory.appendingPathComponent("ardoise-init-\(UUID())").path
  }

  override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: folder) }

  private func mode(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return try XCTUnwrap((attributes[.posixPermissions] as? NSNumber)?.intValue)
  }

  func testInitWritesAConfigurationThatLoadsAndItsFolders() throws {
    let result = try OrganisationSetup.initialise(folder: folder + "/bailleur \"Sud\"")
    let root = folder + "/bailleur \"Sud\""
    XCTAssertEqual(result.configuration, root + "/ardoise.yaml")
    XCTAssertEqual(
      result.createdFolders, [root, root + "/inbox", root + "/Reports", root + "/store"])
    for sub in ["inbox", "Reports", "store"] { XCTAssertEqual(try mode(root + "/" + sub), 0o700) }
    XCTAssertEqual(try mode(result.configuration), 0o600)

    let configuration = try Configuration.load(path: result.configuration)
    XCTAssertEqual(configuration.organisation, "bailleur \"Sud\"")
    XCTAssertEqual(configuration.kind, .bailleur)
    XCTAssertEqual(configuration.database, root + "/store/ardoise.sqlite")
    XCTAssertEqual(configuration.inbox, root + "/inbox")
    XCTAssertEqual(configuration.reports, root + "/Reports")
    XCTAssertEqual(configuration.catchUpLimit, 12)
    let jobs = try ConfiguredJob.all(in: configuration)
    XCTAssertEqual(jobs.map(\.name), ["cloture-mensuelle"])
    XCTAssertEqual(
      jobs[0].steps,
      [
        .ingest("inbox"), .compute,
        .report(["rapport-mensuel", "balance-agee", "charge-conseillers", "qualite-donnees"]),
      ])
    // The store opens where the configuration says.
    let org = try Organisation(configuration: configuration)
    XCTAssertEqual(org.store.path, root + "/store/ardoise.sqlite")
  }

  func testAnAssociationAlsoGetsTheQuarterlyDEETSJob() throws {
    let result = try OrganisationSetup.initialise(
      folder: folder, name: "Habitat Solidaire", kind: .association)
    let configuration = try Configuration.load(path: result.configuration)
    XCTAssertEqual(configuration.kind, .association)
    XCTAssertEqual(
      try ConfiguredJob.all(in: configuration).map(\.name),
      ["cloture-mensuelle", "deets-trimestriel"])
  }

  func testInitDoesNotReplaceAConfigurationUnlessForced() throws {
    try OrganisationSetup.initialise(folder: folder, name: "A")
    XCTAssertThrowsError(try OrganisationSetup.initialise(folder: folder, name: "B")) { error in
      XCTAssertTrue("\(error)".contains("already exists"), "\(error)")
    }
    try OrganisationSetup.initialise(folder: folder, name: "B", overwrite: true)
    XCTAssertEqual(try Configuration.load(path: folder + "/ardoise.yaml").organisation, "B")
  }
}
