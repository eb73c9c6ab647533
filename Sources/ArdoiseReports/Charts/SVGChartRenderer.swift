/// Draws a chart as inline SVG: a line chart for 13-month trends, stacked columns for ageing by
/// bucket × status, horizontal bars per advisor, side by side or stacked.
///
/// Output is deterministic: the layout depends on the data only, coordinates have one decimal,
/// and every text (labels, legend, tooltips) is escaped. Sizes are in SVG user units; the page
/// scales the drawing down to the screen's width.
struct SVGChartRenderer {
  /// The drawing's width.
  static let width = 480.0
  /// The text size of labels.
  static let fontSize = 12.0
  /// The text size of values written on bars and of axis titles.
  static let smallFontSize = 11.0
  /// The series colours, in order (colour-blind safe: blue, orange, green, purple…).
  static let palette = [
    "#1f5f8b", "#e08a00", "#2a9d74", "#b5568f", "#56a0d3", "#c9472b", "#6b6b6b", "#8c7a00",
  ]

  /// The chart's definition.
  let chart: ChartDefinition
  /// Its numbers.
  let data: ChartData

  /// The SVG of the chart.
  func render() -> TrustedHTML {
    let numbers = data.numbers
    let present = numbers.flatMap { $0.compactMap { $0 } }
    guard !data.categories.isEmpty, !present.isEmpty else { return empty() }
    var svg = SVGWriter()
    switch chart.kind {
    case .line: drawLine(&svg, numbers)
    case .stackedColumn: drawStackedColumns(&svg, numbers)
    case .bar: drawBars(&svg, numbers)
    case .stackedBar: drawStackedBars(&svg, numbers)
    }
    return TrustedHTML(markup: svg.markup)
  }

  /// The colour of series `i`.
  static func color(_ i: Int) -> String { palette[i % palette.count] }

  /// The dash pattern of line `i`: solid for the first round of colours, dashed after, so
  /// that two lines of the same colour (a dozen advisors) stay apart.
  static func dash(_ i: Int) -> String? { i < palette.count ? nil : "6 3" }

  /// Opens the root element and writes the title for screen readers.
  func openRoot(_ svg: inout SVGWriter, height: Double) {
    svg.open(
      "svg",
      [
        ("viewBox", "0 0 \(SVGWriter.number(Self.width)) \(SVGWriter.number(height))"),
        ("width", SVGWriter.number(Self.width)), ("height", SVGWriter.number(height)),
        ("role", "img"), ("aria-label", chart.title),
        ("font-family", "system-ui, sans-serif"), ("font-size", SVGWriter.number(Self.fontSize)),
        ("class", "chart-svg"),
      ])
    svg.element("title", [], text: chart.title)
  }

  /// The legend, wrapped on as many lines as needed; returns the y under it.
  func drawLegend(_ svg: inout SVGWriter, top: Double) -> Double {
    var x = 8.0
    var y = top + 12
    for (i, series) in data.series.enumerated() {
      let itemWidth = 14 + ChartLabels.width(series.title, fontSize: Self.fontSize) + 16
      if x > 8, x + itemWidth > Self.width - 8 {
        x = 8
        y += 16
      }
      if chart.kind == .line {
        svg.element(
          "line",
          [
            ("x1", SVGWriter.number(x - 1)), ("y1", SVGWriter.number(y - 4)),
            ("x2", SVGWriter.number(x + 11)), ("y2", SVGWriter.number(y - 4)),
            ("stroke", Self.color(i)), ("stroke-width", "3"),
          ] + (Self.dash(i) == nil ? [] : [("stroke-dasharray", "4 2")]))
      } else {
        svg.element(
          "rect",
          [
            ("x", SVGWriter.number(x)), ("y", SVGWriter.number(y - 9)), ("width", "10"),
            ("height", "10"), ("fill", Self.color(i)),
          ])
      }
      svg.text(series.title, x: x + 14, y: y, [("fill", "#333")])
      x += itemWidth
    }
    var bottom = y + 10
    if let title = chart.yTitle {
      svg.text(
        title, x: 8, y: bottom + 10,
        [("fill", "#555"), ("font-size", SVGWriter.number(Self.smallFontSize))])
      bottom += 14
    }
    return bottom
  }

  /// A chart with nothing to draw.
  func empty() -> TrustedHTML {
    var svg = SVGWriter()
    openRoot(&svg, height: 60)
    svg.text(
      "Aucune donnée", x: Self.width / 2, y: 34, anchor: "middle", [("fill", "#666")])
    svg.close("svg")
    return TrustedHTML(markup: svg.markup)
  }

  /// The tooltip of one value: `oct. 2026 — Taux du mois : 97,3 %`.
  func tooltip(category: Int, series: Int) -> String {
    ChartLabels.category(data.categories[category]) + " — " + data.series[series].title + " : "
      + ChartLabels.value(data.series[series].values[category])
  }
}
