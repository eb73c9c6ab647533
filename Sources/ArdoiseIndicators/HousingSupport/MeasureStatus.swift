/// The status of a measure in a month on the *fiche de lien*.
///
/// Precedence when several apply: `terminee` (ended in the month) over `nouvelle` (notified in
/// the month) over `en_cours` (neither, but active in the month).
public enum MeasureStatus: String, Sendable, CaseIterable {
  /// Notified in the month (and not ended in it).
  case nouvelle
  /// Active in the month, neither notified nor ended in it.
  case enCours = "en_cours"
  /// Ended in the month, even if notified in the same month.
  case terminee

  /// The French label: `nouvelle`, `en cours`, `terminée`.
  public var label: String {
    switch self {
    case .nouvelle: "nouvelle"
    case .enCours: "en cours"
    case .terminee: "terminée"
    }
  }
}
