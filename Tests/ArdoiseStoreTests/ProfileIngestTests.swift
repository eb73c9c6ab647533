import ArdoiseCore
import ArdoiseExtracts
import ArdoiseStore
import GRDB
import XCTest

/// Dialect features end to end: encodings, BOM, delimiters, decimal comma, thousands, dates,
/// renamed columns, codes, debit/credit pairs and constants.
final class ProfileIngestTests: XCTestCase {
  func setUpReferences(_ f: Fixture) throws {
    var files = Fixture.canonical
    for k in ["ledger.csv", "balances.csv", "actions.csv"] { files.removeValue(forKey: k) }
    _ = try f.ingest(try files.keys.sorted().map { try f.write($0, files[$0]!) })
  }

  func amounts(_ f: Fixture) throws -> [String: Int64] {
    try f.store.read { db in
      Dictionary(
        uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT entry_id, amount FROM ledger").map {
          ($0[0] as String, $0[1] as Int64)
        })
    }
  }

  func testISO88591TabThousandsDotAndDottedDates() throws {
    let f = try Fixture()
    try setUpReferences(f)
    let profile = try MappingProfile.parse(
      """
      name: latin
      encoding: iso-8859-1
      delimiter: tab
      decimal: ","
      thousands: "."
      date_format: dd.MM.yyyy
      kinds:
        ledger:
          columns: {entry_id: Pièce, lease_id: Bail, entry_date: Date, type: Sens, amount: Montant, label: Libellé}
          codes: {type: {Q: loyer, R: paiement}}
      """, file: "latin.yaml")
    // "Pièce" and "Libellé" in ISO-8859-1: è = 0xE8, é = 0xE9.
    var bytes: [UInt8] =
      Array("Pi".utf8) + [0xE8] + Array("ce\tBail\tDate\tSens\tMontant\tLibell".utf8) + [
        0xE9, 0x0A,
      ]
    bytes += Array("X1\tL1\t01.10.2026\tQ\t1.234,5\tLoyer d".utf8) + [0xE9] + Array("cembre\n".utf8)
    bytes += Array("X2\tL1\t02.10.2026\tR\t-12,00\t\n".utf8)
    let path = try f.write("ledger-latin.csv", bytes: bytes)
    let r = try f.ingest([path], f.options(profile: profile))[0]
    XCTAssertEqual([r.read, r.accepted, r.rejected], [2, 2, 0], r.text)
    XCTAssertEqual(try amounts(f), ["X1": 123_450, "X2": -1200])
    let label = try f.store.read {
      try String.fetchOne($0, sql: "SELECT label FROM ledger WHERE entry_id = 'X1'")
    }
    XCTAssertEqual(label, "Loyer décembre")
  }

  func testUTF8WithBOMAndCRLFInCanonicalForm() throws {
    let f = try Fixture()
    try setUpReferences(f)
    let text =
      "entry_id,lease_id,entry_date,type,amount\r\nB1,L1,2026-10-01,loyer,+10\r\nB2,L1,2026-10-02,avoir,-0.5\r\n"
    let path = try f.write("ledger-bom.csv", bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
    let r = try f.ingest([path])[0]
    XCTAssertEqual([r.read, r.accepted, r.rejected], [2, 2, 0], r.text)
    XCTAssertEqual(try amounts(f), ["B1": 1000, "B2": -50])
  }

  func testWindows1252WithSemicolonsDebitCreditAndConstants() throws {
    let f = try Fixture()
    try setUpReferences(f)
    let profile = try MappingProfile.parse(
      """
      name: erp
      encoding: windows-1252
      delimiter: ";"
      decimal: ","
      thousands: nbsp
      date_format: dd/MM/yy
      kinds:
        ledger:
          files: ["ECR*.csv"]
          columns: {entry_id: Numéro, lease_id: Bail, entry_date: Date}
          constants: {type: frais, label: "Frais de procédure"}
          amount: {debit: Débit, credit: Crédit}
      """, file: "erp.yaml")
    // é = 0xE9 and the no-break space = 0xA0 in Windows-1252; € = 0x80 in a comment column.
    var bytes: [UInt8] =
      Array("Num".utf8) + [0xE9] + Array("ro;Bail;Date;D".utf8) + [0xE9] + Array("bit;Cr".utf8) + [
        0xE9
      ]
    bytes += Array("dit;Note\r\n".utf8)
    bytes +=
      Array("F1;L1;03/10/26;1".utf8) + [0xA0] + Array("000,00;;80".utf8) + [0x80]
      + Array("\r\n".utf8)
    bytes += Array("F2;L1;04/10/26;;25,5;\r\n".utf8)
    let path = try f.write("ECRITURES-10.csv", bytes: bytes)
    var o = f.options()
    o.profiles = [("*.csv", profile)]
    let r = try f.ingest([path], o)[0]
    XCTAssertEqual(r.kind, "ledger")
    XCTAssertEqual([r.read, r.accepted, r.rejected], [2, 2, 0], r.text)
    XCTAssertEqual(r.ignoredColumns, ["Note"])
    XCTAssertEqual(try amounts(f), ["F1": 100_000, "F2": -2550])
    let stored = try f.store.read {
      try Row.fetchOne($0, sql: "SELECT type, label, entry_date FROM ledger WHERE entry_id = 'F2'")!
    }
    XCTAssertEqual(stored[0] as String, "frais")
    XCTAssertEqual(stored[1] as String, "Frais de procédure")
    XCTAssertEqual(stored[2] as Int, 20_261_004)
  }

  func testBytesInvalidForTheProfileEncodingRefuseTheFile() throws {
    let f = try Fixture()
    try setUpReferences(f)
    // 0x81 is undefined in Windows-1252: the whole file is refused, naming the line.
    let bytes =
      Array(
        "entry_id,lease_id,entry_date,type,amount\nE1,L1,2026-10-01,loyer,1\nE2,L1,2026-10-01,loyer,1"
          .utf8) + [0x81, 0x0A]
    let path = try f.write("ledger-1252.csv", bytes: bytes)
    var profile = MappingProfile.canonical
    profile.name = "w"
    profile.encoding = .windows1252
    let r = try f.ingest([path], f.options(profile: profile))[0]
    XCTAssertEqual(r.status, .refused)
    XCTAssertTrue(r.message!.contains("line 3") && r.message!.contains("0x81"), r.message!)
    XCTAssertEqual(try f.count("ledger"), 0)
  }
}
