extension SVGChartRenderer {
  /// Horizontal bars stacked per category (one row per advisor, the series end to end:
  /// positive values right from 0, negative ones left), the total written at the end of each
  /// bar: many categories stay readable where stacked columns would cut their labels.
  func drawStackedBars(_ svg: inout SVGWriter, _ numbers: [[Double?]]) {
    let band = 22.0
    var probe = SVGWriter()
    let top = drawLegend(&probe, top: 0) + 8
    let height = top + band * Double(data.categories.count) + 28
    openRoot(&svg, height: height)
    _ = drawLegend(&svg, top: 0)

    let labels = data.categories.map {
      ChartLabels.truncated(ChartLabels.category($0), maxCharacters: 22)
    }
    let labelWidth = labels.map { ChartLabels.width($0, fontSize: Self.fontSize) }.max() ?? 0
    let left = (8 + labelWidth + 10).rounded(.up)
    let right = Self.width - 56
    let bottom = top + band * Double(data.categories.count)
    let rows = data.categories.indices.map { i in numbers.compactMap { $0[i] } }
    let scale = ChartScale(
      values: rows.map { $0.filter { $0 > 0 }.reduce(0, +) }
        + rows.map { $0.filter { $0 < 0 }.reduce(0, +) }, includeZero: true)
    func x(_ v: Double) -> Double { scale.position(v, from: left, to: right) }

    for tick in scale.ticks {
      svg.element(
        "line",
        [
          ("x1", SVGWriter.number(x(tick))), ("y1", SVGWriter.number(top)),
          ("x2", SVGWriter.number(x(tick))), ("y2", SVGWriter.number(bottom)),
          ("stroke", tick == 0 ? "#888" : "#e2e2e2"), ("stroke-width", "1"),
        ])
      svg.text(
        ChartLabels.tick(tick, step: scale.step, format: data.valueFormat, upper: scale.upper),
        x: x(tick), y: bottom + 15, anchor: "middle", [("fill", "#555")])
    }
    for (i, label) in labels.enumerated() {
      let rowTop = top + band * Double(i)
      svg.text(label, x: left - 8, y: rowTop + band / 2 + 4, anchor: "end", [("fill", "#333")])
      var (up, down) = (0.0, 0.0)
      for (s, series) in numbers.enumerated() {
        guard let v = series[i], v != 0 else { continue }
        let start = v > 0 ? up : down
        let end = start + v
        if v > 0 { up = end } else { down = end }
        let x0 = x(min(start, end))
        svg.open(
          "rect",
          [
            ("x", SVGWriter.number(x0)), ("y", SVGWriter.number(rowTop + 4)),
            ("width", SVGWriter.number(x(max(start, end)) - x0)),
            ("height", SVGWriter.number(band - 8)), ("fill", Self.color(s)),
          ])
        svg.tooltip(tooltip(category: i, series: s))
        svg.close("rect")
      }
      guard !rows[i].isEmpty else { continue }
      svg.text(
        ChartLabels.number(up + down, format: data.valueFormat), x: x(up) + 4,
        y: rowTop + band / 2 + 4,
        [("fill", "#333"), ("font-size", SVGWriter.number(Self.smallFontSize))])
    }
    svg.close("svg")
  }
}
