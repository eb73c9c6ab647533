public import ArdoiseCore

/// The document properties of a workbook: what File › Properties shows, and what makes two runs
/// on the same data give byte-identical files.
///
/// The creation date is not the time of the run but a date passed by the caller, the closing
/// date of the report's period, written as midnight UTC.
public struct XLSXDocumentProperties: Hashable, Sendable {
  /// Names of the custom properties written for every workbook.
  public enum CustomName {
    /// The organisation that owns the data.
    public static let organisation = "Organisation"
    /// The report's period, `2026-10`.
    public static let period = "Période"
    /// The run that produced the file.
    public static let runID = "Exécution"
    /// The hash of the indicator and report definitions used.
    public static let definitionsHash = "Empreinte des définitions"
  }

  /// The document title, `Rapport mensuel — octobre 2026`.
  public var title: String
  /// The subject, a one-line description of the report.
  public var subject: String
  /// The organisation, written as author and company.
  public var organisation: String
  /// The period, `2026-10`.
  public var period: String
  /// The run id.
  public var runID: String
  /// The definitions hash.
  public var definitionsHash: String
  /// The creation (and modification) date: the period's closing date.
  public var created: Day
  /// Further custom properties, written in the order of their names after the standard ones.
  public var custom: [String: String]

  /// Creates the properties of a report workbook.
  public init(
    title: String, subject: String, organisation: String, period: String, runID: String,
    definitionsHash: String, created: Day, custom: [String: String] = [:]
  ) {
    self.title = title
    self.subject = subject
    self.organisation = organisation
    self.period = period
    self.runID = runID
    self.definitionsHash = definitionsHash
    self.created = created
    self.custom = custom
  }

  /// The keywords field: `Ardoise; période 2026-10; exécution …; définitions …`.
  public var keywords: String {
    "Ardoise; période \(period); exécution \(runID); définitions \(definitionsHash)"
  }

  /// The comments field: one French sentence with the period, run id and definitions hash.
  public var comments: String {
    "Période \(period), exécution \(runID), empreinte des définitions \(definitionsHash)."
  }

  /// Every custom property in the order written: the four standard ones, then `custom` sorted
  /// by name.
  public var customProperties: [(name: String, value: String)] {
    [
      (CustomName.organisation, organisation),
      (CustomName.period, period),
      (CustomName.runID, runID),
      (CustomName.definitionsHash, definitionsHash),
    ]
      + custom.filter { !Self.standardNames.contains($0.key) }
      .sorted { $0.key < $1.key }
      .map { (name: $0.key, value: $0.value) }
  }

  /// The names of the standard custom properties, which `custom` cannot override.
  private static let standardNames: Set<String> = [
    CustomName.organisation, CustomName.period, CustomName.runID, CustomName.definitionsHash,
  ]

  /// The creation date as seconds since 1970-01-01 UTC.
  var createdUnixTime: Int { created.ordinal * 86_400 }
}
