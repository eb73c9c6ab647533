/// The recovery indicators (indicators.md, Recovery; period: a month M).
enum RecoveryDefinitions {
  static let billing = IndicatorDefinition(
    id: "billing", unit: .eur, dimensions: ["agency"],
    french:
      "Quittancement : Σ des écritures loyer et rls de période M passées au plus tard le D(M)",
    english: "Billing: Σ amount of loyer and rls entries with period = M and entry_date ≤ D(M)")
  static let collections = IndicatorDefinition(
    id: "collections", unit: .eur, dimensions: ["agency", "source"],
    french:
      "Encaissements : −Σ des paiement, apl, aide, rejet datés dans M (source ménage, apl, aide)",
    english: "Collections: −Σ amount of paiement, apl, aide, rejet entries dated in M, by source")
  static let recoveryRate = IndicatorDefinition(
    id: "recovery_rate", unit: .ratio, dimensions: ["agency"], presentation: .percent,
    french: "Taux de recouvrement du mois : encaissements / quittancement de M",
    english: "Recovery rate: collections / billing of M")
  static let recoveryRate12m = IndicatorDefinition(
    id: "recovery_rate_12m", unit: .ratio, dimensions: ["agency"], presentation: .percent,
    french: "Taux de recouvrement sur 12 mois : Σ encaissements / Σ quittancement de M−11 à M",
    english: "12-month recovery rate: Σ collections / Σ billing of M−11..M, as of D(M)")
  static let recoveryRateAnnual = IndicatorDefinition(
    id: "recovery_rate_annual", unit: .ratio, dimensions: ["agency"], presentation: .percent,
    french: "Taux de recouvrement ANCOLS sur 12 mois : (Q + C0 − C1 − W) / Q",
    english:
      "ANCOLS recovery rate over M−11..M: (Q + C0 − C1 − W) / Q, C0 = receivables at D(M−12)")
  static let receivables = IndicatorDefinition(
    id: "receivables", unit: .eur, dimensions: ["agency", "status", "phase"],
    french: "Créances : Σ des soldes débiteurs des baux au D(M), par phase du dossier ouvert",
    english: "Receivables: Σ max(balance, 0) over leases at D(M); phase of the open case")
  static let creditBalances = IndicatorDefinition(
    id: "credit_balances", unit: .eur, dimensions: ["status"],
    french: "Soldes créditeurs : Σ max(−solde, 0) des baux au D(M)",
    english: "Credit balances: Σ max(−balance, 0) over leases at D(M)")
  static let debtors = IndicatorDefinition(
    id: "debtors", unit: .count, dimensions: ["agency", "status"],
    french: "Débiteurs : baux dont le solde au D(M) est > 0",
    english: "Debtors: leases with balance > 0 at D(M)")
  static let leasesPresent = IndicatorDefinition(
    id: "leases_present", unit: .count, dimensions: ["agency"],
    french: "Baux présents au D(M)", english: "Present leases at D(M)")
  static let debtorRate = IndicatorDefinition(
    id: "debtor_rate", unit: .ratio, dimensions: ["agency"], presentation: .percent,
    french: "Taux de débiteurs : débiteurs présents / baux présents",
    english: "Debtor rate: present debtors / present leases")
  static let averageDebt = IndicatorDefinition(
    id: "average_debt", unit: .eur, dimensions: ["status"],
    french: "Dette moyenne : créances / débiteurs, arrondie au centime",
    english: "Average debt: receivables / debtors, rounded to the cent")
  static let receivablesMonths = IndicatorDefinition(
    id: "receivables_months", unit: .ratio, dimensions: ["agency"],
    french: "Créances en mois de quittancement : créances / (Σ quittancement M−11..M / 12)",
    english: "Receivables in months of billing: receivables / (Σ billing of M−11..M / 12)")
  static let debtMonthsLeases = IndicatorDefinition(
    id: "debt_months_leases", unit: .count, dimensions: ["band"],
    french: "Débiteurs présents par mois de loyer net dû (solde / (loyer − apl))",
    english: "Present debtors by months of net rent owed: balance / (rent − apl), by band")
  static let debtMonthsAmount = IndicatorDefinition(
    id: "debt_months_amount", unit: .eur, dimensions: ["band"],
    french: "Σ des soldes des débiteurs présents par mois de loyer net dû",
    english: "Σ balance of present debtors by months of net rent owed, by band")
  static let bridge = IndicatorDefinition(
    id: "bridge", unit: .eur, dimensions: ["type"],
    french: "Mouvements du mois : Σ des écritures datées dans M, par type",
    english: "The month's movements: Σ amount of all entries dated in M, by ledger type")
  static let openingBalance = IndicatorDefinition(
    id: "opening_balance", unit: .eur,
    french: "Solde d'ouverture : Σ de toutes les écritures datées au plus tard le D(M−1)",
    english: "Opening balance: Σ amount of all entries with entry_date ≤ D(M−1)")
  static let closingBalance = IndicatorDefinition(
    id: "closing_balance", unit: .eur,
    french: "Solde de clôture : Σ de toutes les écritures datées au plus tard le D(M)",
    english: "Closing balance: Σ amount of all entries with entry_date ≤ D(M)")

  /// The family's definitions, in the spec's order.
  static let all = [
    billing, collections, recoveryRate, recoveryRate12m, recoveryRateAnnual, receivables,
    creditBalances, debtors, leasesPresent, debtorRate, averageDebt, receivablesMonths,
    debtMonthsLeases, debtMonthsAmount, bridge, openingBalance, closingBalance,
  ]
}
