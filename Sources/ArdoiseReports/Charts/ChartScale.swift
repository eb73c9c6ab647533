import Foundation

/// A linear axis with round ticks: 0, 250 000, 500 000… or 96 %, 97 %, 98 %.
struct ChartScale: Equatable {
  /// The value at the start of the axis.
  let lower: Double
  /// The value at its end.
  let upper: Double
  /// The distance between ticks.
  let step: Double

  /// A scale covering `values` with about `tickCount` intervals, from 0 when `includeZero`.
  init(values: [Double], includeZero: Bool, tickCount: Int = 4) {
    var low = values.min() ?? 0
    var high = values.max() ?? 1
    if includeZero {
      low = min(low, 0)
      high = max(high, 0)
    }
    if low == high {
      // A flat series: a band around it.
      let pad = low == 0 ? 1 : abs(low) / 10
      low -= includeZero && low >= 0 ? 0 : pad
      high += pad
    }
    let step = Self.roundStep((high - low) / Double(max(tickCount, 1)))
    self.step = step
    self.lower = Self.snap(low / step, .down) * step
    self.upper = Self.snap(high / step, .up) * step
  }

  /// `q` rounded in `direction`, or to the nearest whole number when it is one but for a
  /// floating-point error (0.95 / 0.01 = 94.99999999999999 is 95).
  static func snap(_ q: Double, _ direction: FloatingPointRoundingRule) -> Double {
    let nearest = q.rounded()
    return abs(q - nearest) < 1e-9 ? nearest : q.rounded(direction)
  }

  /// A round step at least `raw`: 1, 2, 2.5 or 5 times a power of ten.
  static func roundStep(_ raw: Double) -> Double {
    guard raw > 0, raw.isFinite else { return 1 }
    let power = pow(10, (log10(raw)).rounded(.down))
    for m in [1.0, 2, 2.5, 5, 10] where m * power >= raw * (1 - 1e-9) {
      return m * power
    }
    return 10 * power
  }

  /// The tick values, from `lower` to `upper`.
  var ticks: [Double] {
    let count = Int(((upper - lower) / step).rounded())
    return (0...max(count, 0)).map { lower + Double($0) * step }
  }

  /// The position of `value` between `start` (at `lower`) and `end` (at `upper`).
  func position(_ value: Double, from start: Double, to end: Double) -> Double {
    guard upper > lower else { return start }
    return start + (value - lower) / (upper - lower) * (end - start)
  }
}
