/// The IML indicators of the State tables (indicators.md, Housing support — State tables),
/// over the period's days [A, B].
enum IMLDefinitions {
  static let presentStart = IndicatorDefinition(
    id: "iml_present_start", unit: .count,
    french: "Ménages présents le premier jour de la période (A)",
    english: "Households with a stay present on A (entered_on ≤ A < left_on or no left_on)")
  static let presentEnd = IndicatorDefinition(
    id: "iml_present_end", unit: .count,
    french: "Ménages présents le dernier jour de la période (B)",
    english: "Households with a stay present on B (entered_on ≤ B < left_on or no left_on)")
  static let entries = IndicatorDefinition(
    id: "iml_entries", unit: .count,
    french: "Entrées : séjours dont l'entrée est dans la période",
    english: "Stays (not households) with entered_on in [A, B]")
  static let exits = IndicatorDefinition(
    id: "iml_exits", unit: .count,
    french: "Sorties : séjours dont la sortie est dans la période",
    english: "Stays (not households) with left_on in [A, B]")
  static let households = IndicatorDefinition(
    id: "iml_households", unit: .count,
    french: "File active : ménages présents au moins un jour de la période",
    english: "File active: households with a stay present on at least one day of [A, B]")
  static let persons = IndicatorDefinition(
    id: "iml_persons", unit: .count,
    french: "Personnes de la file active : Σ adultes + enfants des ménages",
    english: "Σ adults + children of the households of the file active")
  static let adults = IndicatorDefinition(
    id: "iml_adults", unit: .count,
    french: "Adultes des ménages de la file active",
    english: "Σ adults of the households of the file active")
  static let children = IndicatorDefinition(
    id: "iml_children", unit: .count,
    french: "Enfants des ménages de la file active",
    english: "Σ children of the households of the file active")
  static let householdsBy = IndicatorDefinition(
    id: "iml_households_by", unit: .count, dimensions: ["composition", "resources"],
    grouping: .separate,
    french: "File active par composition, et par ressources (jamais croisées ; inconnu si vide)",
    english:
      "File active households by composition, and by resources, never crossed (inconnu when empty)")
  static let stayDaysMean = IndicatorDefinition(
    id: "iml_stay_days_mean", unit: .days,
    french: "Durée moyenne des séjours terminés dans la période, en jours",
    english: "Mean of left_on − entered_on over stays with left_on in [A, B]")
  static let stayDaysMedian = IndicatorDefinition(
    id: "iml_stay_days_median", unit: .days,
    french: "Durée médiane des séjours terminés dans la période, en jours",
    english: "Exact median of left_on − entered_on over stays with left_on in [A, B]")
  static let occupancyRate = IndicatorDefinition(
    id: "iml_occupancy_rate", unit: .ratio, presentation: .percent,
    french: "Taux d'occupation : journées occupées / journées disponibles des logements IML",
    english: "Σ iml unit-days available with a present stay / Σ iml unit-days available in [A, B]")
  static let vacancyDays = IndicatorDefinition(
    id: "iml_vacancy_days", unit: .days,
    french: "Journées de vacance : journées disponibles − journées occupées",
    english: "Available iml unit-days − occupied iml unit-days in [A, B]")
  static let exitsByDestination = IndicatorDefinition(
    id: "iml_exits_by_destination", unit: .count, dimensions: ["destination"],
    french: "Sorties par destination (inconnu si vide)",
    english: "Exits by exit_destination (inconnu when empty)")
  static let entriesByReferral = IndicatorDefinition(
    id: "iml_entries_by_referral", unit: .count, dimensions: ["referral"],
    french: "Entrées par orientation (autre si vide)",
    english: "Entries by referral (autre when empty)")

  /// The family's definitions, in the spec's order.
  static let all = [
    presentStart, presentEnd, entries, exits, households, persons, adults, children, householdsBy,
    stayDaysMean, stayDaysMedian, occupancyRate, vacancyDays, exitsByDestination, entriesByReferral,
  ]
}
