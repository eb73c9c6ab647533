public import ArdoiseCore

/// A report as its folder's `report.yaml` defines it.
public struct ReportDefinition: Sendable, Hashable {
  /// Whether a report can be, or must be, run for one agency.
  public enum AgencyRule: String, Sendable, Hashable {
    /// Only for the whole organisation.
    case none
    /// With or without `--agency` (the default).
    case optional
    /// Only with `--agency`.
    case required
  }

  /// The report's name: its folder's name (`rapport-mensuel`).
  public var name: String
  /// The path of the `report.yaml` it was read from.
  public var file: String
  /// The title, in French.
  public var title: String
  /// A one-paragraph description, in French.
  public var description: String?
  /// Who reads it, in French.
  public var audience: String?
  /// The period lengths it can be run for.
  public var periods: [Period.Length]
  /// Whether `--agency` is allowed.
  public var agency: AgencyRule
  /// The formats written when a run does not choose.
  public var formats: [ReportFormat]
  /// The datasets it asks for, in order.
  public var datasets: [String]
  /// The XLSX sheets, in order.
  public var sheets: [SheetDefinition]
  /// The HTML sections, in order (one per sheet when `report.yaml` has no `sections:`).
  public var sections: [SectionDefinition]

  /// Creates a definition.
  public init(
    name: String, file: String, title: String, description: String? = nil,
    audience: String? = nil, periods: [Period.Length] = [.month], agency: AgencyRule = .optional,
    formats: [ReportFormat] = [.html, .xlsx], datasets: [String], sheets: [SheetDefinition],
    sections: [SectionDefinition]
  ) {
    self.name = name
    self.file = file
    self.title = title
    self.description = description
    self.audience = audience
    self.periods = periods
    self.agency = agency
    self.formats = formats
    self.datasets = datasets
    self.sheets = sheets
    self.sections = sections
  }

  /// Every chart of the report, sheets' first, by id.
  public var charts: [ChartDefinition] {
    var seen = Set<String>()
    return (sheets.flatMap(\.charts) + sections.flatMap(\.charts)).filter {
      seen.insert($0.id).inserted
    }
  }

  /// Whether any sheet or section names households.
  public var isConfidential: Bool {
    sheets.contains(where: \.confidential) || sections.contains(where: \.confidential)
  }
}
