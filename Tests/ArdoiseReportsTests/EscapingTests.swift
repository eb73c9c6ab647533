import ArdoiseCore
import Foundation
import XCTest

@testable import ArdoiseReports

/// Every value from data is escaped, and a template cannot turn escaping off, run a script or
/// fetch anything.
final class EscapingTests: XCTestCase {
  var templates = ""

  override func setUpWithError() throws { templates = try TestPaths.temporaryFolder() }
  override func tearDown() { try? FileManager.default.removeItem(atPath: templates) }

  static let yaml = """
    title: Essai
    formats: [html]
    datasets: [ageing_leases]
    sheets:
      - title: Alertes
        dataset: ageing_leases
        columns:
          - {header: Titulaire, field: holder}
          - {header: Solde, field: balance}
        chart:
          type: bar
          title: Soldes
          categories: holder
          series:
            - {field: balance, title: "Solde <b>&</b> {{x}}"}
    """

  /// The HTML of the test report with `template`, over the sample worklists.
  func render(_ template: String) throws -> String {
    try TestPaths.write(Self.yaml, templates, "r/report.yaml")
    try TestPaths.write(template, templates, "r/report.html.mustache")
    let report = try ReportTemplates(directory: templates).load("r")
    let renderer = ReportRenderer()
    let parameters = ReportParameters(period: SampleDatasets.period)
    let datasets = try renderer.fetch(report.definition, parameters, SampleDatasets.provider)
    return try renderer.renderHTML(
      report, parameters: parameters, metadata: SampleDatasets.metadata, datasets: datasets)
  }

  func testAHolderNamedScriptComesOutAsText() throws {
    let html = try render(
      """
      {{#data.ageing_leases}}<p title="{{holder}}">{{holder}}</p>{{/data.ageing_leases}}
      {{#sections}}{{#table}}{{#rows}}{{#cells}}<td>{{value}}</td>{{/cells}}{{/rows}}{{/table}}{{/sections}}
      {{charts.alertes}}
      """)
    XCTAssertFalse(html.contains("<script"), html)
    XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    XCTAssertTrue(html.contains("<p title=\"&lt;script&gt;alert(1)&lt;/script&gt;\">"))
    // The formula is inert text, its quotes escaped (it cannot close an attribute either).
    XCTAssertTrue(html.contains("=HYPERLINK(&quot;http://x&quot;)"), html)
    XCTAssertFalse(html.contains("HYPERLINK(\""))
    // The chart came through unescaped, its own texts escaped (braces too).
    XCTAssertTrue(html.contains("<svg "))
    XCTAssertTrue(html.contains("Solde &lt;b&gt;&amp;&lt;/b&gt; &#123;&#123;x&#125;&#125;"), html)
  }

  func testTheShippedMonthlyReportEscapesHostileNames() throws {
    let report = try ReportTemplates(directory: TestPaths.templates).load("rapport-mensuel")
    let renderer = ReportRenderer()
    let parameters = ReportParameters(period: SampleDatasets.period)
    let html = try renderer.renderHTML(
      report, parameters: parameters, metadata: SampleDatasets.metadata,
      datasets: try renderer.fetch(report.definition, parameters, SampleDatasets.provider))
    XCTAssertFalse(html.contains("<script"))
    XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    XCTAssertTrue(html.contains("=HYPERLINK(&quot;http://x&quot;)"))
    // Self-contained: no external resource, no script.
    for forbidden in ["<script", "<link", "<img", "src=", "url(", "@import", "http://", "https://"]
    {
      XCTAssertFalse(
        html.replacingOccurrences(of: "http://x", with: "").contains(forbidden), forbidden)
    }
    XCTAssertTrue(html.contains("Content-Security-Policy"))
  }

  func testTemplatesThatCouldWriteUnescapedDataAreRefused() throws {
    let cases: [(String, String)] = [
      ("<p>\n  {{{charts.alertes}}}\n</p>\n", "triple mustaches"),
      ("<p>ok</p>\n<p>{{&report.title}}</p>\n", "without HTML escaping"),
      ("{{=<% %>=}}\n<%{report.title}%>\n", "delimiters"),
      ("{{% CONTENT_TYPE: TEXT }}\n{{report.title}}\n", "pragmas"),
      ("<div>\n{{>* report.name}}\n</div>\n", "dynamic partials"),
      ("<p>x</p>\n<SCRIPT>alert(1)</SCRIPT>\n", "'<script'"),
      ("<p>x</p>\n<p onclick=\"alert(1)\">x</p>\n", "event handler"),
      ("<style>\nbody { background: url(http://example.org/x.png) }\n</style>\n", "'url('"),
      ("<p>x</p>\n<img src=\"x.png\">\n", "'<img'"),
    ]
    let expectedLines = [2, 2, 1, 1, 2, 2, 2, 2, 2]
    for ((template, reason), line) in zip(cases, expectedLines) {
      XCTAssertThrowsError(try render(template), template) { error in
        let e = error as? DefinitionError
        XCTAssertEqual(e?.file, templates + "/r/report.html.mustache", template)
        XCTAssertEqual(e?.line, line, "\(template): \(String(describing: e))")
        XCTAssertTrue(e?.message.contains(reason) ?? false, "\(template): \(String(describing: e))")
      }
    }
  }

  func testPartialsAreCheckedToo() throws {
    try TestPaths.write("<b>{{{report.title}}}</b>\n", templates, "_partials/bad.mustache")
    XCTAssertThrowsError(try render("{{> bad}}\n")) { error in
      XCTAssertEqual((error as? DefinitionError)?.file, templates + "/_partials/bad.mustache")
      XCTAssertEqual((error as? DefinitionError)?.line, 1)
    }
  }

  func testTrustedMarkupRendersAsItselfAndNothingElse() throws {
    let markup = "<svg><text>a &#123;&#123;b&#125;&#125;</text></svg>\n"
    XCTAssertEqual(try render("{{charts.alertes}}").contains("<svg "), true)
    let trusted = TrustedHTML(markup: markup)
    XCTAssertEqual(trusted.markup, markup)
    // Markup that would hold a tag is defused.
    XCTAssertEqual(TrustedHTML(markup: "<g>{{x}}</g>").markup, "<g>{&#123;x}}</g>")
  }
}
