import ArdoiseCore

/// xoshiro256** seeded through SplitMix64: the generator's only source of randomness.
///
/// Everything is derived from the options' seed with integer arithmetic defined here (never
/// the standard library's `random(in:)`, whose algorithm may change between toolchains), so
/// that the same options give byte-identical files on every machine.
struct SampleRandom {
  private var s0: UInt64
  private var s1: UInt64
  private var s2: UInt64
  private var s3: UInt64

  /// A generator for the independent stream `stream` / `index` of `seed` (for example one
  /// stream per unit), so that streams do not depend on each other's draws.
  init(seed: UInt64, stream: UInt64, index: UInt64 = 0) {
    var state =
      Self.mix(seed ^ Self.mix(stream &* 0x9E37_79B9_7F4A_7C15 ^ Self.mix(index &+ 0x5851_F42D)))
    func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      return Self.mix(state)
    }
    s0 = next()
    s1 = next()
    s2 = next()
    s3 = next()
  }

  /// The SplitMix64 finaliser.
  static func mix(_ x: UInt64) -> UInt64 {
    var z = x
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// The next 64 random bits.
  mutating func next() -> UInt64 {
    let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
    let t = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = s3 << 45 | s3 >> 19
    return result
  }

  /// A whole number in `range`, uniform (multiply-high reduction).
  mutating func int(_ range: ClosedRange<Int>) -> Int {
    let span = UInt64(range.upperBound - range.lowerBound) &+ 1
    if span == 0 { return Int(truncatingIfNeeded: next()) }
    return range.lowerBound + Int(span.multipliedFullWidth(by: next()).high)
  }

  /// An amount of cents in `range`, uniform.
  mutating func cents(_ range: ClosedRange<Cents>) -> Cents {
    Cents(int(Int(range.lowerBound)...Int(range.upperBound)))
  }

  /// Whole euros (a multiple of 100 cents) between `low` and `high` euros.
  mutating func euros(_ low: Int, _ high: Int) -> Cents { Cents(int(low...high)) * 100 }

  /// A number in [0, 1).
  mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

  /// A number in [low, high).
  mutating func between(_ low: Double, _ high: Double) -> Double { low + (high - low) * unit() }

  /// True with probability `p`.
  mutating func chance(_ p: Double) -> Bool { unit() < p }

  /// One element of a non-empty array.
  mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

  /// An index drawn with the given non-negative integer weights.
  mutating func weighted(_ weights: [Int]) -> Int {
    let total = weights.reduce(0, +)
    var r = int(0...(total - 1))
    for (i, w) in weights.enumerated() {
      if r < w { return i }
      r -= w
    }
    return weights.count - 1
  }

  /// A day in the month, `low...high` clamped to the month's length.
  mutating func day(in month: Month, _ low: Int = 1, _ high: Int = 31) -> Day {
    let last = month.dayCount
    let d = int(min(low, last)...min(high, last))
    return Day(year: month.year, month: month.month, day: d)!
  }
}
