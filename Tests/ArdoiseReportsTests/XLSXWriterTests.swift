import ArdoiseCore
import ArdoiseReports
import Foundation
import XCTest

final class XLSXWriterTests: XCTestCase {
  /// A directory removed after each test.
  private var directory: URL!

  override func setUpWithError() throws {
    directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("ardoise-xlsx-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: directory)
  }

  // MARK: - Sample workbook

  /// The closing date of October 2026.
  private static let closing = Day(year: 2026, month: 10, day: 31)!

  /// The properties of the sample workbook.
  private static let properties = XLSXDocumentProperties(
    title: "Rapport mensuel — octobre 2026", subject: "Suivi mensuel du recouvrement",
    organisation: "Bailleur du Vaucluse", period: "2026-10", runID: "run-20261105-0001",
    definitionsHash: "sha256:0f1e2d3c", created: closing, custom: ["Agence": "Avignon"])

  /// Texts that a spreadsheet could take for formulas or markup.
  private static let trickyTexts = [
    "=HYPERLINK(\"http://x\")", "+33 6", "-5", "@x", "<script>alert(1)</script>",
  ]

  /// Cents billed in the month `index` (0 is October 2025).
  private static func billed(_ index: Int) -> Cents { 123_456 + Cents(index) * 1_000 }

  /// Cents collected in the month `index`, nil (missing) for index 3.
  private static func collected(_ index: Int) -> Cents? {
    index == 3 ? nil : 120_000 + Cents(index) * 900
  }

  /// Writes a two-sheet workbook with every kind of cell and three charts.
  private func writeSample(to url: URL, constantMemory: Bool = false) throws {
    let book = try XLSXWorkbook(
      path: url.path, properties: Self.properties,
      options: .init(constantMemory: constantMemory, temporaryDirectory: directory.path))

    // Sheet 1: a title, a 13-month table, a totals row of formulas, a line chart.
    let summary = try book.addSheet(named: "Synthèse: octobre/2026")
    try summary.appendTitle("Rapport mensuel — octobre 2026")
    try summary.appendHeader([
      "Mois", "Facturé", "Encaissé", "Taux de recouvrement", "Date de clôture", "Débiteurs",
      "Dette moyenne (mois)",
    ])
    let first = Month(year: 2025, month: 10)!
    var rows: [Int] = []
    for index in 0..<13 {
      let month = first.adding(index)
      let collected = Self.collected(index)
      rows.append(
        try summary.appendRow([
          .text(French.shortMonth(month)),
          .money(Self.billed(index)),
          .money(collected),
          .ratio(collected.map { Double($0) / Double(Self.billed(index)) }),
          .date(month.lastDay),
          .count(1_000 + index),
          .decimal(2.25 + Double(index) / 10, places: 1),
        ]))
    }
    try summary.endTable()
    let billedTotal = (0..<13).reduce(Cents(0)) { $0 + Self.billed($1) }
    let collectedTotal = (0..<13).reduce(Cents(0)) { $0 + (Self.collected($1) ?? 0) }
    try summary.appendRow([
      .text("Total").bold,
      .formula("SUM(B3:B15)", cached: Double(billedTotal) / 100, format: .money).bold,
      .formula("=SUM(C3:C15)", cached: Double(collectedTotal) / 100, format: .money).bold,
      .formula(
        "C16/B16", cached: Double(collectedTotal) / Double(billedTotal), format: .percent
      ).bold,
      .empty,
      .blank(.integer),
    ])
    var trend = XLSXChart(
      kind: .line, title: "Facturation et encaissements sur 13 mois", categoryAxisTitle: "Mois",
      valueAxisTitle: "Montant (€)", valueFormat: .moneyRounded)
    let months = summary.range(column: 0, rows: rows.first!...rows.last!)
    trend.addSeries(
      name: "Facturé", categories: months, values: summary.range(column: 1, rows: 2...14))
    trend.addSeries(
      name: "Encaissé", categories: months, values: summary.range(column: 2, rows: 2...14),
      color: 0x2E_75_B6)
    try summary.insertChart(trend, row: 17, column: 0)

    // Sheet 2: ageing by bucket and status, caseload per advisor, texts that look like code.
    let ageing = try book.addSheet(named: "Textes & âges")
    try ageing.appendHeader(["Tranche", "Présents", "Partis", "Conseiller", "Dossiers", "Texte"])
    let buckets = ["0-30 j", "31-90 j", "91-180 j", "181-365 j", "> 365 j"]
    let advisors = ["A. Martin", "B. Durand", "C. Lefèvre", "D. Moreau", "E. Fournier"]
    for (index, bucket) in buckets.enumerated() {
      try ageing.appendRow([
        .text(bucket),
        .money(Cents(500_000 - index * 70_000)),
        .money(Cents(90_000 + index * 40_000)),
        .text(advisors[index]),
        .count(40 + index * 7),
        .text(Self.trickyTexts[index]),
      ])
    }
    let stacked = XLSXChart(
      kind: .stackedColumn, title: "Impayés par ancienneté et statut",
      categoryAxisTitle: "Ancienneté de la dette", valueAxisTitle: "Montant (€)",
      valueFormat: .moneyRounded,
      series: [
        .init(
          name: "Présents", categories: ageing.range(column: 0, rows: 1...5),
          values: ageing.range(column: 1, rows: 1...5)),
        .init(
          name: "Partis", categories: ageing.range(column: 0, rows: 1...5),
          values: ageing.range(column: 2, rows: 1...5), color: 0xC0_50_4D),
      ])
    try ageing.insertChart(stacked, row: 7, column: 0)
    let caseload = XLSXChart(
      kind: .clusteredBar, title: "Dossiers par conseiller", categoryAxisTitle: "Conseiller",
      valueAxisTitle: "Dossiers ouverts",
      series: [
        .init(
          name: "Dossiers", categories: ageing.range(column: 3, rows: 1...5),
          values: ageing.range(column: 4, rows: 1...5))
      ], legend: .none)
    try ageing.insertChart(caseload, row: 7, column: 8)
    try book.close()
  }

  // MARK: - Tests

  func testWorkbookRoundTripKeepsValuesFormatsAndLayout() throws {
    try checkSample(constantMemory: false)
  }

  func testConstantMemoryWorkbookRoundTripKeepsValuesFormatsAndLayout() throws {
    try checkSample(constantMemory: true)
  }

  /// Writes the sample workbook and checks everything it holds.
  private func checkSample(constantMemory: Bool) throws {
    let url = directory.appendingPathComponent("sample.xlsx")
    try writeSample(to: url, constantMemory: constantMemory)
    let book = try XLSXReader(url: url)

    XCTAssertEqual(book.sheetNames, ["Synthèse- octobre-2026", "Textes & âges"])
    let summary = try XCTUnwrap(book.sheet("Synthèse- octobre-2026"))

    // Title and header.
    XCTAssertEqual(summary["A1"]?.value, .string("Rapport mensuel — octobre 2026"))
    XCTAssertEqual(summary["A1"]?.isBold, true)
    XCTAssertEqual(summary["B2"]?.value, .string("Facturé"))
    XCTAssertEqual(summary["B2"]?.isBold, true)

    // Money: 123,456 cents is the number 1234.56 with the euro format.
    XCTAssertEqual(summary["A3"]?.value, .string("oct. 2025"))
    XCTAssertEqual(summary["B3"]?.value, .number(1234.56))
    XCTAssertEqual(summary["B3"]?.numberFormat, #"#,##0.00\ "€""#)
    // A missing amount is a blank cell that keeps the money format.
    XCTAssertEqual(summary["C6"]?.value, XLSXReader.Value.none)
    XCTAssertEqual(summary["C6"]?.numberFormat, #"#,##0.00\ "€""#)
    // A ratio is the fraction, shown as a percentage with one decimal.
    XCTAssertEqual(summary["D3"]?.value, .number(120_000.0 / 123_456.0))
    XCTAssertEqual(summary["D3"]?.numberFormat, #"0.0\ %"#)
    XCTAssertEqual(summary["D6"]?.value, XLSXReader.Value.none)
    // Dates are serial numbers: from 1899-12-30 to 2026-01-01 there are 2 days to 1900-01-01,
    // then 126 years of 365 days plus 31 leap days (1904…2024, 1900 is not leap): 46,023;
    // 31 October is day 304 of 2026, 303 days later: 46,326.
    XCTAssertEqual(summary["E15"]?.value, .number(46_326))
    XCTAssertEqual(summary["E15"]?.numberFormat, "dd/mm/yyyy")
    XCTAssertEqual(summary["F3"]?.value, .number(1_000))
    XCTAssertEqual(summary["F3"]?.numberFormat, "#,##0")
    XCTAssertEqual(summary["G4"]?.value, .number(2.35))
    XCTAssertEqual(summary["G4"]?.numberFormat, "#,##0.0")

    // Formulas keep their text (without `=`) and their computed value.
    let billedTotal = (0..<13).reduce(0.0) { $0 + Double(Self.billed($1)) } / 100
    XCTAssertEqual(summary["B16"]?.formula, "SUM(B3:B15)")
    XCTAssertEqual(summary["B16"]?.value, .number(billedTotal))
    XCTAssertEqual(summary["B16"]?.numberFormat, #"#,##0.00\ "€""#)
    XCTAssertEqual(summary["B16"]?.isBold, true)
    XCTAssertEqual(summary["C16"]?.formula, "SUM(C3:C15)")
    XCTAssertEqual(summary["D16"]?.formula, "C16/B16")
    XCTAssertNil(summary["E16"], "an empty cell is not written")
    XCTAssertEqual(summary["F16"]?.value, XLSXReader.Value.none)

    // Layout: header frozen under the title, autofilter over the table only, fitted widths.
    XCTAssertEqual(summary.paneState, "frozen")
    XCTAssertEqual(summary.frozenRows, 2)
    XCTAssertNil(summary.frozenColumns)
    XCTAssertEqual(summary.paneTopLeftCell, "A3")
    XCTAssertEqual(summary.autofilter, "A2:G15")
    XCTAssertEqual(summary.columnWidths.keys.sorted(), Array(0...6))
    for (column, width) in summary.columnWidths {
      XCTAssertGreaterThanOrEqual(width, 6, "column \(column)")
      XCTAssertLessThanOrEqual(width, 61, "column \(column)")
    }
    // `Taux de recouvrement` (20 characters, bold, filter button) is wider than `Mois`.
    XCTAssertGreaterThan(summary.columnWidths[3]!, 22)
    XCTAssertGreaterThanOrEqual(summary.columnWidths[4]!, 12)
    XCTAssertLessThan(summary.columnWidths[0]!, 14)

    // Texts that look like formulas or markup are plain strings.
    let ageing = try XCTUnwrap(book.sheet("Textes & âges"))
    for (index, text) in Self.trickyTexts.enumerated() {
      let cell = try XCTUnwrap(ageing["F\(index + 2)"])
      XCTAssertEqual(cell.value, .string(text))
      // Shared strings normally, inline strings in constant-memory mode: never `str` nor `<f>`.
      XCTAssertEqual(cell.type, constantMemory ? "inlineStr" : "s")
      XCTAssertNil(cell.formula, text)
    }
    XCTAssertEqual(ageing.frozenRows, 1)
    XCTAssertEqual(ageing.autofilter, "A1:F6")

    // Charts.
    XCTAssertEqual(summary.charts.count, 1)
    let trend = try XCTUnwrap(summary.charts.first)
    XCTAssertEqual(trend.plots, ["lineChart"])
    XCTAssertEqual(trend.title, "Facturation et encaissements sur 13 mois")
    XCTAssertEqual(trend.categoryAxisTitle, "Mois")
    XCTAssertEqual(trend.valueAxisTitle, "Montant (€)")
    XCTAssertEqual(trend.valueAxisFormat, #"#,##0\ "€""#)
    XCTAssertEqual(trend.seriesNames, ["Facturé", "Encaissé"])
    XCTAssertEqual(
      trend.categoryReferences, Array(repeating: "'Synthèse- octobre-2026'!$A$3:$A$15", count: 2))
    XCTAssertEqual(
      trend.valueReferences,
      ["'Synthèse- octobre-2026'!$B$3:$B$15", "'Synthèse- octobre-2026'!$C$3:$C$15"])
    XCTAssertEqual(trend.anchor.row, 17)
    XCTAssertEqual(trend.anchor.column, 0)

    XCTAssertEqual(ageing.charts.count, 2)
    let stacked = try XCTUnwrap(ageing.charts.first)
    XCTAssertEqual(stacked.plots, ["barChart"])
    XCTAssertEqual(stacked.barDirection, "col")
    XCTAssertEqual(stacked.grouping, "stacked")
    XCTAssertEqual(stacked.seriesNames, ["Présents", "Partis"])
    XCTAssertEqual(stacked.categoryAxisTitle, "Ancienneté de la dette")
    XCTAssertEqual(stacked.valueAxisTitle, "Montant (€)")
    XCTAssertEqual(stacked.valueReferences.first, "'Textes & âges'!$B$2:$B$6")
    let bars = try XCTUnwrap(ageing.charts.last)
    XCTAssertEqual(bars.plots, ["barChart"])
    XCTAssertEqual(bars.barDirection, "bar")
    XCTAssertEqual(bars.grouping, "clustered")
    XCTAssertEqual(bars.categoryAxisTitle, "Conseiller")
    XCTAssertEqual(bars.valueAxisTitle, "Dossiers ouverts")
    XCTAssertEqual(bars.anchor.column, 8)

    // Document properties.
    XCTAssertEqual(book.coreProperties["title"], "Rapport mensuel — octobre 2026")
    XCTAssertEqual(book.coreProperties["subject"], "Suivi mensuel du recouvrement")
    XCTAssertEqual(book.coreProperties["creator"], "Bailleur du Vaucluse")
    XCTAssertEqual(book.coreProperties["created"], "2026-10-31T00:00:00Z")
    XCTAssertEqual(book.coreProperties["modified"], "2026-10-31T00:00:00Z")
    let keywords = try XCTUnwrap(book.coreProperties["keywords"])
    for part in ["2026-10", "run-20261105-0001", "sha256:0f1e2d3c"] {
      XCTAssertTrue(keywords.contains(part), keywords)
      XCTAssertTrue(book.coreProperties["description"]?.contains(part) == true)
    }
    XCTAssertEqual(book.appProperties["Company"], "Bailleur du Vaucluse")
    XCTAssertEqual(
      book.customProperties,
      [
        "Organisation": "Bailleur du Vaucluse", "Période": "2026-10",
        "Exécution": "run-20261105-0001", "Empreinte des définitions": "sha256:0f1e2d3c",
        "Agence": "Avignon",
      ])
  }

  func testSameInputGivesByteIdenticalFiles() throws {
    for constantMemory in [false, true] {
      let first = directory.appendingPathComponent("first-\(constantMemory).xlsx")
      let second = directory.appendingPathComponent("second-\(constantMemory).xlsx")
      try writeSample(to: first, constantMemory: constantMemory)
      try writeSample(to: second, constantMemory: constantMemory)
      let bytes = try Data(contentsOf: first)
      XCTAssertGreaterThan(bytes.count, 5_000)
      XCTAssertEqual(bytes, try Data(contentsOf: second), "constant memory: \(constantMemory)")
    }
  }

  func testConstantMemorySheetWritesManyRowsInOrder() throws {
    let url = directory.appendingPathComponent("large.xlsx")
    // 50,000 rows keep the test within seconds in a debug build; larger sheets are a matter
    // for benchmarks, not tests.
    let rowCount = 50_000
    let start = Date()
    let book = try XLSXWorkbook(
      path: url.path, properties: Self.properties,
      options: .init(constantMemory: true, temporaryDirectory: directory.path))
    let sheet = try book.addSheet(named: "Balance âgée")
    try sheet.appendHeader(["Bail", "Solde", "Plus ancien impayé", "Mois dus"])
    let origin = Day(year: 2020, month: 1, day: 1)!
    for index in 1...rowCount {
      try sheet.appendRow([
        .text("B-" + String(index)),
        .money(Cents(index) * 101),
        .date(origin.adding(days: index % 2_000)),
        .decimal(Double(index % 97) / 4, places: 2),
      ])
    }
    try book.close()
    let written = Date().timeIntervalSince(start)

    let read = try XLSXReader(url: url)
    let large = try XCTUnwrap(read.sheet("Balance âgée"))
    XCTAssertEqual(large.rowCount, rowCount + 1)
    let last = rowCount + 1
    XCTAssertEqual(large["A\(last)"]?.value, .string("B-\(rowCount)"))
    XCTAssertEqual(large["A\(last)"]?.type, "inlineStr", "constant memory writes inline strings")
    XCTAssertEqual(large["B\(last)"]?.value, .number(Double(rowCount * 101) / 100))
    XCTAssertEqual(large["B\(last)"]?.numberFormat, #"#,##0.00\ "€""#)
    let lastDay = origin.adding(days: rowCount % 2_000)
    XCTAssertEqual(large["C\(last)"]?.value, .number(Double(lastDay.ordinal + 25_569)))
    XCTAssertEqual(large["D\(last)"]?.value, .number(Double(rowCount % 97) / 4))
    XCTAssertEqual(large.autofilter, "A1:D\(last)")
    XCTAssertEqual(large.frozenRows, 1)
    // Widths are fitted in constant-memory mode too (`505,00 €` and the headers).
    XCTAssertEqual(large.columnWidths.keys.sorted(), [0, 1, 2, 3])
    XCTAssertGreaterThanOrEqual(large.columnWidths[1]!, 12)
    print("constant memory: \(rowCount) rows × 4 columns written in \(written) s")
  }

  func testDaysBecomeExcelSerialNumbers() {
    XCTAssertEqual(XLSXCell.excelSerial(Day(year: 1970, month: 1, day: 1)!), 25_569)
    XCTAssertEqual(XLSXCell.excelSerial(Self.closing), 46_326)
    // Excel's serial 60 is the non-existent 29 February 1900.
    XCTAssertEqual(XLSXCell.excelSerial(Day(year: 1900, month: 3, day: 1)!), 61)
    XCTAssertEqual(XLSXCell.excelSerial(Day(year: 1900, month: 2, day: 28)!), 59)
    XCTAssertEqual(XLSXCell.excelSerial(Day(year: 1900, month: 1, day: 1)!), 1)
    XCTAssertNil(XLSXCell.excelSerial(Day(year: 1899, month: 12, day: 31)!))
  }

  func testSheetNamesAreSanitisedAndUnique() throws {
    XCTAssertEqual(XLSXSheetName.sanitised("Agence [Nord]: a/b\\c*d?"), "Agence -Nord-- a-b-c-d-")
    XCTAssertEqual(XLSXSheetName.sanitised("  'Quote'  "), "Quote")
    XCTAssertEqual(XLSXSheetName.sanitised("::"), "--")
    XCTAssertEqual(XLSXSheetName.sanitised("''"), "Feuille")
    XCTAssertEqual(XLSXSheetName.sanitised("History"), "History (2)")
    let long = "Conseillère en économie sociale et familiale"
    XCTAssertEqual(XLSXSheetName.sanitised(long), "Conseillère en économie sociale")
    XCTAssertEqual(
      XLSXSheetName.sanitised(long, avoiding: ["conseillère en économie sociale"]),
      "Conseillère en économie soc (2)")
    XCTAssertEqual(XLSXSheetName.sanitised("Nord", avoiding: ["NORD", "Nord (2)"]), "Nord (3)")

    let url = directory.appendingPathComponent("names.xlsx")
    let book = try XLSXWorkbook(path: url.path, properties: Self.properties)
    let names = try ["Nord", "nord", "Sud/Est", long].map { try book.addSheet(named: $0).name }
    XCTAssertEqual(names, ["Nord", "nord (2)", "Sud-Est", "Conseillère en économie sociale"])
    for name in names { _ = try book.sheet(named: name)!.appendRow([.text(name)]) }
    try book.close()
    XCTAssertEqual(try XLSXReader(url: url).sheetNames, names)
  }

  func testErrorsNameTheOperationAndTheLibraryMessage() throws {
    // A file that cannot be created: the error comes from workbook_close.
    let missing = directory.appendingPathComponent("no/such/dir/out.xlsx")
    let book = try XLSXWorkbook(path: missing.path, properties: Self.properties)
    _ = try book.addSheet(named: "A").appendRow([.text("x")])
    XCTAssertThrowsError(try book.close()) { error in
      let error = error as? XLSXError
      XCTAssertEqual(error?.operation, "workbook_close")
      XCTAssertNotNil(error?.code)
      XCTAssertEqual(
        error?.message, "Error creating output xlsx file. Usually a permissions error.")
    }
    // Nothing can be done with a closed workbook.
    XCTAssertThrowsError(try book.close())
    XCTAssertThrowsError(try book.addSheet(named: "B"))
    XCTAssertThrowsError(try book.sheets[0].appendRow([.text("y")])) { error in
      XCTAssertEqual((error as? XLSXError)?.message, "the workbook is already closed")
    }

    // Library validation errors carry lxw_strerror's text.
    var properties = Self.properties
    properties.custom = [String(repeating: "n", count: 300): "v"]
    XCTAssertThrowsError(
      try XLSXWorkbook(
        path: directory.appendingPathComponent("p.xlsx").path, properties: properties)
    ) { error in
      let error = error as? XLSXError
      XCTAssertTrue(error?.operation.hasPrefix("workbook_set_custom_property_string") == true)
      XCTAssertEqual(error?.message, "Parameter exceeds Excel's limit of 255 characters.")
    }

    // Charts must have series on existing sheets.
    let charts = try XLSXWorkbook(
      path: directory.appendingPathComponent("c.xlsx").path, properties: Self.properties)
    let sheet = try charts.addSheet(named: "Données")
    try sheet.appendRow([.text("a"), .count(1)])
    XCTAssertThrowsError(
      try sheet.insertChart(XLSXChart(kind: .line, title: "Vide"), row: 2, column: 0))
    var wrong = XLSXChart(kind: .line, title: "Ailleurs")
    wrong.addSeries(
      name: "x", categories: XLSXRange(sheet: "Absente", column: 0, rows: 0...0),
      values: sheet.range(column: 1, rows: 0...0))
    XCTAssertThrowsError(try sheet.insertChart(wrong, row: 2, column: 0)) { error in
      XCTAssertTrue("\(error)".contains("Absente"), "\(error)")
    }
    XCTAssertThrowsError(try sheet.appendRow(Array(repeating: .count(1), count: 16_385)))
    try charts.close()
  }

  func testLongTextIsCutToExcelLimit() throws {
    let url = directory.appendingPathComponent("long.xlsx")
    let book = try XLSXWorkbook(path: url.path, properties: Self.properties)
    let sheet = try book.addSheet(named: "Textes")
    try sheet.appendRow([.text(String(repeating: "é", count: 40_000))])
    try book.close()
    let cell = try XCTUnwrap(try XLSXReader(url: url).sheet("Textes")?["A1"])
    guard case .string(let text) = cell.value else { return XCTFail("\(cell.value)") }
    XCTAssertEqual(text.count, 32_767)
    XCTAssertTrue(text.hasSuffix("é…"))
  }
}
