/// Fixed-decimal text of a real, rounded half away from zero on its decimal value.
///
/// The real is first written in its shortest round-trip form (`0.0000005`, not the binary
/// 4.99999…e-7), then rounded in decimal: a ratio whose exact value ends in 5 at the seventh
/// decimal rounds up, as an auditor recomputing it by hand expects.
enum DecimalText {
  /// `value` with exactly `places` decimals and `.` (no exponent, `-` only when non-zero).
  static func fixed(_ value: Double, places: Int) -> String {
    guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
    let text = value.magnitude.description
    let parts = text.split(separator: "e")
    let exponent = parts.count > 1 ? Int(parts[1])! : 0
    let mantissa = parts[0].split(separator: ".", omittingEmptySubsequences: false)
    let whole = mantissa[0]
    let fraction = mantissa.count > 1 ? mantissa[1] : ""
    let digits = (whole + fraction).map { Int($0.asciiValue! - 48) }
    // value = 0.d1d2d3… × 10^point; keep the digits down to 10^−places.
    let keep = whole.count + exponent + places
    var kept: [Int]
    var up = false
    if keep < 0 {
      kept = []
    } else if keep >= digits.count {
      kept = digits + [Int](repeating: 0, count: keep - digits.count)
    } else {
      kept = Array(digits[0..<keep])
      up = digits[keep] >= 5
    }
    if up {
      var i = kept.count - 1
      while i >= 0 && kept[i] == 9 {
        kept[i] = 0
        i -= 1
      }
      if i >= 0 { kept[i] += 1 } else { kept.insert(1, at: 0) }
    }
    var body = String(kept.map { Character(String($0)) }.drop { $0 == "0" })
    let isZero = body.isEmpty
    if body.count < places + 1 {
      body = String(repeating: "0", count: places + 1 - body.count) + body
    }
    if places > 0 { body.insert(".", at: body.index(body.endIndex, offsetBy: -places)) }
    return (value < 0 && !isZero ? "-" : "") + body
  }
}
