import ArdoiseCore
import ArdoiseExtracts
import XCTest

final class RowMapperTests: XCTestCase {
  let ledgerHeader = [
    "entry_id", "lease_id", "entry_date", "due_date", "period", "type", "amount", "label",
  ]

  func mapper(_ header: [String], _ kind: ExtractKind, _ profile: MappingProfile = .canonical)
    throws -> RowMapper
  {
    RowMapper(plan: try HeaderPlan(header: header, kind: kind, profile: profile), profile: profile)
  }

  func row(_ outcome: RowMapper.Outcome) -> [FieldValue]? {
    if case .row(let v, _) = outcome { return v }
    return nil
  }

  func reason(_ outcome: RowMapper.Outcome) -> (String, RejectCategory)? {
    if case .rejected(let r, let c) = outcome { return (r, c) }
    return nil
  }

  func testLedgerRowWithDefaults() throws {
    let m = try mapper(["entry_id", "lease_id", "entry_date", "type", "amount"], .ledger)
    let v = try XCTUnwrap(row(m.map(["E1", "L1", "2026-10-03", "loyer", "512.30"])))
    // due_date defaults to entry_date, period to the month of due_date.
    XCTAssertEqual(
      v,
      [
        .text("E1"), .text("L1"), .integer(20_261_003), .integer(20_261_003), .integer(202_610),
        .text("loyer"), .integer(51230), .null,
      ])
  }

  func testRejectionReasons() throws {
    let m = try mapper(ledgerHeader, .ledger)
    let cases: [([String], RejectCategory, String)] = [
      (["E1", "L1", "2026-02-31", "", "", "loyer", "1", ""], .format, "entry_date"),
      (["E1", "L1", "2026-10-01", "", "", "loyer", "1.234", ""], .format, "amount"),
      (["E1", "", "2026-10-01", "", "", "loyer", "1", ""], .missing, "lease_id"),
      (["E1", "L1", "2026-10-01", "", "", "QUIT", "1", ""], .code, "type"),
      (["E1", "L1", "2026-10-01", "", "", "loyer", "1"], .fieldCount, "7 fields"),
      (["E1", "L1", "2026-10-01", "", "2026-13", "loyer", "1", ""], .format, "period"),
    ]
    for (fields, category, mention) in cases {
      let r = try XCTUnwrap(reason(m.map(fields)), "\(fields)")
      XCTAssertEqual(r.1, category, r.0)
      XCTAssertTrue(r.0.contains(mention), r.0)
    }
  }

  func testEndBeforeStart() throws {
    let m = try mapper(
      ["lease_id", "household_id", "unit_id", "start_date", "end_date", "rent"], .leases)
    let r = try XCTUnwrap(reason(m.map(["L1", "H1", "U1", "2026-05-01", "2026-04-30", "500"])))
    XCTAssertEqual(r.1, .dateOrder)
    XCTAssertNotNil(row(m.map(["L1", "H1", "U1", "2026-05-01", "2026-05-01", "500"])))
  }

  func testActionNeedsCaseOrHousehold() throws {
    let m = try mapper(["action_id", "date", "type", "case_id", "household_id"], .actions)
    XCTAssertEqual(reason(m.map(["A1", "2026-10-01", "entretien", "", ""]))?.1, .missing)
    guard case .row(_, let warnings) = m.map(["A1", "2026-10-01", "pigeon_voyageur", "C1", ""])
    else {
      return XCTFail("an unknown action type is kept")
    }
    XCTAssertEqual(warnings.count, 1)
  }

  func testHeaderErrors() {
    XCTAssertThrowsError(
      try HeaderPlan(header: ["entry_id", "entry_id"], kind: .ledger, profile: .canonical)
    ) {
      XCTAssertTrue(($0 as! HeaderError).reason.contains("twice"))
    }
    XCTAssertThrowsError(
      try HeaderPlan(
        header: ["entry_id", "lease_id", "entry_date", "type"], kind: .ledger, profile: .canonical)
    ) {
      XCTAssertTrue(($0 as! HeaderError).reason.contains("'amount'"))
    }
    let plan = try? HeaderPlan(
      header: ledgerHeader + ["agence"], kind: .ledger, profile: .canonical)
    XCTAssertEqual(plan?.ignoredHeaders, ["agence"])
  }

  func testProfileWithRenamedColumnsCodesDebitCreditAndConstants() throws {
    let yaml = """
      name: erp
      encoding: windows-1252
      delimiter: ";"
      decimal: ","
      thousands: space
      date_format: dd/MM/yyyy
      month_format: MM/yyyy
      kinds:
        ledger:
          files: ["ECRITURES*.csv"]
          columns: {entry_id: "N° écriture", lease_id: "N° bail", entry_date: "Date", due_date: "Échéance", period: "Période", type: "Nature"}
          codes: {type: {QUIT: loyer, ENC: paiement}}
          amount: {debit: "Débit", credit: "Crédit"}
          constants: {label: "import ERP"}
      """
    let p = try MappingProfile.parse(yaml, file: "erp.yaml")
    XCTAssertEqual(p.kind(forFileName: "ecritures_2026-10.csv"), .ledger)
    let m = try mapper(
      ["N° écriture", "N° bail", "Date", "Échéance", "Période", "Nature", "Débit", "Crédit"],
      .ledger, p)
    let debit = try XCTUnwrap(
      row(m.map(["E1", "L1", "01/10/2026", "05/10/2026", "10/2026", "QUIT", "1 234,50", ""])))
    XCTAssertEqual(debit[3], .integer(20_261_005))
    XCTAssertEqual(debit[4], .integer(202_610))
    XCTAssertEqual(debit[5], .text("loyer"))
    XCTAssertEqual(debit[6], .integer(123_450))
    XCTAssertEqual(debit[7], .text("import ERP"))
    let credit = try XCTUnwrap(row(m.map(["E2", "L1", "03/10/2026", "", "", "ENC", "", "300"])))
    XCTAssertEqual(credit[6], .integer(-30000))
    // A header the profile names but the file lacks is an error naming it and the profile.
    XCTAssertThrowsError(try HeaderPlan(header: ["N° écriture"], kind: .ledger, profile: p)) {
      let reason = ($0 as! HeaderError).reason
      XCTAssertTrue(reason.contains("'N° bail'") && reason.contains("'erp'"), reason)
    }
  }

  func testProfileErrorsNameTheKey() {
    let cases = [
      ("encoding: ebcdic", "encoding"),
      ("kinds: {ledgers: {}}", "kinds.ledgers"),
      ("kinds: {ledger: {columns: {montant: X}}}", "kinds.ledger.columns.montant"),
      ("date_format: 'dd/MMM'", "date_format"),
      ("kinds: {leases: {amount: {debit: D, credit: C}}}", "kinds.leases.amount"),
    ]
    for (yaml, key) in cases {
      XCTAssertThrowsError(try MappingProfile.parse(yaml, file: "p.yaml"), yaml) {
        XCTAssertEqual(($0 as? ProfileError)?.key, key, "\($0)")
      }
    }
  }

  func testKindsFromFileNames() {
    XCTAssertEqual(ExtractKind.guess(fromFileName: "ledger-2026-10.csv"), .ledger)
    XCTAssertEqual(ExtractKind.guess(fromFileName: "case_history.csv"), .caseHistory)
    XCTAssertEqual(ExtractKind.guess(fromFileName: "cases.csv"), .cases)
    XCTAssertEqual(ExtractKind.guess(fromFileName: "Leases_AVI.CSV"), .leases)
    XCTAssertNil(ExtractKind.guess(fromFileName: "export.csv"))
  }
}
