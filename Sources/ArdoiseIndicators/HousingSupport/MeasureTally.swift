/// What the measure indicators accumulate for one group of `scheme` × `funder` (or the total).
struct MeasureTally {
  var notified: Int64 = 0
  var started: Int64 = 0
  var active: Int64 = 0
  var ongoing: Int64 = 0
  /// Households with an active measure.
  var households: Set<String> = []
  /// Delays of the first contacts made in the range.
  var delays: [Int] = []
  /// How many of them are within the configured days.
  var withinDelay: Int64 = 0
  /// Durations of the measures ended in the range that had started.
  var durations: [Int] = []
  /// Billable months of the active measures.
  var billable = MeasureMonths.zero

  /// Every subset of `pairs` (sorted by key), the total first: the groups a member counts in.
  static func groups(_ pairs: [Dimensions.Pair]) -> [Dimensions] {
    let sorted = pairs.sorted { $0.key < $1.key }
    return (0..<(1 << sorted.count)).map { mask in
      Dimensions(pairs: sorted.indices.filter { mask & (1 << $0) != 0 }.map { sorted[$0] })
    }
  }
}
