public import ArdoiseCore
import Mustache

/// Renders a report: reads its definition and templates from disk, asks the provider for its
/// datasets, writes the HTML (and the XLSX through the plugged-in writer) into
/// `<output>/<period>/` and records the files in the folder's manifest.
///
/// ```swift
/// let files = try ReportRenderer().render(
///   name: "rapport-mensuel", period: Period("2026-10")!, provider: provider,
///   templatesDirectory: "Templates", outputDirectory: "Reports", metadata: metadata)
/// ```
///
/// The same templates, datasets, parameters and metadata give byte-identical files.
public struct ReportRenderer {
  /// The XLSX writer; nil refuses XLSX output (``ReportError/noXLSXWriter``).
  public var xlsxWriter: (any XLSXReportWriting)?

  /// A renderer; XLSX goes through ``XLSXReportWriter`` unless another writer (or nil) is
  /// given.
  public init(xlsxWriter: (any XLSXReportWriting)? = XLSXReportWriter()) {
    self.xlsxWriter = xlsxWriter
  }

  /// Renders the report `name` for `period` (and `agency`) in `formats` (the definition's
  /// own when nil), and returns the files written, in format order.
  public func render(
    name: String, period: Period, formats: [ReportFormat]? = nil, agency: String? = nil,
    provider: any DatasetProvider, templatesDirectory: String, outputDirectory: String,
    metadata: ReportMetadata
  ) throws -> [OutputFile] {
    let report = try ReportTemplates(directory: templatesDirectory).load(name)
    let parameters = ReportParameters(period: period, agency: agency)
    let chosen = Array(Set(formats ?? report.definition.formats)).sorted()
    try check(report.definition, parameters, chosen)
    let datasets = try fetch(report.definition, parameters, provider)
    let writer = ReportWriter(reportsDirectory: outputDirectory)
    let tables = TableResolver(
      definition: report.definition, parameters: parameters, datasets: datasets)
    var files: [OutputFile] = []
    for format in chosen {
      switch format {
      case .html:
        let html = try renderHTML(
          report, parameters: parameters, metadata: metadata, datasets: datasets, tables: tables)
        files.append(
          try writer.write(Array(html.utf8), report: name, parameters: parameters, format: .html))
      case .xlsx:
        guard let xlsxWriter else { throw ReportError.noXLSXWriter }
        let workbook = try wrap(name) {
          try WorkbookBuilder(
            report: report, parameters: parameters, metadata: metadata, datasets: datasets,
            tables: tables
          ).make()
        }
        files.append(
          try writer.write(report: name, parameters: parameters, format: .xlsx) { path in
            try xlsxWriter.write(workbook, to: path)
          })
      }
    }
    try writer.record(
      files, report: name, parameters: parameters, metadata: metadata,
      templatesHash: report.templatesHash)
    return files
  }

  /// The HTML of a loaded report for datasets already fetched.
  public func renderHTML(
    _ report: LoadedReport, parameters: ReportParameters, metadata: ReportMetadata,
    datasets: [String: DataValue]
  ) throws -> String {
    try renderHTML(
      report, parameters: parameters, metadata: metadata, datasets: datasets,
      tables: TableResolver(
        definition: report.definition, parameters: parameters, datasets: datasets))
  }

  /// The HTML, sharing resolved tables with the rest of the render.
  func renderHTML(
    _ report: LoadedReport, parameters: ReportParameters, metadata: ReportMetadata,
    datasets: [String: DataValue], tables: TableResolver
  ) throws -> String {
    let context = try wrap(report.definition.name) {
      try HTMLContext(
        report: report, parameters: parameters, metadata: metadata, datasets: datasets,
        tables: tables
      ).make()
    }
    guard let html = report.library.render(context, withTemplate: "report.html") else {
      throw ReportError.templateFailed(report: report.definition.name)
    }
    return html
  }

  /// Every dataset the definition lists, from the provider.
  public func fetch(
    _ definition: ReportDefinition, _ parameters: ReportParameters,
    _ provider: any DatasetProvider
  ) throws -> [String: DataValue] {
    var out: [String: DataValue] = [:]
    for name in definition.datasets {
      out[name] = try wrap(definition.name) {
        do {
          return try provider.dataset(named: name, parameters: parameters)
        } catch let e as DatasetError {
          throw e
        } catch {
          throw DatasetError.providerFailed(dataset: name, message: "\(error)")
        }
      }
    }
    return out
  }

  /// Checks the parameters and formats against the definition.
  func check(
    _ definition: ReportDefinition, _ parameters: ReportParameters, _ formats: [ReportFormat]
  ) throws {
    guard definition.periods.contains(parameters.period.length) else {
      throw ReportError.periodNotAllowed(
        report: definition.name, period: parameters.period.description,
        allowed: definition.periods.map(\.rawValue))
    }
    if parameters.agency != nil, definition.agency == .none {
      throw ReportError.agencyNotAllowed(report: definition.name)
    }
    if parameters.agency == nil, definition.agency == .required {
      throw ReportError.agencyRequired(report: definition.name)
    }
    for format in formats where !definition.formats.contains(format) {
      throw ReportError.formatNotOffered(report: definition.name, format: format.rawValue)
    }
  }

  /// Runs `body`, naming the report in a dataset error.
  func wrap<T>(_ report: String, _ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let e as DatasetError {
      throw ReportError.dataset(report: report, e)
    }
  }
}
