public import ArdoiseCore

extension JobDefinition.Step {
  /// `ingest`, `compute` or `report`.
  public var name: String {
    switch self {
    case .ingest: "ingest"
    case .compute: "compute"
    case .report: "report"
    }
  }

  /// The folder of an ingest, the report names of a report (comma-separated), empty for
  /// compute.
  public var target: String {
    switch self {
    case .ingest(let folder): folder
    case .compute: ""
    case .report(let names): names.joined(separator: ",")
    }
  }

  /// `ingest inbox`, `compute`, `report rapport-mensuel,balance-agee`.
  public var label: String { target.isEmpty ? name : name + " " + target }
}
