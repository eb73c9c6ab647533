extension Duration {
  /// `1.2 s`, `0.0 s`, `95 s`: a step's or run's duration for people.
  var seconds: String {
    let ms = Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15
    let s = ms / 1000
    if s >= 60 { return "\(Int(s.rounded())) s" }
    return "\(Double((s * 10).rounded()) / 10) s"
  }

  /// The duration in whole milliseconds.
  var wholeMilliseconds: Int {
    Int(components.seconds) * 1000 + Int(components.attoseconds / 1_000_000_000_000_000)
  }
}
