import ArdoiseCore

/// The one-line French explanation of a batch check, from its name, status and count (and
/// the figures of its stored message, which ingest writes in English); the stored message
/// itself for a check this does not know.
enum CheckMessages {
  /// The French message of a check.
  static func french(name: String, status: String, count: Int64, stored: String) -> String {
    let n = French.count(count)
    let pass = status == "pass"
    switch name {
    case "unique_keys":
      if pass { return "Chaque identifiant n'apparaît qu'une fois." }
      return status == "fail"
        ? "\(n) ligne(s) reprennent un identifiant déjà enregistré avec d'autres valeurs (en quarantaine)."
        : "\(n) identifiant(s) en double dans le fichier avec d'autres valeurs (la dernière ligne l'emporte)."
    case "required_fields":
      return pass
        ? "Toutes les valeurs obligatoires sont présentes."
        : "\(n) ligne(s) sans une valeur obligatoire (en quarantaine)."
    case "valid_values":
      return pass
        ? "Toutes les valeurs sont lisibles."
        : "\(n) ligne(s) avec une valeur illisible, un nombre de champs erroné ou des dates "
          + "incohérentes (en quarantaine)."
    case "allowed_codes":
      return pass
        ? "Tous les codes sont connus."
        : "\(n) ligne(s) avec un code inconnu (en quarantaine, ou gardées avec un avertissement "
          + "pour les types d'action)."
    case "references":
      return pass
        ? "Toutes les références sont connues."
        : "\(n) ligne(s) renvoient à un bail, un dossier, un ménage, un logement, une agence ou "
          + "un agent inconnu (en quarantaine, à rejouer quand la référence arrivera)."
    case "future_entries":
      return pass
        ? "Aucune ligne datée après le jour de réception."
        : "\(n) ligne(s) datée(s) après le jour de réception."
    case "row_count_change":
      return rowCount(stored, warn: !pass) ?? stored
    case "ledger_vs_balances":
      return balances(stored, pass: pass) ?? stored
    default:
      return stored
    }
  }

  /// `N rows against M in batch K[, a change above T %]` and `first batch of KIND`.
  private static func rowCount(_ stored: String, warn: Bool) -> String? {
    if stored.hasPrefix("first batch of") { return "Premier lot de cette nature." }
    let numbers = integers(in: stored).map { French.count(Int64($0)) }
    guard numbers.count >= 3 else { return nil }
    var text = "\(numbers[0]) ligne(s) contre \(numbers[1]) dans le lot \(numbers[2])"
    if warn, numbers.count >= 4 { text += ", soit une variation de plus de \(numbers[3]) %" }
    return text + "."
  }

  /// `N of M ERP balance(s) differ…`, `M ERP balance(s) equal…`, `no ERP balance…`.
  private static func balances(_ stored: String, pass: Bool) -> String? {
    if stored.hasPrefix("no ERP balance") { return "Aucun solde de l'ERP à comparer." }
    let numbers = integers(in: stored).map { French.count(Int64($0)) }
    if pass, numbers.count == 1 {
      return "\(numbers[0]) solde(s) de l'ERP égaux aux écritures au centime près."
    }
    if !pass, numbers.count == 2 {
      return "\(numbers[0]) solde(s) de l'ERP sur \(numbers[1]) diffèrent des écritures."
    }
    return nil
  }

  /// The whole numbers written in `text`, in order.
  private static func integers(in text: String) -> [Int] {
    text.split { !$0.isASCII || !$0.isNumber }.compactMap { Int($0) }
  }
}
