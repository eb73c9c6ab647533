/// The French labels of the codes that datasets carry (phases, ledger types, buckets, roles,
/// action types, checks…), for readers; a code without a label shows as it is.
enum FrenchLabels {
  /// Ledger entry types, in the order of the bridge.
  static let ledgerTypes: [(code: String, label: String)] = [
    ("loyer", "Loyers et charges quittancés"), ("rls", "Réduction de loyer de solidarité"),
    ("charges_regul", "Régularisations de charges"), ("reparations", "Réparations locatives"),
    ("frais", "Frais de procédure"), ("paiement", "Paiements des ménages"),
    ("apl", "APL versée par la CAF"), ("aide", "Aides (FSL, Action Logement…)"),
    ("rejet", "Rejets de paiement"), ("avoir", "Avoirs"),
    ("remboursement", "Remboursements aux locataires"), ("perte", "Admissions en non-valeur"),
  ]

  /// Ageing buckets, oldest last.
  static let buckets: [(code: String, label: String)] = [
    ("not_due", "Non échu"), ("m0_1", "0 à 1 mois"), ("m1_3", "1 à 3 mois"),
    ("m3_6", "3 à 6 mois"), ("m6_12", "6 à 12 mois"), ("m12_plus", "Plus de 12 mois"),
  ]

  /// Bands of months of net rent owed.
  static let bands: [(code: String, label: String)] = [
    ("b0_1", "Moins d'un mois"), ("b1_2", "1 à 2 mois"), ("b2_3", "2 à 3 mois"),
    ("b3_6", "3 à 6 mois"), ("b6_12", "6 à 12 mois"), ("b12_plus", "12 mois et plus"),
  ]

  /// Case phases, in the order of the procedure, then the cases without phase and the leases
  /// without case.
  static let phases: [(code: String, label: String)] = [
    ("amiable", "Amiable"), ("contentieux", "Contentieux"), ("surendettement", "Surendettement"),
    ("expulsion", "Expulsion"), ("externalise", "Externalisé"), ("unassigned", "Sans phase"),
    ("sans_dossier", "Sans dossier"),
  ]

  /// Staff roles.
  static let roles: [String: String] = [
    "recouvrement": "Chargé(e) de recouvrement", "contentieux": "Chargé(e) de contentieux",
    "conseil_social": "Conseiller(ère) social(e)", "travail_social": "Travailleur(se) social(e)",
    "coordination": "Coordination",
  ]

  /// Action types.
  static let actionTypes: [String: String] = [
    "relance_courrier": "Relance par courrier", "relance_sms": "Relance par SMS",
    "relance_mail": "Relance par courriel", "relance_tel": "Relance téléphonique",
    "convocation": "Convocation", "entretien": "Entretien",
    "visite_domicile": "Visite à domicile", "signalement_caf": "Signalement à la CAF",
    "saisine_fsl": "Saisine du FSL", "saisine_action_logement": "Saisine d'Action Logement",
    "orientation_social": "Orientation vers le conseil social",
    "plan_signe": "Plan d'apurement signé", "dossier_surendettement": "Dossier de surendettement",
    "commandement": "Commandement de payer", "assignation": "Assignation",
    "audience": "Audience", "ccapex": "Saisine de la CCAPEX",
    "transmission_contentieux": "Transmission au contentieux", "encaissement": "Encaissement",
  ]

  /// Extract kinds.
  static let kinds: [String: String] = [
    "agencies": "Agences", "staff": "Personnel", "units": "Logements", "households": "Ménages",
    "leases": "Baux", "cases": "Dossiers", "case_history": "Historique des dossiers",
    "plans": "Plans d'apurement", "measures": "Mesures", "stays": "Séjours",
    "ledger": "Écritures", "actions": "Actions", "balances": "Soldes de l'ERP",
  ]

  /// Reject categories of the quarantine.
  static let rejects: [String: String] = [
    "field_count": "Nombre de champs erroné", "malformed": "Ligne mal formée",
    "missing": "Valeur obligatoire manquante", "format": "Valeur illisible",
    "code": "Code inconnu", "date_order": "Dates dans le désordre",
    "reference": "Référence inconnue", "conflict": "Identifiant déjà utilisé",
  ]

  /// Batch checks.
  static let checks: [String: String] = [
    "unique_keys": "Clés uniques", "required_fields": "Valeurs obligatoires",
    "valid_values": "Valeurs lisibles", "allowed_codes": "Codes connus",
    "references": "Références connues", "future_entries": "Dates futures",
    "row_count_change": "Nombre de lignes", "ledger_vs_balances": "Écritures et soldes de l'ERP",
  ]

  /// Check statuses.
  static let statuses: [String: String] = ["pass": "OK", "warn": "Avertissement", "fail": "Échec"]

  /// The label of `code` in `pairs`, the code itself when unknown.
  static func label(_ code: String, in pairs: [(code: String, label: String)]) -> String {
    pairs.first { $0.code == code }?.label ?? code
  }

  /// The label of `code` in `table`, the code itself when unknown.
  static func label(_ code: String, in table: [String: String]) -> String { table[code] ?? code }

  /// The position of `code` in `pairs`, after every listed code when unknown.
  static func rank(_ code: String, in pairs: [(code: String, label: String)]) -> Int {
    pairs.firstIndex { $0.code == code } ?? pairs.count
  }

  /// `présent` or `parti`.
  static func status(_ code: String) -> String {
    code == "departed" ? "parti" : code == "present" ? "présent" : code
  }
}
