import ArdoiseCore

extension SVGChartRenderer {
  /// The height of line and column charts.
  static let columnChartHeight = 270.0

  /// The frame of a vertical chart: value axis on the left, categories along the bottom.
  struct VerticalFrame {
    let left: Double
    let right: Double
    let top: Double
    let bottom: Double
    let scale: ChartScale
    /// The width of one category.
    var band: Double
    /// The centre of category `i`.
    func x(_ i: Int) -> Double { left + band * (Double(i) + 0.5) }
    /// The vertical position of a value.
    func y(_ v: Double) -> Double { scale.position(v, from: bottom, to: top) }
  }

  /// Draws the value axis, grid and category labels, and returns the frame to plot in.
  func verticalFrame(_ svg: inout SVGWriter, scale: ChartScale) -> VerticalFrame {
    let top = drawLegend(&svg, top: 0) + 8
    let labels = scale.ticks.map {
      ChartLabels.tick($0, step: scale.step, format: data.valueFormat, upper: scale.upper)
    }
    let labelWidth = labels.map { ChartLabels.width($0, fontSize: Self.fontSize) }.max() ?? 0
    let left = max(36, (labelWidth + 12).rounded(.up))
    let bottom = Self.columnChartHeight - 38
    let right = Self.width - 12
    let frame = VerticalFrame(
      left: left, right: right, top: top, bottom: bottom, scale: scale,
      band: (right - left) / Double(data.categories.count))
    for (tick, label) in zip(scale.ticks, labels) {
      let y = frame.y(tick)
      svg.element(
        "line",
        [
          ("x1", SVGWriter.number(left)), ("y1", SVGWriter.number(y)),
          ("x2", SVGWriter.number(right)), ("y2", SVGWriter.number(y)),
          ("stroke", tick == 0 ? "#888" : "#e2e2e2"), ("stroke-width", "1"),
        ])
      svg.text(label, x: left - 6, y: y + 4, anchor: "end", [("fill", "#555")])
    }
    drawCategoryLabels(&svg, frame)
    return frame
  }

  /// The category labels under the plot: for months, the month and, under the first label and
  /// the first of each year, the year; other labels on up to two lines. When labels are wider
  /// than a category, only every second (or third…) one is written, the last always.
  func drawCategoryLabels(_ svg: inout SVGWriter, _ frame: VerticalFrame) {
    let texts = data.categories.map { category -> String in
      let label = ChartLabels.category(category)
      if case .month = category { return String(label.prefix { $0 != " " }) }
      return label
    }
    let isMonth = data.categories.allSatisfy {
      if case .month(.some) = $0 { return true } else { return false }
    }
    let widest = texts.map { ChartLabels.width($0, fontSize: Self.fontSize) }.max() ?? 0
    let every = isMonth ? max(1, Int((widest + 6) / frame.band) + 1) : 1
    let maxCharacters = max(3, Int(frame.band / (Self.fontSize * 0.6)))
    var lastYear: Int?
    for (i, category) in data.categories.enumerated()
    where (data.categories.count - 1 - i) % every == 0 {
      let x = frame.x(i)
      if case .month(let m?) = category {
        svg.text(texts[i], x: x, y: frame.bottom + 16, anchor: "middle", [("fill", "#333")])
        if lastYear != m.year {
          svg.text(String(m.year), x: x, y: frame.bottom + 31, anchor: "middle", [("fill", "#666")])
          lastYear = m.year
        }
      } else {
        let lines = ChartLabels.lines(texts[i], maxCharacters: maxCharacters)
        for (n, line) in lines.enumerated() {
          svg.text(
            line, x: x, y: frame.bottom + 16 + 15 * Double(n), anchor: "middle",
            [("fill", "#333")])
        }
      }
    }
  }

  /// Lines, one per series, broken where a value is missing; a dot with a tooltip per value.
  func drawLine(_ svg: inout SVGWriter, _ numbers: [[Double?]]) {
    openRoot(&svg, height: Self.columnChartHeight)
    let values = numbers.flatMap { $0.compactMap { $0 } }
    let frame = verticalFrame(&svg, scale: ChartScale(values: values, includeZero: false))
    for (s, series) in numbers.enumerated() {
      var segment: [String] = []
      func flush() {
        if segment.count > 1 {
          svg.element(
            "polyline",
            [
              ("points", segment.joined(separator: " ")), ("fill", "none"),
              ("stroke", Self.color(s)), ("stroke-width", "2"), ("stroke-linejoin", "round"),
            ] + (Self.dash(s).map { [("stroke-dasharray", $0)] } ?? []))
        }
        segment = []
      }
      for (i, value) in series.enumerated() {
        guard let value else {
          flush()
          continue
        }
        segment.append(SVGWriter.number(frame.x(i)) + "," + SVGWriter.number(frame.y(value)))
      }
      flush()
      for (i, value) in series.enumerated() {
        guard let value else { continue }
        svg.open(
          "circle",
          [
            ("cx", SVGWriter.number(frame.x(i))), ("cy", SVGWriter.number(frame.y(value))),
            ("r", "3"), ("fill", Self.color(s)),
          ])
        svg.tooltip(tooltip(category: i, series: s))
        svg.close("circle")
      }
    }
    svg.close("svg")
  }

  /// Columns stacked per category (positive values up from 0, negative ones down), with the
  /// total written above each stack when it fits (in full, or shortened: `1,80 M€`).
  func drawStackedColumns(_ svg: inout SVGWriter, _ numbers: [[Double?]]) {
    openRoot(&svg, height: Self.columnChartHeight)
    var tops: [Double] = []
    var bottoms: [Double] = []
    for i in data.categories.indices {
      let column = numbers.compactMap { $0[i] }
      tops.append(column.filter { $0 > 0 }.reduce(0, +))
      bottoms.append(column.filter { $0 < 0 }.reduce(0, +))
    }
    let frame = verticalFrame(
      &svg, scale: ChartScale(values: tops + bottoms, includeZero: true))
    let barWidth = frame.band * 0.6
    for i in data.categories.indices {
      var up = 0.0
      var down = 0.0
      for (s, series) in numbers.enumerated() {
        guard let v = series[i], v != 0 else { continue }
        let start = v > 0 ? up : down
        let end = start + v
        if v > 0 { up = end } else { down = end }
        let y0 = frame.y(max(start, end))
        let y1 = frame.y(min(start, end))
        svg.open(
          "rect",
          [
            ("x", SVGWriter.number(frame.x(i) - barWidth / 2)), ("y", SVGWriter.number(y0)),
            ("width", SVGWriter.number(barWidth)), ("height", SVGWriter.number(y1 - y0)),
            ("fill", Self.color(s)),
          ])
        svg.tooltip(tooltip(category: i, series: s))
        svg.close("rect")
      }
      let total = up + down
      if numbers.count > 1, up > 0,
        let label = ChartLabels.fitting(
          [
            ChartLabels.number(total, format: data.valueFormat),
            ChartLabels.compact(total, format: data.valueFormat),
          ], width: frame.band * 0.95, fontSize: Self.smallFontSize)
      {
        svg.text(
          label, x: frame.x(i), y: frame.y(up) - 4, anchor: "middle",
          [("fill", "#333"), ("font-size", SVGWriter.number(Self.smallFontSize))])
      }
    }
    svg.close("svg")
  }
}
