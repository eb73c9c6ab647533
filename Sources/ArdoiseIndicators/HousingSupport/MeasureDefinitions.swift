/// The measure indicators (indicators.md, Housing support — measures and the Métropole
/// tables), over the period's days [A, B], each by `scheme` and `funder` crossed.
enum MeasureDefinitions {
  static let dims = ["scheme", "funder"]

  static let notified = IndicatorDefinition(
    id: "measures_notified", unit: .count, dimensions: dims,
    french: "Mesures notifiées dans la période",
    english: "Measures with notified_on in [A, B]")
  static let started = IndicatorDefinition(
    id: "measures_started", unit: .count, dimensions: dims,
    french: "Mesures commencées dans la période",
    english: "Measures with started_on in [A, B]")
  static let active = IndicatorDefinition(
    id: "measures_active", unit: .count, dimensions: dims,
    french: "Mesures actives au moins un jour de la période (du début à la fin incluse)",
    english: "Measures active on at least one day of [A, B]: started_on ≤ d ≤ ended_on (or no end)")
  static let ongoingEnd = IndicatorDefinition(
    id: "measures_ongoing_end", unit: .count, dimensions: dims,
    french: "Mesures actives le dernier jour de la période",
    english: "Measures active on B")
  static let ended = IndicatorDefinition(
    id: "measures_ended", unit: .count, dimensions: dims + ["outcome"],
    french: "Mesures terminées dans la période, par motif de fin (autre si vide)",
    english: "Measures with ended_on in [A, B], by outcome (autre when empty)")
  static let households = IndicatorDefinition(
    id: "measure_households", unit: .count, dimensions: dims,
    french: "Ménages distincts ayant une mesure active dans la période",
    english: "Distinct households with a measure active in [A, B]")
  static let persons = IndicatorDefinition(
    id: "measure_persons", unit: .count, dimensions: dims,
    french: "Personnes (adultes + enfants) des ménages ayant une mesure active",
    english: "Σ adults + children of the distinct households with a measure active in [A, B]")
  static let firstContactDelay = IndicatorDefinition(
    id: "first_contact_delay_mean", unit: .days, dimensions: dims,
    french: "Délai moyen entre notification et premier contact, premiers contacts de la période",
    english: "Mean of first_contact_on − notified_on over measures with first_contact_on in [A, B]")
  static let firstContactRate = IndicatorDefinition(
    id: "first_contact_within_15d_rate", unit: .ratio, dimensions: dims, presentation: .percent,
    french: "Part des premiers contacts de la période faits sous 15 jours (paramétrable)",
    english:
      "Share of measures with first_contact_on in [A, B] whose delay ≤ first_contact_days (15)")
  static let durationMean = IndicatorDefinition(
    id: "measure_duration_mean", unit: .days, dimensions: dims,
    french: "Durée moyenne des mesures terminées dans la période et commencées, fin incluse",
    english: "Mean of ended_on − started_on + 1 over measures ended in [A, B] that had started")
  static let billableMonths = IndicatorDefinition(
    id: "billable_measure_months", unit: .ratio, dimensions: dims,
    french: "Mois-mesures facturables, mois par mois (mois entamé ou prorata des jours)",
    english:
      "Σ over the months of [A, B] of the active measures' billable months (month_started or prorata)"
  )

  /// The family's definitions, in the spec's order.
  static let all = [
    notified, started, active, ongoingEnd, ended, households, persons, firstContactDelay,
    firstContactRate, durationMean, billableMonths,
  ]
}
