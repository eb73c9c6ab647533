import ArdoiseCore

extension DateFormat {
  /// Parses bytes into (year, month, day) (``parse(_:)`` reads text through it): day is 1 when
  /// the pattern has none; nil when the bytes do not follow the pattern or do not name a real
  /// date.
  ///
  /// The ingest hot path reads dates in place with it, without making a string.
  func parse(bytes text: UnsafeBufferPointer<UInt8>) -> (year: Int, month: Int, day: Int)? {
    var y = -1
    var m = -1
    var d = 1
    var i = 0
    let count = text.count
    @inline(__always) func digits(_ min: Int, _ max: Int) -> Int? {
      var v = 0
      var n = 0
      while n < max, i < count, text[i] >= 0x30, text[i] <= 0x39 {
        v = v * 10 + Int(text[i] - 0x30)
        n += 1
        i += 1
      }
      return n >= min ? v : nil
    }
    for t in tokens {
      switch t {
      case .day(let fixed):
        guard let v = digits(fixed ? 2 : 1, 2) else { return nil }
        d = v
      case .month(let fixed):
        guard let v = digits(fixed ? 2 : 1, 2) else { return nil }
        m = v
      case .year4:
        guard let v = digits(4, 4) else { return nil }
        y = v
      case .year2:
        guard let v = digits(2, 2) else { return nil }
        y = v < 70 ? 2000 + v : 1900 + v
      case .literal(let c):
        guard i < count, text[i] == c else { return nil }
        i += 1
      }
    }
    guard i == count, (1...12).contains(m), y >= 1,
      d >= 1, d <= Day.daysIn(year: y, month: m)
    else { return nil }
    return (y, m, d)
  }
}
