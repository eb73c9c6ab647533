/// The codes of the housing-support tables in the order a DEETS or Métropole reader expects
/// them, with their French labels (spec extracts.md for the codes; `inconnu` and `autre` for
/// the empty codes of indicators.md).
enum HousingLabels {
  /// Household composition, then `inconnu` (empty).
  static let compositions: [(code: String, label: String)] = [
    ("isole", "Personne isolée"),
    ("couple", "Couple sans enfant"),
    ("couple_enfants", "Couple avec enfant(s)"),
    ("monoparental", "Famille monoparentale"),
    ("autre", "Autre composition"),
    ("inconnu", "Non renseignée"),
  ]

  /// Main resources, then `inconnu` (empty).
  static let resources: [(code: String, label: String)] = [
    ("salaire", "Salaire, revenus d'activité"),
    ("are", "Allocation chômage (ARE)"),
    ("rsa", "RSA"),
    ("aah", "AAH"),
    ("retraite", "Retraite"),
    ("autre", "Autres ressources"),
    ("sans", "Sans ressources"),
    ("inconnu", "Non renseignées"),
  ]

  /// Exit destinations; `inconnu` also stands for an empty destination.
  static let destinations: [(code: String, label: String)] = [
    ("logement_social", "Logement social"),
    ("logement_prive", "Logement privé"),
    ("bail_glisse", "Bail glissé"),
    ("logement_adapte", "Logement adapté (pension de famille, résidence sociale…)"),
    ("hebergement", "Hébergement"),
    ("famille", "Famille, tiers"),
    ("autre", "Autre destination"),
    ("inconnu", "Destination inconnue"),
  ]

  /// Referrals; `autre` also stands for an empty referral.
  static let referrals: [(code: String, label: String)] = [
    ("siao", "SIAO"),
    ("bailleur", "Bailleur"),
    ("travailleur_social", "Travailleur social"),
    ("autre", "Autre ou non renseignée"),
  ]

  /// Measure outcomes; `autre` also stands for an empty outcome.
  static let outcomes: [(code: String, label: String)] = [
    ("objectifs_atteints", "Objectifs atteints"),
    ("objectifs_partiels", "Objectifs partiellement atteints"),
    ("interruption", "Interruption"),
    ("demenagement", "Déménagement"),
    ("reorientation", "Réorientation"),
    ("expulsion", "Expulsion"),
    ("autre", "Autre motif"),
  ]

  /// Measure schemes.
  static let schemes: [(code: String, label: String)] = [
    ("asll", "ASLL"),
    ("avdl", "AVDL"),
    ("iml", "IML"),
    ("masp", "MASP"),
    ("autre", "Autre dispositif"),
  ]

  /// Funders.
  static let funders: [(code: String, label: String)] = [
    ("etat", "État"),
    ("metropole", "Métropole"),
    ("departement", "Département"),
    ("autre", "Autre financeur"),
  ]

  /// The label of `code` in `list`, the code itself when it is not there.
  static func label(_ code: String, in list: [(code: String, label: String)]) -> String {
    list.first { $0.code == code }?.label ?? code
  }
}
