import ArdoiseCore
import ArdoiseExtracts
import ArdoiseSample
import ArdoiseStore
import XCTest

/// The same organisation read through its canonical form and through the ERP dialect (via the
/// mapping profile) gives identical stored rows.
final class DialectTests: XCTestCase {
  func testCanonicalAndERPFormsStoreIdenticalRows() throws {
    let canonical = try Fixture()
    let erp = try Fixture()
    let options = { (dialect: SampleDialect, folder: String) in
      SampleOptions(
        kind: .landlord, leases: 150, months: 8, seed: 7, end: Month(iso: "2026-10")!,
        dialect: dialect, outputDirectory: folder + "/extracts",
        profilePath: dialect == .erp ? folder + "/erp.yaml" : nil)
    }
    _ = try SampleGenerator.generate(options(.canonical, canonical.folder))
    _ = try SampleGenerator.generate(options(.erp, erp.folder))
    let a = try canonical.ingest([canonical.folder + "/extracts"])
    var o = erp.options()
    o.profiles = [("*.csv", try MappingProfile.load(path: erp.folder + "/erp.yaml"))]
    let b = try erp.ingest([erp.folder + "/extracts"], o)
    XCTAssertEqual(a.map(\.kind), b.map(\.kind))
    for r in a + b {
      XCTAssertEqual(r.status, .stored, r.text)
      XCTAssertEqual(r.rejected, 0, r.text)
    }
    XCTAssertEqual(a.map(\.accepted), b.map(\.accepted))
    let rowsA = try canonical.dump()
    let rowsB = try erp.dump()
    XCTAssertGreaterThan(rowsA.count, 1000)
    XCTAssertEqual(rowsA.count, rowsB.count)
    for (x, y) in zip(rowsA, rowsB) where x != y {
      XCTFail("canonical \(x)\n      erp \(y)")
      break
    }
    // The profile read Windows-1252: accented names came through.
    XCTAssertTrue(rowsB.contains { $0.contains("é") })
  }
}
