import Mustache

/// A report read from `Templates/`: its definition and its checked templates.
public struct LoadedReport: Sendable {
  /// The definition.
  public var definition: ReportDefinition
  /// The report's template and the partials it can use.
  let library: MustacheLibrary
  /// SHA-256 of the definition and templates (the report's folder and the shared partials),
  /// stamped into the footer and the manifest.
  public var templatesHash: String
  /// The datasets the templates name as `data.<name>`: only those are converted for
  /// Mustache (a 100,000-row worklist shown through a limited table is not).
  let datasetsInTemplates: Set<String>
}
