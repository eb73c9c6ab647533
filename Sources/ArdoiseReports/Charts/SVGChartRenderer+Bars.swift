extension SVGChartRenderer {
  /// Horizontal bars: one row per category (advisor), the series side by side in it, the
  /// value written at the end of each bar.
  func drawBars(_ svg: inout SVGWriter, _ numbers: [[Double?]]) {
    let seriesCount = Double(numbers.count)
    let band = max(22, seriesCount * 14 + 8)
    let barHeight = (band - 8) / seriesCount
    // Measure the legend first, to know where the rows start.
    var probe = SVGWriter()
    let legendBottom = drawLegend(&probe, top: 0)
    let top = legendBottom + 8
    let height = top + band * Double(data.categories.count) + 28
    openRoot(&svg, height: height)
    _ = drawLegend(&svg, top: 0)

    let labels = data.categories.map {
      ChartLabels.truncated(ChartLabels.category($0), maxCharacters: 22)
    }
    let labelWidth = labels.map { ChartLabels.width($0, fontSize: Self.fontSize) }.max() ?? 0
    let left = (8 + labelWidth + 10).rounded(.up)
    let right = Self.width - 72
    let bottom = top + band * Double(data.categories.count)
    let values = numbers.flatMap { $0.compactMap { $0 } }
    let scale = ChartScale(values: values, includeZero: true)
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
      for (s, series) in numbers.enumerated() {
        guard let v = series[i] else { continue }
        let y = rowTop + 4 + barHeight * Double(s)
        let x0 = x(min(0, v))
        let x1 = x(max(0, v))
        svg.open(
          "rect",
          [
            ("x", SVGWriter.number(x0)), ("y", SVGWriter.number(y)),
            ("width", SVGWriter.number(x1 - x0)), ("height", SVGWriter.number(barHeight - 2)),
            ("fill", Self.color(s)),
          ])
        svg.tooltip(tooltip(category: i, series: s))
        svg.close("rect")
        svg.text(
          ChartLabels.value(data.series[s].values[i]), x: x1 + 4, y: y + barHeight / 2 + 4,
          [("fill", "#333"), ("font-size", SVGWriter.number(Self.smallFontSize))])
      }
    }
    svg.close("svg")
  }
}
