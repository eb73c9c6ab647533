import ArdoiseCore

/// A date pattern of a profile: tokens `dd`, `d`, `MM`, `M`, `yyyy`, `yy` and literal
/// separators (`dd/MM/yyyy`, `yyyy-MM-dd`, `MM/yyyy`, `yyyyMMdd`).
///
/// Two-digit years are 2000–2069 for `00`–`69` and 1970–1999 for `70`–`99`.
public struct DateFormat: Sendable, Equatable, CustomStringConvertible {
  enum Token: Equatable, Sendable {
    case day(fixed: Bool)
    case month(fixed: Bool)
    case year4, year2
    case literal(UInt8)
  }
  let tokens: [Token]
  /// The pattern text.
  public let description: String

  /// Compiles a pattern, or returns nil when it is not one.
  public init?(_ pattern: String) {
    var tokens: [Token] = []
    let u = Array(pattern.utf8)
    var i = 0
    func run(_ c: UInt8) -> Int {
      var j = i
      while j < u.count, u[j] == c { j += 1 }
      return j - i
    }
    while i < u.count {
      let c = u[i]
      switch c {
      case UInt8(ascii: "d"):
        let n = run(c)
        guard n <= 2 else { return nil }
        tokens.append(.day(fixed: n == 2))
        i += n
      case UInt8(ascii: "M"):
        let n = run(c)
        guard n <= 2 else { return nil }
        tokens.append(.month(fixed: n == 2))
        i += n
      case UInt8(ascii: "y"):
        let n = run(c)
        guard n == 2 || n == 4 else { return nil }
        tokens.append(n == 4 ? .year4 : .year2)
        i += n
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
        return nil
      default:
        tokens.append(.literal(c))
        i += 1
      }
    }
    guard tokens.contains(where: { $0 == .year4 || $0 == .year2 }),
      tokens.contains(where: { if case .month = $0 { true } else { false } })
    else { return nil }
    self.tokens = tokens
    self.description = pattern
  }

  /// Whether the pattern has a day (a date) or not (a month).
  public var hasDay: Bool { tokens.contains { if case .day = $0 { true } else { false } } }

  /// Parses text into (year, month, day); day is 1 when the pattern has none. Returns nil when
  /// the text does not follow the pattern or does not name a real date.
  public func parse(_ text: Substring.UTF8View) -> (year: Int, month: Int, day: Int)? {
    Array(text).withUnsafeBufferPointer { parse(bytes: $0) }
  }
}
