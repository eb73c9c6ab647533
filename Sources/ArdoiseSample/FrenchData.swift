import ArdoiseCore

/// Word lists for plausible French names, places and labels. Every character is in
/// Windows-1252 (no typographic apostrophes, no characters outside Latin-1 but `€`).
enum FrenchData {
  /// Family names (upper case, as ERPs print them).
  static let lastNames = [
    "MARTIN", "BERNARD", "THOMAS", "PETIT", "ROBERT", "RICHARD", "DURAND", "DUBOIS", "MOREAU",
    "LAURENT", "SIMON", "MICHEL", "LEFÈVRE", "LEROY", "ROUX", "DAVID", "BERTRAND", "MOREL",
    "FOURNIER", "GIRARD", "BONNET", "DUPONT", "LAMBERT", "FONTAINE", "ROUSSEAU", "VINCENT",
    "MULLER", "FAURE", "ANDRÉ", "MERCIER", "BLANC", "GUÉRIN", "BOYER", "GARNIER", "CHEVALIER",
    "FRANÇOIS", "LEGRAND", "GAUTHIER", "GARCIA", "PERRIN", "ROBIN", "CLÉMENT", "MORIN",
    "NICOLAS", "HENRY", "ROUSSEL", "MATHIEU", "GAUTIER", "MASSON", "MARCHAND", "DUVAL", "DENIS",
    "DUMONT", "MARIE", "LEMAIRE", "NOËL", "MEYER", "DUFOUR", "MEUNIER", "BRUN", "BLANCHARD",
    "GIRAUD", "JOLY", "RIVIÈRE", "LUCAS", "BRUNET", "GAILLARD", "BARBIER", "ARNAUD", "MARTINEZ",
    "RODRIGUEZ", "LOPEZ", "FERNANDEZ", "BENALI", "HADDAD", "BOUZID", "N'DIAYE", "DIALLO",
    "TRAORÉ", "NGUYEN", "D'ANGELO", "ESPOSITO", "DA SILVA", "PEREIRA", "KOWALSKI", "YILMAZ",
    "AUBERT", "ROCHE", "ROCHER", "CHABERT", "BOISSIER", "TEISSIER", "ROUMANILLE", "MISTRAL",
  ]

  /// Women's first names.
  static let womenFirstNames = [
    "Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Sandrine", "Valérie", "Christine",
    "Céline", "Sophie", "Aurélie", "Émilie", "Julie", "Camille", "Léa", "Manon", "Chloé", "Inès",
    "Sarah", "Laura", "Hélène", "Agnès", "Béatrice", "Gaëlle", "Maëlys", "Zoé", "Fatima",
    "Yasmina", "Amina", "Aïcha", "Nadia", "Josiane", "Monique", "Françoise", "Noémie", "Océane",
    "Mélanie", "Stéphanie", "Élodie", "Jeanne",
  ]

  /// Men's first names.
  static let menFirstNames = [
    "Jean", "Michel", "Philippe", "Alain", "Patrick", "Nicolas", "Christophe", "Pierre",
    "Frédéric", "Éric", "Laurent", "Stéphane", "David", "Olivier", "Jérôme", "Sébastien",
    "Julien", "Thomas", "Kévin", "Mathéo", "Lucas", "Hugo", "Loïc", "Noël", "François",
    "Mohamed", "Karim", "Rachid", "Mamadou", "Moussa", "José", "Antoine", "Raphaël", "Joël",
    "Gérard", "André", "René", "Hervé", "Cédric", "Anthony",
  ]

  /// The landlord's agencies: id, name, share of the homes, rent level (per mille), communes.
  static let agencies:
    [(id: String, name: String, share: Int, rentLevel: Int, communes: [String])] = [
      (
        "AVI", "Agence d'Avignon", 34, 1050,
        ["Avignon", "Le Pontet", "Vedène", "Morières-lès-Avignon", "Sorgues"]
      ),
      (
        "CAR", "Agence de Carpentras", 16, 990,
        ["Carpentras", "Monteux", "Pernes-les-Fontaines", "Mazan", "Sarrians"]
      ),
      (
        "CAV", "Agence de Cavaillon", 14, 980,
        ["Cavaillon", "L'Isle-sur-la-Sorgue", "Le Thor", "Cheval-Blanc", "Robion"]
      ),
      (
        "ORA", "Agence d'Orange", 16, 970,
        ["Orange", "Courthézon", "Jonquières", "Camaret-sur-Aigues", "Sérignan-du-Comtat"]
      ),
      ("APT", "Agence d'Apt", 8, 950, ["Apt", "Pertuis", "Gargas", "Saint-Saturnin-lès-Apt"]),
      ("BOL", "Agence de Bollène", 12, 930, ["Bollène", "Valréas", "Mondragon", "Mornas"]),
    ]

  /// Names of housing estates (*programmes*).
  static let programmes = [
    "Les Oliviers", "La Reine Jeanne", "Saint-Chamand", "Monclar", "Champfleury",
    "Les Grands Cyprès", "Le Clos des Vignes", "La Croix des Oiseaux", "Les Amandiers",
    "Les Tamaris", "Le Mistral", "La Garrigue", "Les Lavandes", "Les Cigales", "Les Genêts",
    "Les Micocouliers", "Le Luberon", "Les Platanes", "Le Moulin", "La Roseraie", "Les Pins",
    "Bel Air", "Les Félibres", "Le Ventoux", "Les Sources", "La Durance", "Les Mûriers",
    "Le Jardin d'Élise", "Les Coquelicots", "Font-Vert", "La Trillade", "Les Rotondes",
  ]

  /// Communes of Toulouse Métropole for the association's IML units.
  static let toulouseCommunes = [
    "Toulouse", "Toulouse", "Toulouse", "Toulouse", "Colomiers", "Blagnac", "Tournefeuille",
    "Balma", "L'Union", "Ramonville-Saint-Agne", "Cugnaux", "Saint-Orens-de-Gameville",
  ]

  /// Months of the year, for labels.
  static func monthLabel(_ m: Month) -> String { French.monthName(m.month) + " " + String(m.year) }

  /// A household's holder name (`MARTIN Sophie`, `BERNARD Julien et Claire`).
  static func holderName(couple: Bool, _ rng: inout SampleRandom) -> String {
    let last = rng.pick(lastNames)
    let woman = rng.chance(0.55)
    let first = rng.pick(woman ? womenFirstNames : menFirstNames)
    guard couple else { return last + " " + first }
    let second = rng.pick(woman ? menFirstNames : womenFirstNames)
    return last + " " + first + " et " + second
  }

  /// A staff member's name (`Sophie MARTIN`).
  static func staffName(_ rng: inout SampleRandom) -> String {
    rng.pick(rng.chance(0.7) ? womenFirstNames : menFirstNames) + " " + rng.pick(lastNames)
  }

  /// Free-text outcomes of actions, by action type. Some hold commas, quotes, `€` or a line
  /// break, so that CSV quoting and the encodings are exercised.
  static func outcome(_ type: ActionType, _ rng: inout SampleRandom) -> String? {
    switch type {
    case .relanceTel:
      return rng.pick([
        "Pas de réponse", "Message laissé sur le répondeur",
        "Promesse de versement de 150 € avant le 15",
        "Locataire joint, dit avoir \"oublié\" le prélèvement", "Numéro non attribué",
      ])
    case .relanceCourrier:
      return rng.chance(0.1) ? rng.pick(["Courrier retourné NPAI", "Recommandé non réclamé"]) : nil
    case .relanceSms, .relanceMail:
      return nil
    case .convocation:
      return rng.chance(0.3) ? "Convocation à l'agence" : nil
    case .entretien:
      return rng.pick([
        "Reçu à l'agence, perte d'emploi en mars", "Accord verbal pour un échéancier",
        "Locataire reçu avec sa fille.\nDossier FSL à compléter", "Ne s'est pas présenté",
        "Situation stable, retard ponctuel",
      ])
    case .visiteDomicile:
      return rng.pick([
        "Absent, avis de passage déposé", "Logement bien entretenu, budget très serré",
        "Diagnostic partagé avec le chargé de recouvrement", "Suroccupation, demande de mutation",
      ])
    case .signalementCaf:
      return rng.chance(0.3) ? "Signalement impayé transmis à la CAF" : nil
    case .saisineFsl:
      return rng.pick(["FSL maintien déposé", "Dossier FSL incomplet, relancé", nil])
    case .saisineActionLogement:
      return rng.pick(["Demande Loca-Pass", "Garantie Visale activée", nil])
    case .orientationSocial:
      return rng.pick(["Orientation vers la CESF", "Orientation CCAS", "Lien avec l'UDAF", nil])
    case .planSigne:
      return nil
    case .dossierSurendettement:
      return rng.pick(["Dossier déposé à la Banque de France", "Dossier déclaré recevable"])
    case .commandement:
      return rng.pick(["Commandement de payer signifié à personne", "Signifié à étude", nil])
    case .assignation:
      return rng.pick(["Assignation devant le juge des contentieux de la protection", nil])
    case .audience:
      return nil
    case .ccapex:
      return rng.chance(0.4) ? "Saisine CCAPEX de Vaucluse" : nil
    case .transmissionContentieux:
      return rng.chance(0.3) ? "Échec de la phase amiable" : nil
    case .encaissement:
      return rng.pick(["Règlement CB lors du rendez-vous", "Espèces remises à l'agence", nil])
    }
  }
}
