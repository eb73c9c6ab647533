/// One canonical column of an extract kind and how the ERP dialect writes it.
struct ColumnSpec {
  /// The canonical column name.
  let name: String
  /// The header of the column in the ERP dialect.
  let erp: String
  /// For a coded column, the ERP code → canonical code map written into the profile.
  var codes: [(erp: String, canonical: String)] = []
  /// For a signed amount column, the ERP's debit and credit headers (amount = debit − credit).
  var split: (debit: String, credit: String)? = nil
  /// For a column the ERP does not export, its fixed canonical value (profile `constants`).
  var constant: String? = nil

  /// A plain column.
  static func plain(_ name: String, _ erp: String) -> ColumnSpec {
    ColumnSpec(name: name, erp: erp)
  }

  /// A coded column whose ERP codes come from `code`.
  static func coded<C: SampleCode>(_ name: String, _ erp: String, _ code: C.Type) -> ColumnSpec {
    ColumnSpec(name: name, erp: erp, codes: code.erpMap)
  }
}

/// An extract kind as the generator writes it: canonical and ERP file names, columns, and the
/// physical order of the ERP's columns.
struct TableSpec {
  /// The extract kind (`ledger`, `leases`, …).
  let kind: String
  /// The stem of the ERP file name (`ECRITURES` for `ECRITURES.csv`).
  let erpStem: String
  /// The canonical columns, in canonical order: the order in which the writer receives fields.
  let columns: [ColumnSpec]
  /// Extra ERP columns the profile does not map (ignored by the ingest), written last.
  var erpExtras: [String] = []
  /// ERP headers in the order they appear in the ERP file; empty means the logical order.
  var erpOrder: [String] = []

  /// The canonical file name (`ledger.csv`).
  var canonicalFile: String { kind + ".csv" }
  /// The ERP file name (`ECRITURES.csv`).
  var erpFile: String { erpStem + ".csv" }
  /// The canonical header.
  var canonicalHeader: [String] { columns.map(\.name) }

  /// The ERP headers in logical order: one per written field (a split amount gives two; a
  /// constant column gives none), then the extras.
  var erpLogicalHeader: [String] {
    var out: [String] = []
    for c in columns where c.constant == nil {
      if let s = c.split {
        out.append(s.debit)
        out.append(s.credit)
      } else {
        out.append(c.erp)
      }
    }
    return out + erpExtras
  }

  /// The ERP header as written in the file.
  var erpHeader: [String] { erpOrder.isEmpty ? erpLogicalHeader : erpOrder }

  /// For each physical ERP column, the index of the logical field written there; nil when the
  /// order is the logical one.
  var erpPermutation: [Int]? {
    guard !erpOrder.isEmpty else { return nil }
    let logical = erpLogicalHeader
    precondition(Set(logical) == Set(erpOrder) && logical.count == erpOrder.count)
    return erpOrder.map { logical.firstIndex(of: $0)! }
  }
}

/// The tables of both organisations: the single source of the headers, the ERP dialect and the
/// mapping profile.
enum Schema {
  /// `agencies`.
  static let agencies = TableSpec(
    kind: "agencies", erpStem: "AGENCES",
    columns: [.plain("agency_id", "Code agence"), .plain("name", "Libellé agence")])

  /// `staff`.
  static let staff = TableSpec(
    kind: "staff", erpStem: "PERSONNEL",
    columns: [
      .plain("staff_id", "Matricule"), .plain("name", "Nom et prénom"),
      .coded("role", "Fonction", StaffRole.self), .plain("agency_id", "Code agence"),
      .plain("fte", "ETP"), .plain("start_date", "Date d'entrée"),
      .plain("end_date", "Date de sortie"),
    ])

  /// `units` of the landlord (no availability windows; the ERP does not export the scheme).
  static let landlordUnits = TableSpec(
    kind: "units", erpStem: "LOGEMENTS",
    columns: [
      .plain("unit_id", "N° logement"), .plain("agency_id", "Code agence"),
      .plain("programme", "Programme"), .plain("commune", "Commune"),
      .plain("typology", "Typologie"),
      ColumnSpec(name: "scheme", erp: "Dispositif", constant: UnitScheme.parc.rawValue),
    ])

  /// `units` of the association (IML units with availability windows).
  static let associationUnits = TableSpec(
    kind: "units", erpStem: "LOGEMENTS",
    columns: [
      .plain("unit_id", "N° logement"), .plain("agency_id", "Code agence"),
      .plain("programme", "Programme"), .plain("commune", "Commune"),
      .plain("typology", "Typologie"), .plain("scheme", "Dispositif"),
      .plain("available_from", "Disponible du"), .plain("available_to", "Disponible au"),
    ])

  /// `households`.
  static let households = TableSpec(
    kind: "households", erpStem: "MENAGES",
    columns: [
      .plain("household_id", "N° ménage"), .plain("holder_name", "Titulaire"),
      .plain("adults", "Nb adultes"), .plain("children", "Nb enfants"),
      .coded("composition", "Composition familiale", Composition.self),
      .coded("resources", "Ressources principales", Resources.self),
      .plain("fragile", "Ménage fragile"), .plain("dalo", "Reconnu DALO"),
    ])

  /// `leases`.
  static let leases = TableSpec(
    kind: "leases", erpStem: "BAUX",
    columns: [
      .plain("lease_id", "N° bail"), .plain("household_id", "N° ménage"),
      .plain("unit_id", "N° logement"), .plain("start_date", "Date d'effet"),
      .plain("end_date", "Date de sortie"), .plain("rent", "Loyer + charges"),
      .plain("apl", "APL tiers payant"), .coded("lease_type", "Type de bail", LeaseType.self),
    ],
    erpOrder: [
      "N° bail", "N° logement", "N° ménage", "Type de bail", "Date d'effet", "Date de sortie",
      "Loyer + charges", "APL tiers payant",
    ])

  /// `ledger`.
  static let ledger = TableSpec(
    kind: "ledger", erpStem: "ECRITURES",
    columns: [
      .plain("entry_id", "N° écriture"), .plain("lease_id", "N° bail"),
      .plain("entry_date", "Date écriture"), .plain("due_date", "Échéance"),
      .plain("period", "Période"), .coded("type", "Nature", LedgerType.self),
      ColumnSpec(name: "amount", erp: "Montant", split: ("Débit", "Crédit")),
      .plain("label", "Libellé"),
    ],
    erpExtras: ["Journal"],
    erpOrder: [
      "Journal", "N° écriture", "Date écriture", "N° bail", "Nature", "Libellé", "Période",
      "Échéance", "Débit", "Crédit",
    ])

  /// `balances`.
  static let balances = TableSpec(
    kind: "balances", erpStem: "SOLDES",
    columns: [
      .plain("lease_id", "N° bail"), .plain("as_of", "Date d'arrêté"),
      ColumnSpec(name: "balance", erp: "Solde", split: ("Solde débiteur", "Solde créditeur")),
    ])

  /// `cases`.
  static let cases = TableSpec(
    kind: "cases", erpStem: "DOSSIERS",
    columns: [
      .plain("case_id", "N° dossier"), .plain("lease_id", "N° bail"),
      .plain("opened_on", "Date d'ouverture"), .plain("closed_on", "Date de clôture"),
      .coded("close_reason", "Motif de clôture", CloseReason.self),
    ])

  /// `case_history`.
  static let caseHistory = TableSpec(
    kind: "case_history", erpStem: "HISTO_DOSSIERS",
    columns: [
      .plain("case_id", "N° dossier"), .plain("from_date", "Date d'effet"),
      .coded("phase", "Phase", CasePhase.self), .plain("staff_id", "Gestionnaire"),
    ])

  /// `actions`.
  static let actions = TableSpec(
    kind: "actions", erpStem: "ACTIONS",
    columns: [
      .plain("action_id", "N° action"), .plain("date", "Date action"),
      .coded("type", "Type d'action", ActionType.self), .plain("staff_id", "Agent"),
      .plain("case_id", "N° dossier"), .plain("household_id", "N° ménage"),
      .plain("outcome", "Résultat"),
    ])

  /// `plans`.
  static let plans = TableSpec(
    kind: "plans", erpStem: "PLANS",
    columns: [
      .plain("plan_id", "N° plan"), .plain("case_id", "N° dossier"),
      .plain("signed_on", "Date de signature"), .plain("first_month", "1re échéance"),
      .plain("months", "Nb mensualités"), .plain("instalment", "Mensualité"),
      .plain("initial_debt", "Dette initiale"), .plain("ended_on", "Date de fin anticipée"),
    ])

  /// `measures` (association, canonical only).
  static let measures = TableSpec(
    kind: "measures", erpStem: "MESURES",
    columns: [
      .plain("measure_id", "N° mesure"), .plain("household_id", "N° ménage"),
      .plain("scheme", "Dispositif"), .plain("funder", "Financeur"),
      .plain("staff_id", "Référent"), .plain("notified_on", "Date de notification"),
      .plain("first_contact_on", "Premier contact"), .plain("started_on", "Date de début"),
      .plain("ended_on", "Date de fin"), .plain("outcome", "Issue"),
    ])

  /// `stays` (association, canonical only).
  static let stays = TableSpec(
    kind: "stays", erpStem: "SEJOURS",
    columns: [
      .plain("stay_id", "N° séjour"), .plain("household_id", "N° ménage"),
      .plain("unit_id", "N° logement"), .plain("entered_on", "Date d'entrée"),
      .plain("left_on", "Date de sortie"), .plain("referral", "Orientation"),
      .plain("exit_destination", "Destination à la sortie"),
    ])

  /// The landlord's tables, in the order the files are listed.
  static let landlord: [TableSpec] = [
    agencies, staff, landlordUnits, households, leases, ledger, balances, cases, caseHistory,
    actions, plans,
  ]

  /// The association's tables, in the order the files are listed.
  static let association: [TableSpec] = [
    agencies, staff, associationUnits, households, stays, measures,
  ]
}
