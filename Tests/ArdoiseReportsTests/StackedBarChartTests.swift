import ArdoiseCore
import XCTest

@testable import ArdoiseReports

/// Horizontal stacked bars (open cases of each advisor by phase) and dashed trend lines past the
/// palette.
final class StackedBarChartTests: XCTestCase {
  func testStackedBarsPutTheSeriesEndToEndWithTheTotal() throws {
    let chart = ChartDefinition(
      id: "phases", kind: .stackedBar, title: "Dossiers par phase", dataset: "caseload_by_phase",
      categories: "name",
      series: [
        .init(field: "amiable", title: "Amiable"),
        .init(field: "contentieux", title: "Contentieux"),
      ])
    let rows: [DataValue] = [("Alice", 10, 30), ("Bruno", 0, 20)].map {
      .record([
        "name": .text($0.0), "amiable": .count(Int64($0.1)), "contentieux": .count(Int64($0.2)),
      ])
    }
    let out = SVGChartRenderer(
      chart: chart, data: try ChartData(chart: chart, dataset: .list(rows))
    )
    .render().markup
    // Legend on one line (bottom 22), rows from 30, 22 high. Labels "Alice"/"Bruno" are
    // 5 × 7.2 = 36 wide: the plot runs from 8 + 36 + 10 = 54 to 480 − 56 = 424 for 0 to 40
    // (ticks by 10): 9.25 a case. Alice: amiable 54 → 146.5, contentieux 146.5 → 424, total 40
    // at 428; Bruno: contentieux alone, 54 → 239 (no zero-width amiable bar).
    XCTAssertTrue(
      out.contains(##"<rect x="54.0" y="34.0" width="92.5" height="14.0" fill="#1f5f8b">"##), out)
    XCTAssertTrue(
      out.contains(##"<rect x="146.5" y="34.0" width="277.5" height="14.0" fill="#e08a00">"##), out)
    XCTAssertTrue(
      out.contains(##"<rect x="54.0" y="56.0" width="185.0" height="14.0" fill="#e08a00">"##), out)
    XCTAssertEqual(out.components(separatedBy: "<rect x=\"54.0\" y=\"56.0\"").count, 2)
    XCTAssertTrue(out.contains(#">40</text>"#))
    XCTAssertTrue(out.contains("<title>Alice — Contentieux : 30</title>"))
  }

  func testTrendLinesPastThePaletteAreDashed() throws {
    let series = (0..<10).map { ChartDefinition.Series(field: "v\($0)", title: "S\($0)") }
    let chart = ChartDefinition(
      id: "t", kind: .line, title: "Tendance", dataset: "caseload_trend", categories: "month",
      series: series)
    let rows: [DataValue] = (1...2).map { m in
      var fields: [String: DataValue] = ["month": .month(Month(year: 2026, month: m))]
      for i in 0..<10 { fields["v\(i)"] = .decimal(Double(i + m)) }
      return .record(fields)
    }
    let out = SVGChartRenderer(
      chart: chart, data: try ChartData(chart: chart, dataset: .list(rows))
    )
    .render().markup
    // Eight colours: the ninth and tenth lines reuse the first two, dashed.
    XCTAssertEqual(out.components(separatedBy: "stroke-dasharray=\"6 3\"").count - 1, 2)
  }
}
