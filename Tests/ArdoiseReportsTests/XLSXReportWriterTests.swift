import ArdoiseCore
import Foundation
import XCTest

@testable import ArdoiseReports

/// The shipped reports rendered to XLSX by the default writer and read back with the
/// independent `XLSXReader`: sheets, values, formats, layout, charts, properties, totals,
/// hostile texts, constant-memory mode and byte-identical reruns.
final class XLSXReportWriterTests: XCTestCase {
  /// A folder removed after each test.
  private var folder = ""

  override func setUpWithError() throws { folder = try TestPaths.temporaryFolder() }
  override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

  /// Renders `name` to XLSX only, with the sample datasets, and reads it back.
  private func render(
    _ name: String, writer: XLSXReportWriter = XLSXReportWriter(), agency: String? = nil,
    into subfolder: String = "Reports"
  ) throws -> (url: URL, book: XLSXReader) {
    let files = try ReportRenderer(xlsxWriter: writer).render(
      name: name, period: SampleDatasets.period, formats: [.xlsx], agency: agency,
      provider: SampleDatasets.provider, templatesDirectory: TestPaths.templates,
      outputDirectory: folder + "/" + subfolder, metadata: SampleDatasets.metadata)
    XCTAssertEqual(files.map(\.fileName), ["\(name)\(agency.map { "-" + $0 } ?? "").xlsx"])
    let url = URL(fileURLWithPath: files[0].path)
    return (url, try XLSXReader(url: url))
  }

  /// Number format codes as the file stores them.
  private enum Code {
    static let money = #"#,##0.00\ "€""#
    static let ratio = #"0.0\ %"#
    static let count = "#,##0"
    static let decimal = "#,##0.0"
    static let date = "dd/mm/yyyy"
  }

  // MARK: - balance-agee

  func testBalanceAgeeHasASummaryThenOneSheetPerAgencySortedByBalance() throws {
    let book = try render("balance-agee").book
    XCTAssertEqual(
      book.sheetNames,
      ["Synthèse", "Par agence"] + SampleDatasets.agencies.map { "Balance âgée — \($0.0)" })

    // Apt holds leases 0 and 6 of the sample: balances 9,840.55 and 9,840.55 - 6 × 713.20.
    let apt = try XCTUnwrap(book.sheet("Balance âgée — APT"))
    XCTAssertEqual(apt["A1"]?.value, .string("Balance âgée — octobre 2026 — Confidentiel"))
    XCTAssertEqual(apt["A1"]?.isBold, true)
    XCTAssertEqual(apt["A2"]?.value, .string("Bail"))
    XCTAssertEqual(apt["G2"]?.value, .string("Solde"))
    XCTAssertEqual(apt["T2"]?.value, .string("Plan en cours"))
    XCTAssertEqual(apt["A3"]?.value, .string("B10240"))
    XCTAssertEqual(apt["G3"]?.value, .number(9_840.55), "984,055 cents")
    XCTAssertEqual(apt["G3"]?.numberFormat, Code.money)
    XCTAssertEqual(apt["G4"]?.value, .number(5_561.35))
    XCTAssertEqual(apt["E3"]?.value, .number(512))
    XCTAssertEqual(apt["F3"]?.value, .number(0), "an APL of 0 € is a number, not a blank")
    // The oldest unpaid debit of lease 0 is 5 January 2026. From 1899-12-30 to 1900-01-01:
    // 2 days; 1900 to 2025: 126 × 365 + 31 leap days (1904…2024; 1900 is not) = 46,021; so
    // 1 January 2026 is 46,023 and the 5th is 46,027.
    XCTAssertEqual(apt["N3"]?.value, .number(46_027))
    XCTAssertEqual(apt["N3"]?.numberFormat, Code.date)
    XCTAssertEqual(apt["O3"]?.value, .number(9_840.55 / 512))
    XCTAssertEqual(apt["O3"]?.numberFormat, Code.decimal)
    XCTAssertEqual(apt["T3"]?.value, .string("non"))
    XCTAssertEqual(apt.frozenRows, 2)
    XCTAssertEqual(apt.paneTopLeftCell, "A3")
    XCTAssertEqual(apt.autofilter, "A2:T4")
    // The definition's 28 characters (libxlsxwriter stores them with the cell padding).
    XCTAssertEqual(apt.columnWidths[1] ?? 0, 28.71, accuracy: 0.01)
    XCTAssertGreaterThanOrEqual(apt.columnWidths[6] ?? 0, 12, "fitted to `9 840,55 €`")
    XCTAssertTrue(apt.charts.isEmpty)

    // Every agency sheet: its own leases only, largest balance first.
    for (code, _) in SampleDatasets.agencies {
      let sheet = try XCTUnwrap(book.sheet("Balance âgée — \(code)"))
      let rows = 3..<(sheet.rowCount + 1)
      XCTAssertTrue(rows.allSatisfy { sheet["C\($0)"]?.value == .string(code) }, code)
      let balances = rows.compactMap { row -> Double? in
        if case .number(let value) = sheet["G\(row)"]?.value { return value }
        return nil
      }
      XCTAssertEqual(balances.count, rows.count, code)
      XCTAssertEqual(balances, balances.sorted(by: >), code)
    }

    // A missing date is a blank cell that keeps the date format (lease 5, Pertuis).
    let per = try XCTUnwrap(book.sheet("Balance âgée — PER"))
    XCTAssertEqual(per["A3"]?.value, .string("B10325"))
    XCTAssertEqual(per["S3"]?.value, XLSXReader.Value.none)
    XCTAssertEqual(per["S3"]?.numberFormat, Code.date)
  }

  func testTheSummaryTotalsAreSumFormulasWithTheDataValues() throws {
    let book = try render("balance-agee").book
    let summary = try XCTUnwrap(book.sheet("Synthèse"))
    XCTAssertEqual(summary["A1"]?.value, .string("Balance âgée — octobre 2026"))
    XCTAssertEqual(summary["A3"]?.value, .string("Non échu"))
    XCTAssertEqual(summary["B3"]?.value, .number(41_220))
    XCTAssertEqual(summary["E3"]?.numberFormat, Code.ratio)
    XCTAssertEqual(summary["F3"]?.value, .number(210))
    XCTAssertEqual(summary["F3"]?.numberFormat, Code.count)
    // The six buckets are rows 3 to 8; the total, row 9, stays out of the autofilter.
    XCTAssertEqual(summary.autofilter, "A2:F8")
    XCTAssertEqual(summary["A9"]?.value, .string("Total"))
    XCTAssertEqual(summary["A9"]?.isBold, true)
    for (column, value) in [("B", 1_153_049.0), ("C", 600_628.49), ("D", 1_753_677.49)] {
      let cell = try XCTUnwrap(summary["\(column)9"], column)
      XCTAssertEqual(cell.formula, "SUM(\(column)3:\(column)8)")
      XCTAssertEqual(cell.value, .number(value), "cached: the data's total")
      XCTAssertEqual(cell.numberFormat, Code.money)
      XCTAssertEqual(cell.isBold, true)
    }
    XCTAssertEqual(summary["F9"]?.formula, "SUM(F3:F8)")
    XCTAssertEqual(summary["F9"]?.value, .number(1_473))
    XCTAssertEqual(summary["F9"]?.numberFormat, Code.count)
    // A share is not a sum: the data's value, in bold.
    XCTAssertNil(summary["E9"]?.formula)
    XCTAssertEqual(summary["E9"]?.value, .number(1))
    XCTAssertEqual(summary["E9"]?.isBold, true)

    // The agencies' total in the sample is not the sum of its rows: it stays a number.
    let agencies = try XCTUnwrap(book.sheet("Par agence"))
    XCTAssertEqual(agencies["A9"]?.value, .string("Total"))
    XCTAssertNil(agencies["B9"]?.formula)
    XCTAssertEqual(agencies["B9"]?.value, .number(1_153_049))
    XCTAssertEqual(agencies["B9"]?.isBold, true)

    // The stacked chart plots the six buckets, without the total.
    XCTAssertEqual(summary.charts.count, 1)
    let chart = try XCTUnwrap(summary.charts.first)
    XCTAssertEqual(chart.plots, ["barChart"])
    XCTAssertEqual(chart.barDirection, "col")
    XCTAssertEqual(chart.grouping, "stacked")
    XCTAssertEqual(chart.title, "Balance âgée par ancienneté et statut")
    XCTAssertEqual(chart.seriesNames, ["Présents", "Partis"])
    XCTAssertEqual(chart.categoryReferences, ["'Synthèse'!$A$3:$A$8", "'Synthèse'!$A$3:$A$8"])
    XCTAssertEqual(chart.valueReferences, ["'Synthèse'!$B$3:$B$8", "'Synthèse'!$C$3:$C$8"])
    XCTAssertEqual(chart.valueAxisFormat, #"#,##0\ "€""#)
    XCTAssertGreaterThan(chart.anchor.row, 8, "under the table")
  }

  func testHostileHoldersAreStoredAsPlainStrings() throws {
    for writer in [XLSXReportWriter(), XLSXReportWriter(constantMemoryThreshold: 0)] {
      let book = try render("balance-agee", writer: writer).book
      // Lease 1 is in Avignon, lease 4 in Orange: each the largest balance of its sheet.
      for (sheet, holder) in [
        ("Balance âgée — AVI", SampleDatasets.scriptHolder),
        ("Balance âgée — ORA", SampleDatasets.formulaHolder),
      ] {
        let cell = try XCTUnwrap(book.sheet(sheet)?["B3"], sheet)
        XCTAssertEqual(cell.value, .string(holder))
        XCTAssertNil(cell.formula, "no <f> element")
        XCTAssertEqual(cell.type, writer.constantMemoryThreshold == 0 ? "inlineStr" : "s")
      }
    }
  }

  func testDocumentProperties() throws {
    let book = try render("balance-agee").book
    let metadata = SampleDatasets.metadata
    XCTAssertEqual(book.coreProperties["title"], "Balance âgée — octobre 2026")
    XCTAssertTrue(book.coreProperties["subject"]?.hasPrefix("Une ligne par bail débiteur") == true)
    XCTAssertEqual(book.coreProperties["creator"], metadata.organisation)
    XCTAssertEqual(book.appProperties["Company"], metadata.organisation)
    XCTAssertEqual(book.coreProperties["created"], "2026-10-31T00:00:00Z", "the closing date")
    XCTAssertEqual(book.coreProperties["modified"], "2026-10-31T00:00:00Z")
    XCTAssertEqual(book.customProperties["Organisation"], metadata.organisation)
    XCTAssertEqual(book.customProperties["Période"], "2026-10")
    XCTAssertEqual(book.customProperties["Exécution"], metadata.runID)
    XCTAssertEqual(book.customProperties["Empreinte des définitions"], metadata.definitionsHash)
    XCTAssertEqual(book.customProperties["Version des définitions"], "2026.1")
    XCTAssertEqual(book.customProperties["Rapport"], "balance-agee")
    XCTAssertEqual(book.customProperties["Données au"], "2026-11-04")
    XCTAssertEqual(book.customProperties["Empreinte des modèles"]?.count, 64)
    XCTAssertNil(book.customProperties["Agence"])

    let one = try render("balance-agee", agency: "AVI").book
    XCTAssertEqual(one.sheetNames, ["Synthèse", "Par agence", "Balance âgée"])
    XCTAssertEqual(one.coreProperties["title"], "Balance âgée — octobre 2026 — agence AVI")
    XCTAssertEqual(one.customProperties["Agence"], "AVI")
  }

  // MARK: - rapport-mensuel

  func testRapportMensuelSheetsValuesAndCharts() throws {
    let book = try render("rapport-mensuel").book
    XCTAssertEqual(
      book.sheetNames,
      [
        "Chiffres clés", "Tendances sur 13 mois", "Pont des soldes", "Balance âgée",
        "Créances par agence", "Créances par phase", "Charge par chargé(e)",
        "Plans d'apurement", "Signalements CAF en retard", "Plans rompus",
        "Dossiers sans action", "Lots du mois", "Contrôles du mois",
      ])
    for sheet in book.sheets {
      XCTAssertEqual(sheet.frozenRows, 2, sheet.name)
      XCTAssertEqual(sheet.paneState, "frozen", sheet.name)
      XCTAssertNotNil(sheet.autofilter, sheet.name)
      let confidential = [
        "Signalements CAF en retard", "Plans rompus", "Dossiers sans action",
      ].contains(sheet.name)
      XCTAssertEqual(
        sheet["A1"]?.value,
        .string(
          "Rapport mensuel du recouvrement — octobre 2026" + (confidential ? " — Confidentiel" : "")
        ),
        sheet.name)
    }

    // Headline figures: each value in its own kind (`auto` columns); a missing one is blank.
    let figures = try XCTUnwrap(book.sheet("Chiffres clés"))
    XCTAssertEqual(figures["A3"]?.value, .string("Quittancement du mois"))
    XCTAssertEqual(figures["B3"]?.value, .number(2_273_312))
    XCTAssertEqual(figures["B3"]?.numberFormat, Code.money)
    XCTAssertEqual(figures["B5"]?.value, .number(0.97331))
    XCTAssertEqual(figures["B5"]?.numberFormat, Code.ratio)
    XCTAssertEqual(figures["B9"]?.value, .number(1_473))
    XCTAssertEqual(figures["B9"]?.numberFormat, Code.count)
    XCTAssertEqual(figures["E12"]?.value ?? .none, .none, "no value a year earlier")
    XCTAssertEqual(figures.columnWidths[0] ?? 0, 34.71, accuracy: 0.01)

    // Trends: months as French text, ratios as fractions, four charts over the table's cells.
    let trends = try XCTUnwrap(book.sheet("Tendances sur 13 mois"))
    XCTAssertEqual(trends["A3"]?.value, .string("oct. 2025"))
    XCTAssertEqual(trends["A15"]?.value, .string("oct. 2026"))
    XCTAssertEqual(trends["B3"]?.value, .number(2_204_881))
    XCTAssertEqual(trends["D3"]?.value, .number(0.9747))
    XCTAssertEqual(trends["D3"]?.numberFormat, Code.ratio)
    XCTAssertEqual(trends.autofilter, "A2:J15")
    XCTAssertEqual(
      trends.charts.map(\.plots), [["lineChart"], ["lineChart"], ["barChart"], ["lineChart"]])
    XCTAssertEqual(
      trends.charts.map(\.title),
      [
        "Taux de recouvrement", "Quittancement et encaissements",
        "Créances des locataires présents et partis", "Nombre de débiteurs",
      ])
    let rates = trends.charts[0]
    XCTAssertEqual(rates.seriesNames, ["Taux du mois", "Taux sur 12 mois glissants"])
    XCTAssertEqual(rates.categoryReferences.first, "'Tendances sur 13 mois'!$A$3:$A$15")
    XCTAssertEqual(
      rates.valueReferences,
      ["'Tendances sur 13 mois'!$D$3:$D$15", "'Tendances sur 13 mois'!$E$3:$E$15"])
    XCTAssertEqual(trends.charts[2].grouping, "stacked")
    XCTAssertEqual(trends.charts[2].barDirection, "col")
    let anchors = trends.charts.map(\.anchor.row)
    XCTAssertEqual(anchors, anchors.sorted(), "one under the other")
    XCTAssertEqual(Set(anchors).count, 4)

    // The bridge: the opening balance, the movements, the closing balance as their sum.
    let bridge = try XCTUnwrap(book.sheet("Pont des soldes"))
    XCTAssertEqual(bridge["B3"]?.value, .number(1_702_118.40))
    XCTAssertNil(bridge["B3"]?.formula, "nothing above the opening balance")
    XCTAssertEqual(bridge["B3"]?.isBold, true)
    XCTAssertEqual(bridge["B5"]?.value, .number(-118_240))
    XCTAssertEqual(bridge["A11"]?.value, .string("Solde de clôture au 31/10/2026"))
    XCTAssertEqual(bridge["B11"]?.formula, "SUM(B3:B10)")
    XCTAssertEqual(bridge["B11"]?.value, .number(1_753_677.49))
    XCTAssertEqual(bridge.autofilter, "A2:B10")

    // Bars per agency and per advisor: horizontal, clustered, over the table.
    let byAgency = try XCTUnwrap(book.sheet("Créances par agence")?.charts.first)
    XCTAssertEqual(byAgency.barDirection, "bar")
    XCTAssertEqual(byAgency.grouping, "clustered")
    XCTAssertEqual(byAgency.categoryReferences.first, "'Créances par agence'!$A$3:$A$8")
    let caseload = try XCTUnwrap(book.sheet("Charge par chargé(e)"))
    XCTAssertEqual(caseload.charts.first?.barDirection, "bar")
    XCTAssertEqual(caseload.charts.first?.title, "Dossiers ouverts par ETP")
    XCTAssertEqual(
      caseload.charts.first?.valueReferences, ["'Charge par chargé(e)'!$E$3:$E$7"])
    // 182 + 164 + 151 + 121 + 48 open cases.
    XCTAssertEqual(caseload["C8"]?.formula, "SUM(C3:C7)")
    XCTAssertEqual(caseload["C8"]?.value, .number(666))

    // Worklists: dates, counts and the confidential title.
    let caf = try XCTUnwrap(book.sheet("Signalements CAF en retard"))
    XCTAssertEqual(caf["E3"]?.numberFormat, Code.date)
    XCTAssertEqual(caf["G3"]?.numberFormat, Code.count)
    XCTAssertTrue(caf.charts.isEmpty)
  }

  func testAPivotedChartPlotsItsOwnTableUnderTheSheets() throws {
    let book = try render("charge-conseillers").book
    let trend = try XCTUnwrap(book.sheet("Évolution sur 13 mois"))
    let chart = try XCTUnwrap(trend.charts.first)
    XCTAssertEqual(chart.plots, ["lineChart"])
    // 13 months × 5 advisors in the table (rows 3 to 67), then a blank row, the block's title
    // (69), its header (70) and the 13 months (71 to 83).
    XCTAssertEqual(trend.autofilter, "A2:D67")
    XCTAssertEqual(
      trend["A69"]?.value, .string("Données du graphique « Dossiers par ETP sur 13 mois »"))
    XCTAssertEqual(trend["A70"]?.value, .string("Mois"))
    XCTAssertEqual(trend["B70"]?.value, .string("Amandine Roux"))
    XCTAssertEqual(trend["A71"]?.value, .string("oct. 2025"))
    XCTAssertEqual(chart.seriesNames.count, SampleDatasets.staff.count)
    XCTAssertEqual(chart.categoryReferences.first, "'Évolution sur 13 mois'!$A$71:$A$83")
    XCTAssertEqual(chart.valueReferences.first, "'Évolution sur 13 mois'!$B$71:$B$83")
    XCTAssertGreaterThan(chart.anchor.row, 83)
  }

  // MARK: - Modes and determinism

  func testTwoRendersAreByteIdentical() throws {
    for name in ["rapport-mensuel", "balance-agee"] {
      let first = try Data(contentsOf: try render(name, into: "first").url)
      let second = try Data(contentsOf: try render(name, into: "second").url)
      XCTAssertGreaterThan(first.count, 10_000, name)
      XCTAssertEqual(first, second, name)
    }
  }

  func testConstantMemoryModeWritesTheSameWorkbook() throws {
    let writer = XLSXReportWriter(constantMemoryThreshold: 10)
    let regular = try render("balance-agee", into: "regular").book
    let constant = try render("balance-agee", writer: writer, into: "constant").book
    XCTAssertEqual(constant.sheetNames, regular.sheetNames)
    for (a, b) in zip(regular.sheets, constant.sheets) {
      XCTAssertEqual(a.cells.keys.sorted(), b.cells.keys.sorted(), a.name)
      for (reference, cell) in a.cells {
        let other = try XCTUnwrap(b[reference])
        XCTAssertEqual(cell.value, other.value, "\(a.name)!\(reference)")
        XCTAssertEqual(cell.formula, other.formula, "\(a.name)!\(reference)")
        XCTAssertEqual(cell.numberFormat, other.numberFormat, "\(a.name)!\(reference)")
        XCTAssertEqual(cell.isBold, other.isBold, "\(a.name)!\(reference)")
      }
      XCTAssertEqual(a.autofilter, b.autofilter, a.name)
      XCTAssertEqual(a.frozenRows, b.frozenRows, a.name)
      XCTAssertEqual(a.columnWidths, b.columnWidths, a.name)
      XCTAssertEqual(a.charts.map(\.valueReferences), b.charts.map(\.valueReferences), a.name)
    }
    XCTAssertEqual(constant.sheet("Balance âgée — APT")?["A3"]?.type, "inlineStr")
  }

  func testTheWriterChoosesConstantMemoryForLargeWorkbooks() throws {
    final class Recorder: XLSXReportWriting {
      var workbook: ReportWorkbook?
      func write(_ workbook: ReportWorkbook, to path: String) throws {
        self.workbook = workbook
        try XLSXReportWriter().write(workbook, to: path)
      }
    }
    let recorder = Recorder()
    _ = try ReportRenderer(xlsxWriter: recorder).render(
      name: "balance-agee", period: SampleDatasets.period, formats: [.xlsx],
      provider: SampleDatasets.provider, templatesDirectory: TestPaths.templates,
      outputDirectory: folder, metadata: SampleDatasets.metadata)
    let workbook = try XCTUnwrap(recorder.workbook)
    // 7 buckets + 7 agencies + 12 leases.
    XCTAssertFalse(XLSXReportWriter(constantMemoryThreshold: 26).usesConstantMemory(for: workbook))
    XCTAssertTrue(XLSXReportWriter(constantMemoryThreshold: 25).usesConstantMemory(for: workbook))
    XCTAssertFalse(XLSXReportWriter().usesConstantMemory(for: workbook))
    // libxlsxwriter's temporary files were made in the report's private folder and removed.
    XCTAssertEqual(
      try FileManager.default.contentsOfDirectory(atPath: folder + "/2026-10").sorted(),
      ["balance-agee.xlsx", "manifest.json"])
  }

  func testTheDefaultRendererWritesXLSX() throws {
    let files = try ReportRenderer().render(
      name: "qualite-donnees", period: SampleDatasets.period, provider: SampleDatasets.provider,
      templatesDirectory: TestPaths.templates, outputDirectory: folder,
      metadata: SampleDatasets.metadata)
    XCTAssertEqual(files.map(\.fileName), ["qualite-donnees.html", "qualite-donnees.xlsx"])
    let book = try XLSXReader(url: URL(fileURLWithPath: files[1].path))
    XCTAssertEqual(book.sheetNames.first, "Lots")
  }

  /// `ARDOISE_PREVIEW=/some/folder` writes the shipped reports' workbooks there, to look at
  /// them (LibreOffice: `soffice --headless --convert-to pdf`).
  func testPreviewTheShippedWorkbooks() throws {
    guard let preview = ProcessInfo.processInfo.environment["ARDOISE_PREVIEW"] else {
      throw XCTSkip("set ARDOISE_PREVIEW to a folder to write the workbooks there")
    }
    for name in ShippedReportsTests.names {
      _ = try ReportRenderer().render(
        name: name, period: SampleDatasets.period, formats: [.xlsx],
        provider: SampleDatasets.provider, templatesDirectory: TestPaths.templates,
        outputDirectory: preview, metadata: SampleDatasets.metadata)
    }
  }

  // MARK: - Pieces

  func testLongSheetTitlesAreShortenedAtAWord() {
    XCTAssertEqual(ReportSheetText.tabName("Balance âgée — AVI"), "Balance âgée — AVI")
    XCTAssertEqual(
      ReportSheetText.tabName("Charge des chargés de recouvrement"), "Charge des chargés de…")
    XCTAssertEqual(
      ReportSheetText.tabName("Dossiers sans action depuis 60 jours"),
      "Dossiers sans action depuis 60…")
    XCTAssertEqual(ReportSheetText.tabName(String(repeating: "x", count: 40)).utf16.count, 31)
    XCTAssertEqual(ReportSheetText.tabName(String(repeating: "x", count: 31)).utf16.count, 31)
  }

  func testPageHeaderAndFooterTextsAreEscapedAndBounded() {
    XCTAssertEqual(
      XLSXPageSetup.code(.init(left: "A & B", right: "C"), pageNumbers: true),
      "&LA && B&CPage &P / &N&RC")
    XCTAssertNil(XLSXPageSetup.code(.init(), pageNumbers: false))
    // A size code then a text starting with a digit would read as a larger size: a space.
    XCTAssertEqual(
      XLSXPageSetup.code(
        .init(left: "Organisme", right: "2026.1"), pageNumbers: false, fontSize: 8),
      "&L&8Organisme&R&8 2026.1")
    let long = XLSXPageSetup.escaped(String(repeating: "é&", count: 100))
    XCTAssertLessThanOrEqual(long.utf8.count, XLSXPageSetup.maximumPartLength + 3)
    XCTAssertTrue(long.hasSuffix("…"))
  }
}
