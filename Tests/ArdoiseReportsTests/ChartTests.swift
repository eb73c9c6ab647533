import ArdoiseCore
import XCTest

@testable import ArdoiseReports

/// The SVG charts: coordinates computed by hand, French labels, escaping, determinism.
final class ChartTests: XCTestCase {
  let nbsp = "\u{00A0}"

  func svg(_ chart: ChartDefinition, _ rows: [DataValue]) throws -> String {
    SVGChartRenderer(chart: chart, data: try ChartData(chart: chart, dataset: .list(rows)))
      .render().markup
  }

  func testRoundScales() {
    XCTAssertEqual(ChartScale(values: [0.95, 0.97, 0.99], includeZero: false).ticks.count, 5)
    let s = ChartScale(values: [0.95, 0.99], includeZero: false)
    XCTAssertEqual(s.lower, 0.95, accuracy: 1e-12)
    XCTAssertEqual(s.upper, 0.99, accuracy: 1e-12)
    XCTAssertEqual(s.step, 0.01, accuracy: 1e-12)
    let money = ChartScale(values: [12_345, 1_802_335], includeZero: true)
    XCTAssertEqual([money.lower, money.upper, money.step], [0, 2_000_000, 500_000])
    XCTAssertEqual(ChartScale.roundStep(7.5), 10)
    XCTAssertEqual(ChartScale.roundStep(0.22), 0.25)
    XCTAssertEqual(
      ChartLabels.tick(1_500_000, step: 500_000, format: .money, upper: 2_000_000),
      "1\u{202F}500\(nbsp)k€")
    XCTAssertEqual(ChartLabels.tick(0.975, step: 0.005, format: .ratio, upper: 1), "97,5\(nbsp)%")
    XCTAssertEqual(
      ChartLabels.tick(25_000_000, step: 5_000_000, format: .money, upper: 3e7), "25\(nbsp)M€")
  }

  func testALineChartOnKnownData() throws {
    let chart = ChartDefinition(
      id: "taux", kind: .line, title: "Taux", dataset: "trend_13m", categories: "month",
      series: [.init(field: "recovery_rate", title: "Taux du mois")])
    let rows: [DataValue] = [(2025, 12, 0.95), (2026, 1, 0.97), (2026, 2, 0.99)].map {
      .record(["month": .month(Month(year: $0.0, month: $0.1)), "recovery_rate": .ratio($0.2)])
    }
    let out = try svg(chart, rows)
    // Legend on one line: its bottom at 12 + 10 = 22, the plot from 22 + 8 = 30 down to
    // 270 − 38 = 232. Ticks 95 % to 99 % by 1 %: widest label "95 %" is 4 × 7.2 = 28.8, so the
    // plot starts at max(36, 28.8 + 12 → 41) = 41 and ends at 480 − 12 = 468: three bands of
    // 427 / 3 = 142.33. x = 41 + 142.33 × (i + 0.5) = 112.2, 254.5, 396.8;
    // y = 232 − (v − 0.95) / 0.04 × 202 = 232.0, 131.0, 30.0.
    XCTAssertTrue(out.contains("points=\"112.2,232.0 254.5,131.0 396.8,30.0\""), out)
    XCTAssertTrue(out.contains("<circle cx=\"254.5\" cy=\"131.0\" r=\"3\""))
    XCTAssertTrue(out.contains("<title>janv. 2026 — Taux du mois : 97,0\(nbsp)%</title>"))
    // Gridline and label of the 97 % tick.
    XCTAssertTrue(out.contains("<line x1=\"41.0\" y1=\"131.0\" x2=\"468.0\" y2=\"131.0\""))
    XCTAssertTrue(out.contains(">97\(nbsp)%</text>"))
    // French months; the year under the first month and the first month of each year.
    for label in [">déc.</text>", ">2025</text>", ">janv.</text>", ">2026</text>", ">févr.</text>"]
    {
      XCTAssertTrue(out.contains(label), label)
    }
    XCTAssertTrue(out.hasPrefix("<svg viewBox=\"0 0 480.0 270.0\""))
    XCTAssertEqual(try svg(chart, rows), out, "deterministic")
  }

  func testStackedColumnsOnKnownData() throws {
    let chart = ChartDefinition(
      id: "ageing", kind: .stackedColumn, title: "Âge", dataset: "caseload_by_phase",
      categories: "name",
      series: [
        .init(field: "amiable", title: "Amiable"),
        .init(field: "contentieux", title: "Contentieux"),
      ])
    let rows: [DataValue] = [
      .record(["name": .text("A"), "amiable": .count(10), "contentieux": .count(20)]),
      .record(["name": .text("B"), "amiable": .count(30), "contentieux": .count(nil)]),
    ]
    let out = try svg(chart, rows)
    // Stacks of 30 and 30: scale 0 to 30 by 10. Labels "30" are 14.4 wide: the plot starts at
    // 36 and ends at 468, two bands of 216, bars 129.6 wide centred at 144 and 360.
    // y(v) = 232 − v / 30 × 202: y(10) = 164.7, y(30) = 30.0.
    XCTAssertTrue(out.contains("<rect x=\"79.2\" y=\"164.7\" width=\"129.6\" height=\"67.3\""), out)
    XCTAssertTrue(out.contains("<rect x=\"79.2\" y=\"30.0\" width=\"129.6\" height=\"134.7\""))
    XCTAssertTrue(out.contains("<rect x=\"295.2\" y=\"30.0\" width=\"129.6\" height=\"202.0\""))
    // The total above each stack.
    XCTAssertTrue(out.contains("<text x=\"144.0\" y=\"26.0\" text-anchor=\"middle\""))
  }

  func testHorizontalBarsOnKnownData() throws {
    let chart = ChartDefinition(
      id: "charge", kind: .bar, title: "Charge", dataset: "caseload", categories: "name",
      series: [.init(field: "cases_per_fte", title: "Dossiers par ETP")])
    let rows: [DataValue] = [
      .record(["name": .text("Ann"), "cases_per_fte": .decimal(150)]),
      .record(["name": .text("<Bob>"), "cases_per_fte": .decimal(75)]),
    ]
    let out = try svg(chart, rows)
    // Rows of 22 from y = 30; labels "<Bob>" 5 × 7.2 = 36 wide: bars from 8 + 36 + 10 = 54 to
    // 480 − 72 = 408 for 0 to 150 (step 50): 150 → 354 wide, 75 → 177.
    XCTAssertTrue(out.contains("<rect x=\"54.0\" y=\"34.0\" width=\"354.0\" height=\"12.0\""), out)
    XCTAssertTrue(out.contains("<rect x=\"54.0\" y=\"56.0\" width=\"177.0\" height=\"12.0\""))
    XCTAssertTrue(out.contains(">&lt;Bob&gt;</text>"))
    XCTAssertTrue(out.contains(">150,0</text>"))
    XCTAssertFalse(out.contains("<Bob>"))
  }

  func testPivotedSeriesAndEmptyCharts() throws {
    let chart = ChartDefinition(
      id: "t", kind: .line, title: "T", dataset: "caseload_trend", categories: "month",
      groupBy: "name", value: "open_cases")
    let m = Month(year: 2026, month: 9)!
    let rows: [DataValue] = [
      .record(["month": .month(m), "name": .text("Zoé"), "open_cases": .count(3)]),
      .record(["month": .month(m), "name": .text("Ann"), "open_cases": .count(4)]),
      .record(["month": .month(m.adding(1)), "name": .text("Ann"), "open_cases": .count(5)]),
    ]
    let data = try ChartData(chart: chart, dataset: .list(rows))
    XCTAssertEqual(data.series.map(\.title), ["Ann", "Zoé"])
    XCTAssertEqual(data.series[1].values, [.count(3), .null])
    XCTAssertEqual(data.valueFormat, .count)
    XCTAssertTrue(try svg(chart, []).contains("Aucune donnée"))
  }
}
