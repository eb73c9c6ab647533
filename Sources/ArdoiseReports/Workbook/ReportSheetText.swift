import ArdoiseCore

/// The texts of a report sheet that are not data: its tab name, its title row, its print
/// header and footer.
enum ReportSheetText {
  /// The word marking a sheet that names households.
  static let confidential = "Confidentiel"

  /// The tab name: the sheet's title, shortened at a word to Excel's 31 characters with `…`
  /// when longer (`Charge des chargés de…`); the workbook then makes it valid and unique.
  static func tabName(_ title: String) -> String {
    let limit = XLSXSheetName.maximumLength - 1  // room for the ellipsis
    guard title.utf16.count > limit + 1 else { return title }
    var kept = ""
    for word in title.split(separator: " ") {
      let next = kept.isEmpty ? String(word) : kept + " " + word
      if next.utf16.count > limit { break }
      kept = next
    }
    if kept.isEmpty {
      for character in title {
        if kept.utf16.count + character.utf16.count > limit { break }
        kept.append(character)
      }
    }
    while let last = kept.last, [" ", ",", ";", ":", "—", "-"].contains(last) {
      kept.removeLast()
    }
    return kept + "…"
  }

  /// The title row: the report's title and period (and agency), then `Confidentiel` on a
  /// sheet naming households: `Balance âgée — octobre 2026 — Confidentiel`.
  static func title(_ workbook: ReportWorkbook, _ sheet: ReportWorkbook.Sheet) -> String {
    workbook.title + (sheet.confidential ? " — " + confidential : "")
  }

  /// The print header: the organisation on the left, the sheet's title on the right (with
  /// `Confidentiel`).
  static func header(_ workbook: ReportWorkbook, _ sheet: ReportWorkbook.Sheet)
    -> XLSXPageSetup.Band
  {
    XLSXPageSetup.Band(
      left: workbook.metadata.organisation,
      right: sheet.title + (sheet.confidential ? " — " + confidential : ""))
  }

  /// The print footer: the closing date and the date of the data on the left, the page
  /// numbers in the centre, the definitions' version on the right. (The run id is in the
  /// document properties; the title row, repeated on every page, names the report.)
  static func footer(_ workbook: ReportWorkbook) -> XLSXPageSetup.Band {
    let metadata = workbook.metadata
    let data = metadata.dataDate.map { " · données au " + $0.french } ?? ""
    return XLSXPageSetup.Band(
      left: "Situation au " + workbook.created.french + data,
      right: "Définitions " + metadata.definitionsVersion)
  }
}
