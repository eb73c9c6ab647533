import ArdoiseCore
import ArdoiseIndicators
import ArdoiseStore
import Foundation
import XCTest

@testable import ArdoiseReports

/// The disclosure rule, the fiche de lien's escaping and statuses, and the provider's errors,
/// on a store built by hand for October 2026.
///
/// Stays: S1, S2, S3 (households H1–H3, unit U1) entered in September and left on 10-05, 10-10
/// and 10-31: three exits in October. Measures of the Métropole (asll): M1 (H1, holder
/// `<b>O'Brien & fils</b>`) notified 10-02, started 10-29, ended 10-31 (3 active days, notified
/// and ended in the month: terminée); M2 (H2) notified 10-15, not started (nouvelle).
final class HousingDisclosureTests: XCTestCase {
  private var output = ""

  override func setUpWithError() throws { output = try TestPaths.temporaryFolder() }
  override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: output) }

  static let hostile = "<b>O'Brien & fils</b>"

  static func build(_ parameters: Parameters) throws -> HousingDatasetProvider {
    let s = try HousingStore()
    try s.unit("U1")
    try s.household("H1", holder: hostile)
    try s.household("H2", holder: "ROBIN René")
    try s.household("H3", holder: "MARTIN Léa")
    for (i, left) in ["2026-10-05", "2026-10-10", "2026-10-31"].enumerated() {
      try s.stay("S\(i + 1)", "H\(i + 1)", "U1", "2026-09-0\(i + 1)", left)
    }
    try s.measure("M1", "H1", notified: "2026-10-02", started: "2026-10-29", ended: "2026-10-31")
    try s.measure("M2", "H2", notified: "2026-10-15")
    _ = try IndicatorEngine(store: s.store, parameters: parameters).computeAndStore(
      period: Period("2026-10")!, programVersion: "test")
    return HousingDatasetProvider(store: s.store, parameters: parameters)
  }

  static func parameters(minCell: Int? = 5, rule: String = "month_started") -> Parameters {
    var p = Parameters()
    p.minCell = minCell
    p.billingRule = rule
    p.monthlyRates = ["asll": 25_000]
    return p
  }

  private func exits(_ provider: HousingDatasetProvider) throws -> DataValue? {
    try provider.dataset(
      named: "deets_flows", parameters: ReportParameters(period: Period("2026-10")!)
    ).elements?[1][field: "value"]
  }

  func testACountOfThreeIsHiddenUnderTheRule() throws {
    // Three exits: shown "< 5" with min_cell 5, "< 4" with 4, 3 with 3 or without a rule.
    XCTAssertEqual(try exits(Self.build(Self.parameters())), .text("< 5"))
    XCTAssertEqual(try exits(Self.build(Self.parameters(minCell: 4))), .text("< 4"))
    XCTAssertEqual(try exits(Self.build(Self.parameters(minCell: 3))), .count(3))
    XCTAssertEqual(try exits(Self.build(Self.parameters(minCell: nil))), .count(3))
    // In both outputs: the HTML escapes it, the workbook has it as text (a text cell).
    let provider = try Self.build(Self.parameters())
    let recorder = WorkbookRecorder()
    let files = try ReportRenderer(xlsxWriter: recorder).render(
      name: "tableaux-deets", period: Period("2026-10")!, provider: provider,
      templatesDirectory: TestPaths.templates, outputDirectory: output,
      metadata: HousingSample.metadata)
    let html = try String(contentsOfFile: files[0].path, encoding: .utf8)
    XCTAssertTrue(
      html.contains(
        "<td class=\"text\">Sorties dans la période (séjours)</td><td class=\"num\">&lt; 5</td>"))
    let flows = try XCTUnwrap(recorder.workbook?.sheets.first { $0.title == "Entrées et sorties" })
    XCTAssertEqual(flows.table.rows[1][1], .text("< 5"))
    // Never in the store nor in the indicators' output.
    let stored = try XCTUnwrap(
      try IndicatorEngine(store: provider.store).stored(period: Period("2026-10")!))
    XCTAssertEqual(stored.values.first { $0.indicator == "iml_exits" }?.count, 3)
  }

  func testTheFicheDeLienNamesEscapedAndCountsAsTheyAre() throws {
    let provider = try Self.build(Self.parameters())
    let recorder = WorkbookRecorder()
    let files = try ReportRenderer(xlsxWriter: recorder).render(
      name: "metropole-asll", period: Period("2026-10")!, provider: provider,
      templatesDirectory: TestPaths.templates, outputDirectory: output,
      metadata: HousingSample.metadata)
    let html = try String(contentsOfFile: files[0].path, encoding: .utf8)
    XCTAssertTrue(html.contains("&lt;b&gt;O&#39;Brien &amp; fils&lt;/b&gt;"))
    XCTAssertFalse(html.contains(Self.hostile))
    let fiche = try XCTUnwrap(recorder.workbook?.sheets.first)
    // M1: notified and ended in October, terminée wins; 3 active days, shown as 3.
    XCTAssertEqual(fiche.table.rows[0][1], .text(Self.hostile))
    XCTAssertEqual(fiche.table.rows[0][8], .text("terminée"))
    XCTAssertEqual(fiche.table.rows[0][10], .count(3))
    XCTAssertEqual(fiche.table.rows[1][8], .text("nouvelle"))
    XCTAssertEqual(fiche.table.rows[1][10], .count(0))
    XCTAssertEqual(fiche.table.rows[1][2], .null, "no référent")
    // The indicators table hides the same count.
    let indicators = try XCTUnwrap(recorder.workbook?.sheets[1])
    XCTAssertEqual(indicators.table.rows[0][1], .text("< 5"), "2 notified")
  }

  func testProrataBillingIsShownInDecimals() throws {
    let provider = try Self.build(Self.parameters(rule: "prorata"))
    let billing = try provider.dataset(
      named: "metropole_billing", parameters: ReportParameters(period: Period("2026-10")!))
    // M1 is active 3 of October's 31 days: 3/31 × 250.00 € = 24.193… → 24.19 €.
    let line = try XCTUnwrap(billing.elements?.first)
    XCTAssertEqual(line[field: "billable_months"], .decimal(3.0 / 31))
    XCTAssertEqual(line[field: "amount"], .money(2419))
    XCTAssertEqual(billing.elements?.last?[field: "amount"], .money(2419))
  }

  func testAPeriodNeverComputedIsAnError() throws {
    let provider = try Self.build(Self.parameters())
    XCTAssertThrowsError(
      try provider.dataset(
        named: "deets_flows", parameters: ReportParameters(period: Period("2026-09")!))
    ) {
      XCTAssertTrue("\($0)".contains("run `ardoise compute --period 2026-09` first"), "\($0)")
    }
    XCTAssertThrowsError(
      try provider.dataset(
        named: "ageing", parameters: ReportParameters(period: Period("2026-10")!))
    ) { XCTAssertEqual($0 as? DatasetError, .unknownDataset("ageing")) }
    XCTAssertThrowsError(
      try ReportRenderer().render(
        name: "metropole-asll", period: Period("2026-Q4")!, formats: [.html], provider: provider,
        templatesDirectory: TestPaths.templates, outputDirectory: output,
        metadata: HousingSample.metadata))
  }

  func testTheRuleItself() {
    let rule = DisclosureRule(minCell: 5)
    XCTAssertEqual(rule.apply(.count(0)), .count(0))
    XCTAssertEqual(rule.apply(.count(1)), .text("< 5"))
    XCTAssertEqual(rule.apply(.count(4)), .text("< 5"))
    XCTAssertEqual(rule.apply(.count(5)), .count(5))
    XCTAssertEqual(rule.apply(.count(nil)), .count(nil))
    XCTAssertEqual(rule.apply(.days(3)), .days(3))
    XCTAssertEqual(DisclosureRule(minCell: nil).apply(.count(2)), .count(2))
    XCTAssertTrue(DataValue.hiddenCount(below: 5).isHiddenCount)
    XCTAssertFalse(DataValue.text("< x").isHiddenCount)
    XCTAssertFalse(DataValue.text("< ").isHiddenCount)
    XCTAssertTrue(ColumnFormat.count.accepts(.text("< 5")))
    XCTAssertFalse(ColumnFormat.count.accepts(.text("5")))
    XCTAssertFalse(ColumnFormat.money.accepts(.text("< 5")))
  }
}
