/// The code lists of extracts.md, in one place.
public enum Codes {
  /// Staff roles.
  public static let roles = [
    "recouvrement", "contentieux", "conseil_social", "travail_social", "coordination",
  ]
  /// Unit schemes.
  public static let schemes = ["parc", "iml"]
  /// Household compositions.
  public static let compositions = ["isole", "couple", "couple_enfants", "monoparental", "autre"]
  /// Household main resources.
  public static let resources = ["salaire", "rsa", "aah", "are", "retraite", "sans", "autre"]
  /// Lease types.
  public static let leaseTypes = ["ordinaire", "bail_glissant", "sous_location"]
  /// Ledger entry types.
  public static let ledgerTypes = [
    "loyer", "rls", "charges_regul", "reparations", "frais", "paiement", "apl", "aide", "rejet",
    "avoir", "remboursement", "perte",
  ]
  /// Case close reasons.
  public static let closeReasons = [
    "solde", "plan_respecte", "perte", "expulsion", "relogement", "autre",
  ]
  /// Case phases.
  public static let phases = [
    "amiable", "contentieux", "surendettement", "expulsion", "externalise",
  ]
  /// Action types known to the indicators.
  public static let actionTypes = [
    "relance_courrier", "relance_sms", "relance_mail", "relance_tel", "convocation", "entretien",
    "visite_domicile", "signalement_caf", "saisine_fsl", "saisine_action_logement",
    "orientation_social", "plan_signe", "dossier_surendettement", "commandement", "assignation",
    "audience", "ccapex", "transmission_contentieux", "encaissement",
  ]
  /// Measure schemes.
  public static let measureSchemes = ["asll", "avdl", "iml", "masp", "autre"]
  /// Measure funders.
  public static let funders = ["metropole", "etat", "departement", "autre"]
  /// Measure outcomes.
  public static let outcomes = [
    "objectifs_atteints", "objectifs_partiels", "interruption", "demenagement", "reorientation",
    "expulsion", "autre",
  ]
  /// Stay referrals.
  public static let referrals = ["siao", "bailleur", "travailleur_social", "autre"]
  /// Stay exit destinations.
  public static let destinations = [
    "logement_social", "logement_prive", "bail_glisse", "logement_adapte", "hebergement", "famille",
    "autre", "inconnu",
  ]
}
