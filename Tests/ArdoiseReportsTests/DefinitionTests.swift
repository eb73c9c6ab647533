import ArdoiseCore
import Foundation
import XCTest

@testable import ArdoiseReports

/// `report.yaml` parsing, and errors that name the file and the line.
final class DefinitionTests: XCTestCase {
  var templates = ""

  override func setUpWithError() throws { templates = try TestPaths.temporaryFolder() }
  override func tearDown() { try? FileManager.default.removeItem(atPath: templates) }

  /// A report folder `r` with the given definition and a trivial template.
  func load(_ yaml: String, template: String = "<p>{{report.title}}</p>\n") throws
    -> LoadedReport
  {
    try TestPaths.write(yaml, templates, "r/report.yaml")
    try TestPaths.write(template, templates, "r/report.html.mustache")
    return try ReportTemplates(directory: templates).load("r")
  }

  /// The error thrown while loading.
  func error(_ yaml: String, template: String = "<p>x</p>\n") -> DefinitionError? {
    do {
      _ = try load(yaml, template: template)
      return nil
    } catch {
      return error as? DefinitionError
    }
  }

  static let valid = """
    title: Balance âgée
    description: Une ligne par bail.
    periods: [month, quarter]
    agency: required
    formats: [xlsx]
    datasets: [ageing_leases, ageing]
    sheets:
      - title: Baux débiteurs
        dataset: ageing_leases
        sort: [-balance, lease]
        split_by: agency
        columns:
          - {header: Bail, field: lease, width: 12}
          - {header: Solde, field: balance}
          - {header: Solde (texte), field: balance, format: text}
      - id: synthese
        title: Synthèse
        dataset: ageing
        emphasis: is_total
        columns:
          - {header: Tranche, field: label}
        chart:
          type: stacked_column
          title: Par tranche
          categories: label
          skip: is_total
          series:
            - {field: present, title: Présents}
            - {field: departed, title: Partis}
    """

  func testAValidDefinition() throws {
    let d = try load(Self.valid).definition
    XCTAssertEqual(d.name, "r")
    XCTAssertEqual(d.title, "Balance âgée")
    XCTAssertEqual(d.periods, [.month, .quarter])
    XCTAssertEqual(d.agency, .required)
    XCTAssertEqual(d.formats, [.xlsx])
    XCTAssertEqual(d.sheets.map(\.id), ["baux-debiteurs", "synthese"])
    let sheet = d.sheets[0]
    XCTAssertEqual(
      sheet.table.sort, [SortKey(field: "balance", descending: true), SortKey(field: "lease")])
    XCTAssertEqual(sheet.splitBy, "agency")
    XCTAssertTrue(sheet.confidential, "ageing_leases names households")
    XCTAssertEqual(
      sheet.table.columns,
      [
        ColumnDefinition(header: "Bail", field: "lease", format: .text, width: 12),
        ColumnDefinition(header: "Solde", field: "balance", format: .money),
        ColumnDefinition(header: "Solde (texte)", field: "balance", format: .text),
      ])
    let chart = try XCTUnwrap(d.sheets[1].charts.first)
    XCTAssertEqual(chart.id, "synthese")
    XCTAssertEqual(chart.kind, .stackedColumn)
    XCTAssertEqual(chart.series.map(\.field), ["present", "departed"])
    XCTAssertEqual(chart.skip, "is_total")
    XCTAssertFalse(d.sheets[1].confidential)
    // Without sections, one section per sheet.
    XCTAssertEqual(d.sections.map(\.id), ["baux-debiteurs", "synthese"])
    XCTAssertEqual(d.sections[1].charts, [chart])
  }

  func testSectionsReuseSheetsAndOverrideThem() throws {
    let yaml =
      Self.valid.replacingOccurrences(of: "formats: [xlsx]", with: "formats: [html]") + """

        sections:
          - title: Chiffres
            sheet: synthese
            table: false
          - sheet: baux-debiteurs
            limit: 20
            intro: Les plus gros soldes.
        """
    let d = try load(yaml).definition
    XCTAssertEqual(d.sections.map(\.id), ["synthese", "baux-debiteurs"])
    XCTAssertNil(d.sections[0].table)
    XCTAssertEqual(d.sections[0].charts.map(\.id), ["synthese"])
    XCTAssertEqual(d.sections[1].table?.limit, 20)
    XCTAssertTrue(d.sections[1].confidential)
    XCTAssertEqual(d.sections[1].intro, "Les plus gros soldes.")
  }

  func testErrorsNameTheFileTheLineAndTheProblem() throws {
    let cases: [(String, String, Int, String)] = [
      (
        "a misspelt key",
        Self.valid.replacingOccurrences(
          of: "    columns:\n      - {header: Bail", with: "    colums:\n      - {header: Bail"),
        12, "unknown key 'colums'"
      ),
      (
        "an unknown dataset",
        Self.valid.replacingOccurrences(
          of: "[ageing_leases, ageing]", with: "[ageing_leases, ageing, agein]"), 6,
        "unknown dataset 'agein'"
      ),
      (
        "an unknown field",
        Self.valid.replacingOccurrences(of: "field: lease, width", with: "field: bail, width"), 13,
        "has no field 'bail'"
      ),
      (
        "an unknown format",
        Self.valid.replacingOccurrences(
          of: "field: balance}", with: "field: balance, format: euros}"), 14,
        "unknown format 'euros'"
      ),
      (
        "a format that does not fit the field",
        Self.valid.replacingOccurrences(
          of: "field: balance}", with: "field: balance, format: date}"), 14,
        "holds money values, not date"
      ),
      (
        "a sort on an unknown field",
        Self.valid.replacingOccurrences(of: "[-balance, lease]", with: "[-solde, lease]"), 10,
        "has no field 'solde'"
      ),
      (
        "an unknown chart type",
        Self.valid.replacingOccurrences(of: "type: stacked_column", with: "type: pie"), 23,
        "expected line, stacked_column or bar"
      ),
      (
        "a dataset the report does not list",
        Self.valid.replacingOccurrences(of: "dataset: ageing\n", with: "dataset: bridge\n"), 18,
        "not in the report's datasets"
      ),
      (
        "a width out of range",
        Self.valid.replacingOccurrences(of: "width: 12", with: "width: 900"), 13,
        "whole number from 1 to 255"
      ),
      (
        "personal rows declared public",
        Self.valid.replacingOccurrences(
          of: "split_by: agency\n", with: "split_by: agency\n    confidential: false\n"), 12,
        "must stay confidential"
      ),
      (
        "broken YAML",
        Self.valid.replacingOccurrences(
          of: "{header: Tranche, field: label}", with: "{header: Tranche, field: label"), 22,
        "invalid YAML"
      ),
      (
        "a missing title", Self.valid.replacingOccurrences(of: "title: Balance âgée\n", with: ""),
        1, "missing 'title'"
      ),
    ]
    for (what, yaml, line, message) in cases {
      let e = try XCTUnwrap(error(yaml), what)
      XCTAssertEqual(e.file, templates + "/r/report.yaml", what)
      XCTAssertEqual(e.line, line, "\(what): \(e)")
      XCTAssertTrue(e.description.contains(message), "\(what): \(e)")
      XCTAssertTrue(e.description.hasPrefix("\(templates)/r/report.yaml:\(line)"), "\(what): \(e)")
    }
  }

  func testAMustacheSyntaxErrorNamesTheTemplateAndItsLine() throws {
    let e = try XCTUnwrap(
      error(Self.valid, template: "<h1>{{report.title}}</h1>\n{{#data.ageing}}\n<p>x</p>\n"))
    XCTAssertEqual(e.file, templates + "/r/report.html.mustache")
    XCTAssertTrue(e.message.contains("Mustache syntax"), e.description)
    XCTAssertNotNil(e.line)
  }

  func testAReportNameCannotLeaveTheTemplatesFolder() throws {
    for name in ["../etc", "a/b", ".hidden", "_partials", ""] {
      XCTAssertThrowsError(try ReportTemplates(directory: templates).load(name), name) {
        XCTAssertTrue(($0 as? DefinitionError)?.message.contains("invalid report name") ?? false)
      }
    }
  }

  func testTheTemplatesHashFollowsTheFiles() throws {
    let first = try load(Self.valid).templatesHash
    XCTAssertEqual(try load(Self.valid).templatesHash, first)
    let changed = try load(
      Self.valid.replacingOccurrences(of: "header: Bail", with: "header: N° de bail"))
    XCTAssertNotEqual(changed.templatesHash, first)
    XCTAssertEqual(first.count, 64)
  }

  func testTheDefaultTemplatesFolder() throws {
    let config = templates + "/org/ardoise.yaml"
    try TestPaths.write("x", templates, "org/ardoise.yaml")
    XCTAssertEqual(
      ReportTemplates.defaultDirectory(configurationFile: config),
      FileManager.default.currentDirectoryPath + "/Templates")
    try FileManager.default.createDirectory(
      atPath: templates + "/org/Templates", withIntermediateDirectories: true)
    XCTAssertEqual(
      ReportTemplates.defaultDirectory(configurationFile: config), templates + "/org/Templates")
  }
}
