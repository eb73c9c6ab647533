/// A coded value of an extract column: its canonical spelling and its spelling in the ERP dialect.
///
/// The ERP codes of the landlord's dialect are declared here once; the writer and the mapping
/// profile (`erp-vaucluse.yaml`) are both derived from them, so they cannot drift apart.
protocol SampleCode: CaseIterable, Hashable, RawRepresentable where RawValue == String {
  /// The code in the ERP dialect (short, upper case).
  var erp: String { get }
}

extension SampleCode {
  /// The code in the ERP dialect; by default the canonical code in upper case.
  var erp: String { rawValue.uppercased() }

  /// The profile's code map for this column: ERP code → canonical code, in declaration order.
  static var erpMap: [(erp: String, canonical: String)] {
    allCases.map { ($0.erp, $0.rawValue) }
  }
}

/// Ledger entry types (`ledger.type`).
enum LedgerType: String, SampleCode {
  case loyer, rls
  case chargesRegul = "charges_regul"
  case reparations, frais, paiement, apl, aide, rejet
  case avoir, remboursement, perte

  var erp: String {
    switch self {
    case .loyer: "QUIT"
    case .rls: "RLS"
    case .chargesRegul: "REGUL"
    case .reparations: "REPAR"
    case .frais: "FRAIS"
    case .paiement: "ENC"
    case .apl: "APL"
    case .aide: "AIDE"
    case .rejet: "REJ"
    case .avoir: "AVOIR"
    case .remboursement: "REMB"
    case .perte: "ANV"
    }
  }

  /// The accounting journal of the ERP export (an extra column the profile does not map).
  var journal: String {
    switch self {
    case .loyer, .rls, .chargesRegul, .reparations, .frais: "QT"
    case .paiement, .rejet, .remboursement: "BQ"
    case .apl, .aide: "TP"
    case .avoir, .perte: "OD"
    }
  }
}

/// Staff roles (`staff.role`).
enum StaffRole: String, SampleCode {
  case recouvrement, contentieux
  case conseilSocial = "conseil_social"
  case travailSocial = "travail_social"
  case coordination

  var erp: String {
    switch self {
    case .recouvrement: "REC"
    case .contentieux: "CTX"
    case .conseilSocial: "CESF"
    case .travailSocial: "TS"
    case .coordination: "COORD"
    }
  }
}

/// Recovery case phases (`case_history.phase`).
enum CasePhase: String, SampleCode {
  case amiable, contentieux, surendettement, expulsion, externalise

  var erp: String {
    switch self {
    case .amiable: "AMI"
    case .contentieux: "CTX"
    case .surendettement: "SUR"
    case .expulsion: "EXP"
    case .externalise: "EXT"
    }
  }
}

/// Why a recovery case was closed (`cases.close_reason`).
enum CloseReason: String, SampleCode {
  case solde
  case planRespecte = "plan_respecte"
  case perte, expulsion, relogement, autre

  var erp: String {
    switch self {
    case .solde: "SOLDE"
    case .planRespecte: "PLAN"
    case .perte: "ANV"
    case .expulsion: "EXPUL"
    case .relogement: "RELOG"
    case .autre: "DIV"
    }
  }
}

/// Action types (`actions.type`).
enum ActionType: String, SampleCode {
  case relanceCourrier = "relance_courrier"
  case relanceSms = "relance_sms"
  case relanceMail = "relance_mail"
  case relanceTel = "relance_tel"
  case convocation, entretien
  case visiteDomicile = "visite_domicile"
  case signalementCaf = "signalement_caf"
  case saisineFsl = "saisine_fsl"
  case saisineActionLogement = "saisine_action_logement"
  case orientationSocial = "orientation_social"
  case planSigne = "plan_signe"
  case dossierSurendettement = "dossier_surendettement"
  case commandement, assignation, audience
  case ccapex
  case transmissionContentieux = "transmission_contentieux"
  case encaissement

  var erp: String {
    switch self {
    case .relanceCourrier: "RELCOUR"
    case .relanceSms: "RELSMS"
    case .relanceMail: "RELMAIL"
    case .relanceTel: "RELTEL"
    case .convocation: "CONVOC"
    case .entretien: "ENTRET"
    case .visiteDomicile: "VAD"
    case .signalementCaf: "SIGNCAF"
    case .saisineFsl: "FSL"
    case .saisineActionLogement: "ACTLOG"
    case .orientationSocial: "ORIENT"
    case .planSigne: "PLAN"
    case .dossierSurendettement: "SURENDT"
    case .commandement: "CDTPAYER"
    case .assignation: "ASSIGN"
    case .audience: "AUDIENCE"
    case .ccapex: "CCAPEX"
    case .transmissionContentieux: "TRANSCTX"
    case .encaissement: "ENCAISS"
    }
  }
}

/// Household composition (`households.composition`).
enum Composition: String, SampleCode {
  case isole, couple
  case coupleEnfants = "couple_enfants"
  case monoparental, autre

  var erp: String {
    switch self {
    case .isole: "PS"
    case .couple: "CSE"
    case .coupleEnfants: "CAE"
    case .monoparental: "FM"
    case .autre: "AUT"
    }
  }
}

/// Main resources of a household (`households.resources`).
enum Resources: String, SampleCode {
  case salaire, rsa, aah, are, retraite, sans, autre

  var erp: String {
    switch self {
    case .salaire: "SAL"
    case .rsa: "RSA"
    case .aah: "AAH"
    case .are: "ARE"
    case .retraite: "RET"
    case .sans: "SR"
    case .autre: "AUT"
    }
  }
}

/// Lease types (`leases.lease_type`).
enum LeaseType: String, SampleCode {
  case ordinaire
  case bailGlissant = "bail_glissant"
  case sousLocation = "sous_location"

  var erp: String {
    switch self {
    case .ordinaire: "ORD"
    case .bailGlissant: "GLI"
    case .sousLocation: "SSL"
    }
  }
}

/// Unit schemes (`units.scheme`).
enum UnitScheme: String, SampleCode {
  case parc, iml
}

/// Support schemes of a measure (`measures.scheme`).
enum MeasureScheme: String, SampleCode {
  case asll, avdl, iml, masp, autre
}

/// Who funds a measure (`measures.funder`).
enum Funder: String, SampleCode {
  case metropole, etat, departement, autre
}

/// How a measure ended (`measures.outcome`).
enum MeasureOutcome: String, SampleCode {
  case objectifsAtteints = "objectifs_atteints"
  case objectifsPartiels = "objectifs_partiels"
  case interruption, demenagement, reorientation, expulsion, autre
}

/// Who referred a household to an IML stay (`stays.referral`).
enum Referral: String, SampleCode {
  case siao, bailleur
  case travailleurSocial = "travailleur_social"
  case autre
}

/// Where a household went after an IML stay (`stays.exit_destination`).
enum ExitDestination: String, SampleCode {
  case logementSocial = "logement_social"
  case logementPrive = "logement_prive"
  case bailGlisse = "bail_glisse"
  case logementAdapte = "logement_adapte"
  case hebergement, famille
  case autre, inconnu
}
