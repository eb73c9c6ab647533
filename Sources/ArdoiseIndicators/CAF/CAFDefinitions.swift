/// The CAF arrears indicators (indicators.md, CAF arrears; as of D(M), present leases).
enum CAFDefinitions {
  static let arrears = IndicatorDefinition(
    id: "caf_arrears", unit: .count, dimensions: ["agency"],
    french: "Impayés constitués (R824-1) : baux présents dont la dette a atteint le seuil",
    english: "CAF arrears: present leases whose arrears are constituted at D (R824-1)")
  static let signalDue = IndicatorDefinition(
    id: "caf_signal_due", unit: .count, dimensions: ["agency"],
    french: "Impayés constitués sans signalement CAF daté depuis la constitution",
    english: "Constituted arrears with no signalement_caf dated ≥ the constitution date")
  static let signalOverdue = IndicatorDefinition(
    id: "caf_signal_overdue", unit: .count, dimensions: ["agency"],
    french: "Signalements CAF en retard : constitution + 2 mois < D (R824-4)",
    english: "Of caf_signal_due, leases whose constitution date + 2 months < D (R824-4)")

  /// The family's definitions, in the spec's order.
  static let all = [arrears, signalDue, signalOverdue]
}
