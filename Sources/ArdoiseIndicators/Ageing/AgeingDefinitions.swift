/// The ageing indicators (indicators.md, Ageing; as of D(M)).
enum AgeingDefinitions {
  static let amount = IndicatorDefinition(
    id: "ageing_amount", unit: .eur, dimensions: ["bucket", "agency", "status"],
    french: "Balance âgée : Σ des parts impayées par ancienneté (imputation art. 1342-10)",
    english: "Ageing: Σ unpaid parts by bucket, payments imputed to the oldest debt first")
  static let debtors = IndicatorDefinition(
    id: "ageing_debtors", unit: .count, dimensions: ["bucket", "agency", "status"],
    french: "Débiteurs par ancienneté de leur plus ancienne part impayée",
    english: "Debtors by the bucket of their oldest unpaid part")
  static let provision = IndicatorDefinition(
    id: "provision", unit: .eur, dimensions: ["status"],
    french: "Provision estimée : partis 100 %, présents selon les taux par ancienneté",
    english: "Estimated provision: departed 100 %, present by bucket rates, rounded per lease")

  /// The family's definitions, in the spec's order.
  static let all = [amount, debtors, provision]
}
