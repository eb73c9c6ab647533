import ArdoiseCore
import Foundation
import XCTest

@testable import ArdoiseReports

/// French formats and raw values as templates see them.
final class ContextTests: XCTestCase {
  let nnbsp = "\u{202F}"
  let nbsp = "\u{00A0}"

  func testDisplayAndMachineForms() {
    let day = Day(year: 2026, month: 10, day: 31)!
    let cases: [(DataValue, String, String?)] = [
      (.money(123_456), "1\(nnbsp)234,56\(nbsp)€", "1234.56"),
      (.money(-5), "-0,05\(nbsp)€", "-0.05"),
      (.count(1234), "1\(nnbsp)234", "1234"),
      (.ratio(0.9734), "97,3\(nbsp)%", "0.973400"),
      (.days(12.5), "12,5\(nbsp)j", "12.50"),
      (.decimal(3.25), "3,3", "3.2500"),
      (.date(day), "31/10/2026", "2026-10-31"),
      (.month(Month(year: 2026, month: 10)), "oct. 2026", "2026-10"),
      (.flag(true), "oui", "true"),
      (.text("=1+1"), "=1+1", "=1+1"),
      (.null, "—", nil),
      (.ratio(nil), "—", nil),
      (.ratio(.nan), "—", nil),
      (.date(nil), "—", nil),
    ]
    for (value, display, machine) in cases {
      XCTAssertEqual(value.display, display, "\(value)")
      XCTAssertEqual(value.machine, machine, "\(value)")
    }
  }

  func testDifferences() {
    XCTAssertEqual(DataValue.money(10_000).difference(from: .money(9_000)), "+10,00\(nbsp)€")
    XCTAssertEqual(DataValue.ratio(0.973).difference(from: .ratio(0.992)), "-1,9\(nbsp)pt")
    XCTAssertEqual(DataValue.ratio(0.9812).difference(from: .ratio(0.9813)), "0,0\(nbsp)pt")
    XCTAssertEqual(DataValue.count(5).difference(from: .count(7)), "-2")
    XCTAssertNil(DataValue.count(5).difference(from: .null))
    let figure = HeadlineFigure(
      id: "receivables", label: "Créances", value: .money(150_000_00),
      previousMonth: .money(140_000_00), lastYear: .money(160_000_00),
      preference: .lowerIsBetter)
    XCTAssertEqual(figure.record[field: "value_short"], .text("150\(nnbsp)000\(nbsp)€"))
    XCTAssertEqual(figure.record[field: "trend_month"], .text("up"))
    XCTAssertEqual(figure.record[field: "tone_month"], .text("bad"))
    XCTAssertEqual(figure.record[field: "tone_year"], .text("good"))
    XCTAssertEqual(figure.record[field: "note"], .null)
  }

  func testTheContextHasDisplayAndRawKeys() throws {
    let value = DataValue.record([
      "balance": .money(123_456), "rate": .ratio(0.9734),
      "on": .date(Day(year: 2026, month: 10, day: 31)),
      "missing": .null, "plan": .flag(false), "rows": .list([.record(["n": .count(1)])]),
    ])
    let context = try XCTUnwrap(try value.templateContext() as? [String: Any])
    XCTAssertEqual(context["balance"] as? String, "1\(nnbsp)234,56\(nbsp)€")
    XCTAssertEqual(context["balance_raw"] as? String, "1234.56")
    XCTAssertEqual(context["rate"] as? String, "97,3\(nbsp)%")
    XCTAssertEqual(context["rate_raw"] as? String, "0.973400")
    XCTAssertEqual(context["on"] as? String, "31/10/2026")
    XCTAssertEqual(context["on_raw"] as? String, "2026-10-31")
    XCTAssertEqual((context["missing"] as? ContextScalar)?.text, "—")
    XCTAssertEqual((context["missing"] as? ContextScalar)?.isFalse, true)
    XCTAssertTrue(context["missing_raw"] is NSNull)
    XCTAssertEqual((context["plan"] as? ContextScalar)?.text, "non")
    XCTAssertEqual(context["plan_raw"] as? Bool, false)
    XCTAssertEqual(context["rows_count"] as? String, "1")
    let rows = try XCTUnwrap(context["rows"] as? [[String: Any]])
    XCTAssertEqual(rows[0]["n"] as? String, "1")
  }

  func testTemplatesSeeFrenchFormats() throws {
    let templates = try TestPaths.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: templates) }
    try TestPaths.write(
      """
      title: Essai
      formats: [html]
      datasets: [headline]
      sections:
        - title: Chiffres
          figures: headline
      """, templates, "r/report.yaml")
    try TestPaths.write(
      """
      {{#data.headline}}[{{label}}|{{value}}|{{value_raw}}|{{#note}}note:{{note}}{{/note}}{{^note}}sans note{{/note}}]
      {{/data.headline}}{{run.closing_date}} {{run.period_label}} {{report.period}}
      """, templates, "r/report.html.mustache")
    let report = try ReportTemplates(directory: templates).load("r")
    let figures = [
      HeadlineFigure(
        id: "a", label: "Taux", value: .ratio(0.97331), previousMonth: .null, lastYear: .null),
      HeadlineFigure(
        id: "b", label: "Créances", value: .money(115_304_900), previousMonth: .null,
        lastYear: .null, note: "n<1>"),
    ]
    let html = try ReportRenderer().renderHTML(
      report, parameters: ReportParameters(period: SampleDatasets.period),
      metadata: SampleDatasets.metadata, datasets: ["headline": .list(figures.map(\.record))])
    XCTAssertEqual(
      html,
      """
      [Taux|97,3\(nbsp)%|0.973310|sans note]
      [Créances|1\(nnbsp)153\(nnbsp)049,00\(nbsp)€|1153049.00|note:n&lt;1&gt;]
      31/10/2026 octobre 2026 2026-10
      """)
  }

  func testFieldNamesTemplatesCannotUseAreRefused() {
    for name in ["bad-name", "1st", "é", "a b", ""] {
      XCTAssertThrowsError(try DataValue.record([name: .count(1)]).templateContext(path: "d"), name)
    }
    XCTAssertThrowsError(
      try DataValue.record(["x": .count(1), "x_raw": .count(2)]).templateContext(path: "d")
    ) { XCTAssertTrue("\($0)".contains("derived key")) }
  }

  func testDatasetErrorsNameTheDatasetTheRowAndTheField() throws {
    let table = TableDefinition(
      dataset: "caseload",
      columns: [ColumnDefinition(header: "Dossiers", field: "open_cases", format: .count)])
    XCTAssertThrowsError(
      try ResolvedTable(table, dataset: .list([.record(["open_cases": .count(1)]), .record([:])]))
    ) { XCTAssertEqual("\($0)", "dataset 'caseload', row 2: no field 'open_cases'") }
    XCTAssertThrowsError(
      try ResolvedTable(table, dataset: .list([.record(["open_cases": .money(1)])]))
    ) {
      XCTAssertEqual(
        "\($0)", "dataset 'caseload', row 1, field 'open_cases': expected count, found money")
    }
    XCTAssertThrowsError(try ResolvedTable(table, dataset: .count(3))) {
      XCTAssertEqual($0 as? DatasetError, .notAList(dataset: "caseload"))
    }
  }

  func testSortingIsStableFrenchAndKeepsTotalsLast() throws {
    let table = TableDefinition(
      dataset: "d",
      columns: [
        ColumnDefinition(header: "Nom", field: "name"),
        ColumnDefinition(header: "Solde", field: "balance", format: .money),
      ],
      sort: [SortKey(field: "balance", descending: true), SortKey(field: "name")], emphasis: "total"
    )
    func r(_ name: String, _ cents: Int64?, total: Bool = false) -> DataValue {
      .record(["name": .text(name), "balance": .money(cents), "total": .flag(total)])
    }
    let resolved = try ResolvedTable(
      table,
      dataset: .list([
        r("Total", 900, total: true), r("zoé", 100), r("Émile", 300), r("eve", 100), r("Nul", nil),
        r("Alain", 400),
      ]))
    XCTAssertEqual(
      resolved.rows.map { $0[0].display }, ["Alain", "Émile", "eve", "zoé", "Nul", "Total"])
    XCTAssertEqual(resolved.emphasised, [false, false, false, false, false, true])
  }
}
