import ArdoiseCore

/// The bridge check: `opening_balance + Σ bridge = closing_balance`, to the cent.
enum BridgeCheck {
  /// One lease's own bridge: its balance at D(M−1), its movements of M and its balance at D(M).
  struct Lease {
    /// The lease id.
    let id: String
    /// Σ of its entries dated on or before D(M−1).
    let opening: Cents
    /// Σ of its entries dated in M.
    let movement: Cents
    /// Σ of its entries dated on or before D(M).
    let closing: Cents
  }

  /// At most this many leases are named in a failure.
  static let leasesShown = 20

  /// Checks the stored figures (`opening_balance`, the `bridge` by type, `closing_balance`);
  /// a break throws, naming the difference and the leases whose own bridge does not hold.
  static func verify(_ values: [IndicatorValue], period: Period, leases: [Lease]) throws
    -> IndicatorCheckOutcome
  {
    func total(_ id: String) -> Cents {
      values.first { $0.indicator == id && $0.dimensions.isTotal }?.cents ?? 0
    }
    let opening = total("opening_balance")
    let closing = total("closing_balance")
    let movements = values.filter { $0.indicator == "bridge" && !$0.dimensions.isTotal }
      .reduce(Cents(0)) { $0 + ($1.cents ?? 0) }
    let bridgeTotal = total("bridge")
    if bridgeTotal != movements {
      throw IndicatorCheckFailure(
        check: "bridge", period: period, difference: bridgeTotal - movements, leases: [],
        explanation:
          "the bridge total \(bridgeTotal.decimalEuros) is not the sum of its types \(movements.decimalEuros)"
      )
    }
    guard opening + movements == closing else {
      let broken = leases.filter { $0.opening + $0.movement != $0.closing }.map(\.id).sorted()
      throw IndicatorCheckFailure(
        check: "bridge", period: period, difference: closing - (opening + movements),
        leases: Array(broken.prefix(leasesShown)),
        explanation:
          "opening \(opening.decimalEuros) + movements \(movements.decimalEuros) = "
          + "\((opening + movements).decimalEuros), closing is \(closing.decimalEuros)")
    }
    return IndicatorCheckOutcome(
      name: "bridge",
      detail:
        "opening \(French.money(opening)) + movements \(French.money(movements)) = closing \(French.money(closing))"
    )
  }
}
