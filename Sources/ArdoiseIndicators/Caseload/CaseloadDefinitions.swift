/// The caseload indicators (indicators.md, Caseload; as of D(M)).
enum CaseloadDefinitions {
  static let openCases = IndicatorDefinition(
    id: "open_cases", unit: .count, dimensions: ["staff", "phase"],
    french: "Dossiers ouverts au D(M) par chargé et par phase",
    english: "Open cases at D(M) by handler and phase")
  static let portfolioDebt = IndicatorDefinition(
    id: "portfolio_debt", unit: .eur, dimensions: ["staff"],
    french: "Dette du portefeuille : Σ des soldes débiteurs des baux des dossiers ouverts",
    english: "Portfolio debt: Σ max(balance, 0) of the distinct leases of the open cases")
  static let casesAssigned = IndicatorDefinition(
    id: "cases_assigned", unit: .count, dimensions: ["staff"],
    french: "Dossiers attribués dans le mois (changement de chargé ou première ligne)",
    english: "History rows dated in M whose staff differs from the case's previous row")
  static let casesClosed = IndicatorDefinition(
    id: "cases_closed", unit: .count, dimensions: ["staff"],
    french: "Dossiers clos dans le mois, par chargé à la date de clôture",
    english: "Cases closed in M, by their handler at closed_on")
  static let actionsDone = IndicatorDefinition(
    id: "actions_done", unit: .count, dimensions: ["staff", "type"],
    french: "Actions datées dans le mois, par agent et par type",
    english: "Actions dated in M, by staff and type")
  static let casesPerFte = IndicatorDefinition(
    id: "cases_per_fte", unit: .ratio, dimensions: ["staff"],
    french: "Dossiers ouverts par ETP des agents actifs",
    english: "Open cases / fte of every active staff member; total over active staff")
  static let caseloadCv = IndicatorDefinition(
    id: "caseload_cv", unit: .ratio, dimensions: ["role"],
    french: "Équilibre des charges : écart type / moyenne des dossiers par ETP",
    english: "Coefficient of variation of cases_per_fte over the active staff of the role")
  static let plansActive = IndicatorDefinition(
    id: "plans_active", unit: .count, dimensions: ["staff"],
    french: "Plans d'apurement actifs dans le mois, par chargé du dossier",
    english: "Repayment plans active in M, by the handler of the plan's case at D")
  static let plansRespected = IndicatorDefinition(
    id: "plans_respected", unit: .count, dimensions: ["staff"],
    french: "Plans actifs respectés : solde ≤ dette initiale − k échéances + tolérance (1,00 €)",
    english: "Active plans with balance ≤ max(0, initial_debt − k × instalment) + tolerance")
  static let planRespectRate = IndicatorDefinition(
    id: "plan_respect_rate", unit: .ratio, dimensions: ["staff"], presentation: .percent,
    french: "Taux de respect des plans : plans respectés / plans actifs",
    english: "Plan respect rate: plans_respected / plans_active")

  /// The family's definitions, in the spec's order.
  static let all = [
    openCases, portfolioDebt, casesAssigned, casesClosed, actionsDone, casesPerFte, caseloadCv,
    plansActive, plansRespected, planRespectRate,
  ]
}
