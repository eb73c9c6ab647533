/// The bands of `debt_months_*`: a present debtor's balance in months of net rent
/// (`rent − apl`), compared exactly in cents: `balance < k × (rent − apl)`.
enum DebtBand: Int, CaseIterable {
  case b0To1, b1To2, b2To3, b3To6, b6To12, b12Plus

  /// The dimension value (`b0_1`, …, `b12_plus`).
  var code: String { ["b0_1", "b1_2", "b2_3", "b3_6", "b6_12", "b12_plus"][rawValue] }

  /// The band of `balance` for a net rent `netRent`; a net rent ≤ 0 goes to `b12_plus`.
  init(balance: Int64, netRent: Int64) {
    guard netRent > 0 else {
      self = .b12Plus
      return
    }
    let upper: [Int64] = [1, 2, 3, 6, 12]
    self = upper.firstIndex { balance < $0 * netRent }.map { DebtBand(rawValue: $0)! } ?? .b12Plus
  }
}
