import ArdoiseCore
import ArdoiseIndicators
import ArdoiseStore
import Foundation
import XCTest

@testable import ArdoiseReports

/// `tableaux-deets` and `metropole-asll` rendered from the sample association
/// (`SampleData/association-toulouse`, October 2026 and the third quarter of 2026 computed),
/// in HTML and as the workbook handed to the XLSX writer. The expected figures were checked
/// against an independent reading of the spec over the sample's CSV files.
final class HousingReportsTests: XCTestCase {
  private var output = ""

  override func setUpWithError() throws { output = try TestPaths.temporaryFolder() }
  override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: output) }

  /// Renders `name` for `period` in HTML and XLSX; returns the HTML and the workbook.
  func render(
    _ name: String, _ period: String, provider: any DatasetProvider, to folder: String? = nil
  ) throws -> (html: String, workbook: ReportWorkbook) {
    let recorder = WorkbookRecorder()
    let files = try ReportRenderer(xlsxWriter: recorder).render(
      name: name, period: Period(period)!, formats: [.html, .xlsx], provider: provider,
      templatesDirectory: TestPaths.templates, outputDirectory: folder ?? output,
      metadata: HousingSample.metadata)
    let html = try String(contentsOfFile: files[0].path, encoding: .utf8)
    return (html, try XCTUnwrap(recorder.workbook))
  }

  /// The rows of the sheet titled `title`.
  func rows(_ book: ReportWorkbook, _ title: String) throws -> [[DataValue]] {
    try XCTUnwrap(book.sheets.first { $0.title == title }, title).table.rows
  }

  /// The row of `rows` whose first cell is the text `label`.
  func row(_ rows: [[DataValue]], _ label: String) throws -> [DataValue] {
    try XCTUnwrap(rows.first { $0.first == .text(label) }, label)
  }

  func testTableauxDEETSForAQuarter() throws {
    let (store, parameters) = try HousingSample.store()
    let provider = HousingDatasetProvider(store: store, parameters: parameters)
    // ARDOISE_PREVIEW=/some/folder also writes the reports there, to look at them.
    if let preview = ProcessInfo.processInfo.environment["ARDOISE_PREVIEW"] {
      _ = try render("tableaux-deets", "2026-Q3", provider: provider, to: preview)
      _ = try render("tableaux-deets", "2026-10", provider: provider, to: preview)
      _ = try render("metropole-asll", "2026-10", provider: provider, to: preview)
    }
    let (html, book) = try render("tableaux-deets", "2026-Q3", provider: provider)
    XCTAssertEqual(
      book.sheets.map(\.title),
      [
        "File active", "Présences", "Entrées et sorties", "Durées de séjour",
        "Occupation et vacance", "Sorties par destination", "Entrées par orientation",
        "Ménages par composition", "Ménages par ressources", "Mesures AVDL",
        "Fins de mesures AVDL",
      ])
    XCTAssertEqual(book.title, "Tableaux d'activité IML et AVDL — 3e trimestre 2026")
    let active = try rows(book, "File active")
    XCTAssertEqual(try row(active, "Ménages accompagnés (file active)")[1], .count(21))
    XCTAssertEqual(try row(active, "Personnes accompagnées")[1], .count(54))
    let presence = try rows(book, "Présences")
    XCTAssertEqual(try row(presence, "Ménages présents au 01/07/2026")[1], .count(16))
    XCTAssertEqual(try row(presence, "Ménages présents au 30/09/2026")[1], .count(15))
    let occupancy = try rows(book, "Occupation et vacance")
    XCTAssertEqual(
      try row(occupancy, "Taux d'occupation des logements IML")[1].number ?? 0, 0.855072,
      accuracy: 1e-6)
    XCTAssertEqual(try row(occupancy, "Journées de vacance")[1], .days(240))
    let stays = try rows(book, "Durées de séjour")
    XCTAssertEqual(try row(stays, "Durée médiane de séjour")[1], .days(378))
    // Fixed layout: every destination, even at 0, in the same order; counts 1 to 4 hidden.
    let exits = try rows(book, "Sorties par destination")
    XCTAssertEqual(exits.count, 9)
    XCTAssertEqual(try row(exits, "Logement social")[1], .text("< 5"))
    XCTAssertEqual(try row(exits, "Logement privé")[1], .count(0))
    XCTAssertEqual(exits.last, [.text("Total"), .count(7)])
    XCTAssertEqual(book.sheets[5].table.emphasised.last, true)
    let composition = try rows(book, "Ménages par composition")
    XCTAssertEqual(try row(composition, "Famille monoparentale")[1], .count(9))
    XCTAssertEqual(try row(composition, "Couple sans enfant")[1], .text("< 5"))
    let avdl = try rows(book, "Mesures AVDL")
    XCTAssertEqual(
      try row(avdl, "Mesures actives dans la période"),
      [
        .text("Mesures actives dans la période"), .count(6), .text("< 5"), .text("< 5"),
        .count(0), .count(0),
      ])
    XCTAssertEqual(try row(avdl, "Personnes accompagnées")[2], .count(8))
    // HTML: the same figures, `< 5` escaped and aligned as a number, the rule explained.
    XCTAssertTrue(
      html.contains(
        "<td class=\"text\">Ménages accompagnés (file active)</td><td class=\"num\">21</td>"))
    XCTAssertTrue(
      html.contains("<td class=\"text\">Logement social</td><td class=\"num\">&lt; 5</td>"))
    XCTAssertTrue(html.contains("les effectifs de 1 à 4 sont affichés « &lt; 5 »"))
    XCTAssertFalse(html.contains("< 5"))
    // The stored values are never altered.
    let stored = try XCTUnwrap(
      try IndicatorEngine(store: store, parameters: parameters).stored(period: Period("2026-Q3")!))
    XCTAssertEqual(
      stored.values.first {
        $0.indicator == "iml_exits_by_destination"
          && $0.dimensions.text == "destination=logement_social"
      }?.count, 1)
  }

  func testMetropoleASLLForAMonth() throws {
    let (store, parameters) = try HousingSample.store()
    let provider = HousingDatasetProvider(store: store, parameters: parameters)
    let (html, book) = try render("metropole-asll", "2026-10", provider: provider)
    XCTAssertEqual(book.sheets.map(\.title), ["Fiche de lien", "Indicateurs", "Facturation"])
    // The fiche de lien: the nine Métropole measures of October, confidential, counts as they
    // are.
    let fiche = book.sheets[0]
    XCTAssertTrue(fiche.confidential)
    XCTAssertEqual(
      fiche.table.rows.map { $0[0] },
      [
        "MES0013", "MES0015", "MES0027", "MES0031", "MES0044", "MES0046", "MES0049", "MES0060",
        "MES0074",
      ]
      .map { .text($0) })
    XCTAssertEqual(
      fiche.table.rows[5],
      [
        .text("MES0046"), .text("MEYER Laurent et Océane"), .text("Marie LAMBERT"), .text("ASLL"),
        .date(Day(iso: "2026-01-23")), .date(Day(iso: "2026-01-28")), .date(Day(iso: "2026-02-06")),
        .date(Day(iso: "2026-10-20")), .text("terminée"), .text("Objectifs atteints"), .count(20),
        .count(1),
      ])
    XCTAssertEqual(fiche.table.rows[0][8], .text("en cours"))
    // The indicators of the month and of the year to date, hidden when 1 to 4.
    let indicators = try rows(book, "Indicateurs")
    XCTAssertEqual(
      try row(indicators, "Mesures actives dans la période"),
      [.text("Mesures actives dans la période"), .count(9), .count(26)])
    XCTAssertEqual(
      try row(indicators, "Mesures terminées"),
      [.text("Mesures terminées"), .text("< 5"), .count(19)])
    XCTAssertEqual(try row(indicators, "dont : Objectifs atteints")[2], .count(7))
    XCTAssertEqual(try row(indicators, "dont : Expulsion")[2], .text("< 5"))
    XCTAssertEqual(
      try row(indicators, "Délai moyen entre notification et premier contact"),
      [.text("Délai moyen entre notification et premier contact"), .days(nil), .days(188.0 / 13)])
    XCTAssertEqual(try row(indicators, "Mois-mesures facturables")[1...], [.count(9), .count(129)])
    // The bill: month_started, ASLL 250.00 € and AVDL 180.00 €; no rate for `autre`.
    let billing = try rows(book, "Facturation")
    XCTAssertEqual(
      billing,
      [
        [
          .text("ASLL"), .money(25_000), .count(6), .money(150_000), .count(95),
          .money(2_375_000), .null,
        ],
        [
          .text("AVDL"), .money(18_000), .count(2), .money(36_000), .count(24), .money(432_000),
          .null,
        ],
        [
          .text("Autre dispositif"), .money(nil), .count(1), .money(nil), .count(10), .money(nil),
          .text("aucun tarif mensuel configuré : non facturé"),
        ],
        [
          .text("Total"), .money(nil), .count(9), .money(186_000), .count(129),
          .money(2_807_000), .text("hors dispositifs sans tarif"),
        ],
      ])
    XCTAssertTrue(html.contains(DataValue.money(2_807_000).display))
    XCTAssertTrue(html.contains("MEYER Laurent et Océane"))
    XCTAssertTrue(html.contains("Règle de facturation : au mois entamé"))
  }

  /// The value `offset` columns right of the cell of column A holding `label`.
  func value(_ sheet: XLSXReader.Sheet?, _ label: String, _ offset: Int = 1) -> XLSXReader.Value? {
    guard let sheet,
      let (reference, _) = sheet.cells.first(where: {
        $0.key.hasPrefix("A") && $0.value.value == .string(label)
      })
    else { return nil }
    let column = Character(UnicodeScalar(UInt8(65 + offset)))
    return sheet[String(column) + reference.dropFirst()]?.value
  }

  /// With the XLSX writer plugged in by default (once it is in the tree), both workbooks read
  /// back with `< 5` as text cells and the other counts as numbers.
  func testTheWorkbooksReadBack() throws {
    guard ReportRenderer().xlsxWriter != nil else {
      throw XCTSkip("no default XLSX writer in this tree: the workbook is checked at the seam")
    }
    let (store, parameters) = try HousingSample.store()
    let provider = HousingDatasetProvider(store: store, parameters: parameters)
    let preview = ProcessInfo.processInfo.environment["ARDOISE_PREVIEW"]
    var books: [String: XLSXReader] = [:]
    for (name, period) in [("tableaux-deets", "2026-Q3"), ("metropole-asll", "2026-10")] {
      for folder in [output] + (preview.map { [$0] } ?? []) {
        let files = try ReportRenderer().render(
          name: name, period: Period(period)!, formats: [.xlsx], provider: provider,
          templatesDirectory: TestPaths.templates, outputDirectory: folder,
          metadata: HousingSample.metadata)
        books[name] = try XLSXReader(url: URL(fileURLWithPath: files[0].path))
      }
    }
    let deets = try XCTUnwrap(books["tableaux-deets"])
    XCTAssertEqual(deets.sheetNames.count, 11)
    XCTAssertEqual(
      value(deets.sheet("File active"), "Ménages accompagnés (file active)"), .number(21))
    let exits = deets.sheet("Sorties par destination")
    XCTAssertEqual(value(exits, "Logement social"), .string("< 5"))
    XCTAssertEqual(value(exits, "Logement privé"), .number(0))
    XCTAssertEqual(value(exits, "Total"), .number(7))
    let avdl = deets.sheet("Mesures AVDL")
    XCTAssertEqual(value(avdl, "Mesures actives dans la période", 2), .string("< 5"))
    XCTAssertEqual(value(avdl, "Personnes accompagnées", 2), .number(8))
    let metropole = try XCTUnwrap(books["metropole-asll"])
    XCTAssertEqual(
      value(metropole.sheet("Fiche de lien"), "MES0046"), .string("MEYER Laurent et Océane"))
    XCTAssertEqual(value(metropole.sheet("Indicateurs"), "Mesures terminées"), .string("< 5"))
    XCTAssertEqual(value(metropole.sheet("Facturation"), "Total", 5), .number(28_070))
  }
}
