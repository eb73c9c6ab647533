import ArdoiseCore
import ArdoiseExtracts
import ArdoiseStore
import Foundation
import GRDB
import XCTest

/// The corpus of malformed extracts seen in the wild (`Fixtures/malformed/`), each with its
/// expected outcome in `expected.json`: refused whole with a message naming the file, the line
/// and the reason, or stored with exactly the accepted rows and the others in quarantine.
final class MalformedCorpusTests: XCTestCase {
  struct Expectation: Decodable {
    var file: String
    var status: String
    var note: String
    var kind: String?
    var profile: String?
    var ceiling: Double?
    var read: Int?
    var accepted: Int?
    var rejected: Int?
    var rejectedBy: [String: Int]?
    var contains: [String]?
    var warnCheck: String?
  }

  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/malformed").path

  func testEveryMalformedExtractHasItsExpectedOutcome() throws {
    let data = try Data(contentsOf: URL(fileURLWithPath: Self.folder + "/expected.json"))
    let expectations = try JSONDecoder().decode([Expectation].self, from: data)
    XCTAssertGreaterThanOrEqual(expectations.count, 21)
    let dialect = try MappingProfile.load(path: Self.folder + "/dialect.yaml")
    for e in expectations {
      let f = try Fixture()
      var files = Fixture.canonical
      for k in ["ledger.csv", "balances.csv", "actions.csv"] { files.removeValue(forKey: k) }
      _ = try f.ingest(try files.keys.sorted().map { try f.write($0, files[$0]!) })
      let table = e.kind ?? "ledger"
      let before = try f.count(table)
      let batches = try f.count("batch")
      var options = f.options(
        ceiling: e.ceiling ?? 0.05, kind: ExtractKind(rawValue: table),
        profile: e.profile == "dialect" ? dialect : nil)
      options.today = Day(iso: "2026-11-23")!
      let r = try f.ingest([Self.folder + "/" + e.file], options)[0]
      let context = "\(e.file) (\(e.note)): \(r.text)"
      XCTAssertEqual(r.status.rawValue, e.status, context)
      XCTAssertTrue(r.balances, context)
      if e.status == "refused" {
        XCTAssertEqual(try f.count(table), before, context)
        XCTAssertEqual(try f.count("batch"), batches, context)
        XCTAssertTrue(r.message?.hasPrefix(e.file) ?? false, context)
        for needle in e.contains ?? [] {
          XCTAssertTrue(r.message?.contains(needle) ?? false, "missing '\(needle)' in \(context)")
        }
        continue
      }
      XCTAssertEqual(r.read, e.read, context)
      XCTAssertEqual(r.accepted, e.accepted, context)
      XCTAssertEqual(r.rejected, e.rejected, context)
      XCTAssertEqual(r.rejectedBy, e.rejectedBy ?? [:], context)
      // The store holds exactly the accepted rows, and the quarantine the rejected ones.
      XCTAssertEqual(try f.count(table), before + (e.accepted ?? 0), context)
      XCTAssertEqual(try Quarantine(store: f.store).list().count, e.rejected ?? 0, context)
      if let check = e.warnCheck {
        XCTAssertEqual(r.checks.first { $0.name == check }?.status, .warn, context)
      }
    }
  }

  func testTheOneMegabyteFieldIsStoredWhole() throws {
    let f = try Fixture()
    var files = Fixture.canonical
    for k in ["ledger.csv", "balances.csv", "actions.csv"] { files.removeValue(forKey: k) }
    _ = try f.ingest(try files.keys.sorted().map { try f.write($0, files[$0]!) })
    _ = try f.ingest([Self.folder + "/ledger-1mb-field.csv"])
    let length = try f.store.read {
      try Int.fetchOne($0, sql: "SELECT length(label) FROM ledger WHERE entry_id = 'M1'")
    }
    XCTAssertEqual(length, 1_000_000)
  }
}
