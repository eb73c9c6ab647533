import ArdoiseCore
import XCTest

@testable import ArdoiseIndicators

/// The output contract: exact CSV and JSON text, table formats for people.
final class OutputTests: XCTestCase {
  private static let october = Period(month: Month(year: 2026, month: 10)!)

  func testCSVRowsAreSortedByIndicatorThenDimensions() throws {
    let values = try RecoveryScenario.build().engine().compute(period: Self.october)
    let text = CSVRenderer.render(
      values.filter { ["debtors", "average_debt"].contains($0.indicator) })
    XCTAssertEqual(
      text,
      """
      indicator,period,dimensions,value
      average_debt,2026-10,,520.00
      average_debt,2026-10,status=departed,325.00
      average_debt,2026-10,status=present,715.00
      debtors,2026-10,,4
      debtors,2026-10,agency=AVI,2
      debtors,2026-10,agency=AVI;status=departed,1
      debtors,2026-10,agency=AVI;status=present,1
      debtors,2026-10,agency=CAR,2
      debtors,2026-10,agency=CAR;status=departed,1
      debtors,2026-10,agency=CAR;status=present,1
      debtors,2026-10,status=departed,2
      debtors,2026-10,status=present,2

      """)
    let lines = Set(CSVRenderer.render(values).split(separator: "\n").map(String.init))
    XCTAssertTrue(lines.contains("receivables,2026-10,status=departed,650.00"))
    XCTAssertTrue(lines.contains("recovery_rate,2026-10,agency=AVI,0.821053"))
    XCTAssertTrue(
      lines.contains("ageing_amount,2026-10,agency=AVI;bucket=m0_1;status=present,800.00"))
    XCTAssertTrue(lines.contains("bridge,2026-10,type=paiement,-1030.00"))
  }

  func testNullAndJSON() throws {
    let values = try CaseloadTests.build().engine().compute(period: Self.october)
    let s5 = try XCTUnwrap(
      values.first { $0.indicator == "cases_per_fte" && $0.dimensions.text == "staff=S5" })
    XCTAssertEqual(CSVRenderer.line(s5), "cases_per_fte,2026-10,staff=S5,")
    XCTAssertEqual(
      JSONRenderer.line(s5),
      #"{"indicator":"cases_per_fte","period":"2026-10","dimensions":{"staff":"S5"},"value":null}"#)
    let actions = try XCTUnwrap(
      values.first {
        $0.indicator == "actions_done" && $0.dimensions.text == "staff=S1;type=relance_courrier"
      })
    XCTAssertEqual(
      JSONRenderer.line(actions),
      #"{"indicator":"actions_done","period":"2026-10","dimensions":{"staff":"S1","type":"relance_courrier"},"value":2}"#
    )
    let total = try XCTUnwrap(
      values.first { $0.indicator == "portfolio_debt" && $0.dimensions.isTotal })
    XCTAssertEqual(
      JSONRenderer.line(total),
      #"{"indicator":"portfolio_debt","period":"2026-10","dimensions":{},"value":2401.00}"#)
    XCTAssertEqual(JSONRenderer.render(values).split(separator: "\n").count, values.count)
  }

  func testDimensionTextIsQuotedWhenItMustBe() {
    let v = IndicatorValue(
      indicator: "debtors", period: Self.october, dimensions: Dimensions(["agency": "A,\"B\""]),
      unit: .count, number: .integer(3))
    XCTAssertEqual(CSVRenderer.line(v), #"debtors,2026-10,"agency=A,""B""",3"#)
    XCTAssertEqual(
      JSONRenderer.line(v),
      #"{"indicator":"debtors","period":"2026-10","dimensions":{"agency":"A,\"B\""},"value":3}"#)
  }

  func testDimensionsCanonicalText() {
    let d = Dimensions(["status": "present", "agency": "AVI", "bucket": "m3_6"])
    XCTAssertEqual(d.text, "agency=AVI;bucket=m3_6;status=present")
    XCTAssertEqual(Dimensions(text: d.text), d)
    XCTAssertEqual(Dimensions(text: ""), .total)
    XCTAssertNil(Dimensions(text: "agency"))
    XCTAssertEqual(d.removing("bucket").text, "agency=AVI;status=present")
  }

  func testTableForPeople() throws {
    func v(_ id: String, _ unit: IndicatorUnit, _ n: IndicatorNumber?) -> IndicatorValue {
      IndicatorValue(indicator: id, period: Self.october, dimensions: .total, unit: unit, number: n)
    }
    let nnbsp = "\u{202F}"
    let nbsp = "\u{00A0}"
    XCTAssertEqual(
      TableRenderer.text(of: v("receivables", .eur, .integer(123_456_789))),
      "1\(nnbsp)234\(nnbsp)567,89\(nbsp)€")
    XCTAssertEqual(
      TableRenderer.text(of: v("recovery_rate", .ratio, .real(0.97349))), "97,3\(nbsp)%")
    XCTAssertEqual(TableRenderer.text(of: v("receivables_months", .ratio, .real(8.108108))), "8,11")
    XCTAssertEqual(TableRenderer.text(of: v("debtors", .count, .integer(12_345))), "12\(nnbsp)345")
    XCTAssertEqual(TableRenderer.text(of: v("recovery_rate", .ratio, nil)), "—")
    let table = TableRenderer.render([
      v("debtors", .count, .integer(4)), v("billing", .eur, .integer(150_000)),
    ])
    XCTAssertEqual(
      table,
      """
      Indicateur  Dimensions      Valeur
      billing                 1\(nnbsp)500,00\(nbsp)€
      debtors                          4

      """)
  }

  func testCatalogueListing() {
    let csv = CatalogueListing.render(.standard, format: .csv)
    XCTAssertTrue(csv.hasPrefix("indicator,version,unit,dimensions,definition_fr,definition_en\n"))
    XCTAssertTrue(csv.contains("\nreceivables,1,eur,agency;status;phase,"))
    let table = CatalogueListing.render(.standard, format: .table)
    XCTAssertTrue(table.contains(Catalogue.standard.definitionsHash))
    XCTAssertEqual(
      CatalogueListing.render(.standard, format: .json).split(separator: "\n").count,
      Catalogue.standard.definitions.count)
  }
}
