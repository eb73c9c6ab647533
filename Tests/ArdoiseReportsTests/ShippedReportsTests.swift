import ArdoiseCore
import Foundation
import XCTest

@testable import ArdoiseReports

/// The four recovery reports of `Templates/` load, use only catalogued fields, and render with
/// the sample datasets.
final class ShippedReportsTests: XCTestCase {
  static let names = ["balance-agee", "charge-conseillers", "qualite-donnees", "rapport-mensuel"]

  func testTheShippedReportsAreListed() throws {
    let names = try ReportTemplates(directory: TestPaths.templates).reportNames()
    for name in Self.names { XCTAssertTrue(names.contains(name), name) }
  }

  func testEveryShippedReportRendersToHTML() throws {
    let output = try TestPaths.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: output) }
    // ARDOISE_PREVIEW=/some/folder also writes the reports there, to look at them.
    let preview = ProcessInfo.processInfo.environment["ARDOISE_PREVIEW"]
    for name in Self.names {
      for folder in [output] + (preview.map { [$0] } ?? []) {
        let files = try ReportRenderer().render(
          name: name, period: SampleDatasets.period, formats: [.html],
          provider: SampleDatasets.provider, templatesDirectory: TestPaths.templates,
          outputDirectory: folder, metadata: SampleDatasets.metadata)
        XCTAssertEqual(files.map(\.fileName), ["\(name).html"])
      }
    }
  }

  func testTheSampleCoversEveryDatasetTheReportsUse() throws {
    let templates = ReportTemplates(directory: TestPaths.templates)
    for name in Self.names {
      let report = try templates.load(name)
      for dataset in report.definition.datasets {
        let value = try XCTUnwrap(SampleDatasets.all[dataset], "\(name): \(dataset)")
        let description = try XCTUnwrap(DatasetCatalogue.description(of: dataset))
        for (i, row) in (value.elements ?? []).enumerated() {
          for field in description.fields {
            XCTAssertNotNil(row[field: field.name], "\(dataset)[\(i)] lacks \(field.name)")
          }
        }
      }
    }
  }
}

/// `docs/reports.md` lists the datasets exactly as the catalogue defines them.
final class CatalogueDocumentationTests: XCTestCase {
  func testTheDocumentedCatalogueMatchesTheCode() throws {
    let path = URL(fileURLWithPath: TestPaths.templates).deletingLastPathComponent()
      .appendingPathComponent("docs/reports.md").path
    let doc = try String(contentsOfFile: path, encoding: .utf8)
    let begin = try XCTUnwrap(doc.range(of: "<!-- catalogue:begin -->\n"))
    let end = try XCTUnwrap(doc.range(of: "<!-- catalogue:end -->"))
    XCTAssertEqual(
      String(doc[begin.upperBound..<end.lowerBound]), DatasetCatalogue.markdown,
      "docs/reports.md is out of date: paste DatasetCatalogue.markdown between the markers")
  }
}
