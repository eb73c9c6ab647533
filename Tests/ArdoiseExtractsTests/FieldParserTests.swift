import ArdoiseCore
import ArdoiseExtracts
import XCTest

final class FieldParserTests: XCTestCase {
  func profile(decimal: Character, thousands: Character?, date: String = "dd/MM/yyyy")
    -> MappingProfile
  {
    var p = MappingProfile.canonical
    p.name = "test"
    p.decimal = decimal
    p.thousands = thousands
    p.dateFormat = DateFormat(date)!
    return p
  }

  func cents(_ parser: FieldParser, _ text: String) -> Int64? {
    try? parser.amount(Substring(text)).get()
  }

  func testCanonicalAmounts() {
    let p = FieldParser(profile: .canonical)
    XCTAssertEqual(cents(p, "-12.5"), -1250)
    XCTAssertEqual(cents(p, "+12.00"), 1200)
    XCTAssertEqual(cents(p, "450"), 45000)
    XCTAssertEqual(cents(p, "0.07"), 7)
    for bad in [
      "12.345", "1,5", "12 €", "€12", "", "-", ".5", "12.", "1 234.00", "1e3", "--1", "0x10",
    ] {
      XCTAssertNil(cents(p, bad), bad)
    }
  }

  func testDecimalCommaAndThousandsSeparators() {
    let space = FieldParser(profile: profile(decimal: ",", thousands: " "))
    XCTAssertEqual(cents(space, "1 234,56"), 123_456)
    XCTAssertEqual(cents(space, "-12 345 678,9"), -1_234_567_890)
    XCTAssertEqual(cents(space, "999,99"), 99999)
    XCTAssertNil(cents(space, "1 23,00"))
    XCTAssertNil(cents(space, "12 3456,00"))
    XCTAssertNil(cents(space, " 123,00x"))
    let dot = FieldParser(profile: profile(decimal: ",", thousands: "."))
    XCTAssertEqual(cents(dot, "1.234,5"), 123_450)
    XCTAssertNil(cents(dot, "1.234,5.6"))
    XCTAssertNil(cents(dot, "1,234.56"))
    let nbsp = FieldParser(profile: profile(decimal: ",", thousands: "\u{00A0}"))
    XCTAssertEqual(cents(nbsp, "1\u{00A0}234,56"), 123_456)
    XCTAssertNil(cents(nbsp, "1 234,56"))
    let nnbsp = FieldParser(profile: profile(decimal: ",", thousands: "\u{202F}"))
    XCTAssertEqual(cents(nnbsp, "12\u{202F}000"), 1_200_000)
  }

  func testDatesInSeveralFormats() throws {
    let fr = FieldParser(profile: profile(decimal: ",", thousands: nil))
    XCTAssertEqual(try fr.date("31/10/2026").get(), Day(iso: "2026-10-31"))
    XCTAssertThrowsError(try fr.date("31/02/2026").get())
    XCTAssertThrowsError(try fr.date("45231").get())
    XCTAssertThrowsError(try fr.date("2026-10-31").get())
    let short = FieldParser(profile: profile(decimal: ",", thousands: nil, date: "dd/MM/yy"))
    XCTAssertEqual(try short.date("01/03/26").get(), Day(iso: "2026-03-01"))
    XCTAssertEqual(try short.date("01/03/85").get(), Day(iso: "1985-03-01"))
    let compact = FieldParser(profile: profile(decimal: ",", thousands: nil, date: "yyyyMMdd"))
    XCTAssertEqual(try compact.date("20240229").get(), Day(iso: "2024-02-29"))
    let loose = FieldParser(profile: profile(decimal: ",", thousands: nil, date: "d/M/yyyy"))
    XCTAssertEqual(try loose.date("5/3/2026").get(), Day(iso: "2026-03-05"))
    XCTAssertNil(DateFormat("dd/MM"))
    XCTAssertNil(DateFormat("dd/MMM/yyyy"))
  }

  func testBooleansIntegersDecimals() throws {
    let p = FieldParser(profile: .canonical)
    for t in ["true", "1", "oui", "OUI", "True"] {
      XCTAssertEqual(try p.boolean(Substring(t)).get(), true)
    }
    for t in ["false", "0", "non"] { XCTAssertEqual(try p.boolean(Substring(t)).get(), false) }
    XCTAssertThrowsError(try p.boolean("O").get())
    XCTAssertEqual(try p.integer("3").get(), 3)
    XCTAssertThrowsError(try p.integer("-1").get())
    XCTAssertThrowsError(try p.integer("2.0").get())
    XCTAssertEqual(try p.decimalNumber("0.8").get(), 0.8)
    XCTAssertThrowsError(try p.decimalNumber("0,8").get())
  }
}
