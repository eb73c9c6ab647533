import ArdoiseCore
import XCTest

final class FrenchTests: XCTestCase {
  let nnbsp = "\u{202F}"
  let nbsp = "\u{00A0}"

  func testMoney() {
    XCTAssertEqual(French.money(123_456), "1\(nnbsp)234,56\(nbsp)€")
    XCTAssertEqual(French.money(-5), "-0,05\(nbsp)€")
    XCTAssertEqual(French.money(0), "0,00\(nbsp)€")
    XCTAssertEqual(French.money(123_456_789_00), "123\(nnbsp)456\(nnbsp)789,00\(nbsp)€")
    XCTAssertEqual(French.moneyRounded(123_450), "1\(nnbsp)235\(nbsp)€")
    XCTAssertEqual(French.moneyRounded(-150), "-2\(nbsp)€")
  }

  func testPercentAndDecimal() {
    XCTAssertEqual(French.percent(0.973), "97,3\(nbsp)%")
    XCTAssertEqual(French.percent(0.97349, places: 2), "97,35\(nbsp)%")
    XCTAssertEqual(French.decimal(1234.5, places: 2), "1\(nnbsp)234,50")
    XCTAssertEqual(French.count(1234), "1\(nnbsp)234")
  }

  func testRoundingHalfAwayFromZero() {
    XCTAssertEqual(Rounding.divide(5, by: 2), 3)
    XCTAssertEqual(Rounding.divide(-5, by: 2), -3)
    XCTAssertEqual(Rounding.divide(4, by: 3), 1)
    XCTAssertEqual(Rounding.divide(-7, by: 4), -2)
    // 25 % of 10.02 € = 2.505 € → 2.51 €.
    XCTAssertEqual(Rounding.scale(1002, by: 25, over: 100), 251)
    XCTAssertEqual(Rounding.scale(-1002, by: 25, over: 100), -251)
    XCTAssertEqual(Rounding.fixed(0.98125, places: 4), "0.9813")
    XCTAssertEqual(Rounding.fixed(-0.5, places: 0), "-1")
    XCTAssertEqual(Rounding.fixed(0.0000001, places: 6), "0.000000")
    XCTAssertEqual(Int64(-1250).decimalEuros, "-12.50")
  }

  func testCSVLineQuotesOnlyWhenNeeded() {
    XCTAssertEqual(
      CSVLine.make(["a", "b c", "d,e", "f\"g", "h\ni"]), "a,b c,\"d,e\",\"f\"\"g\",\"h\ni\"")
    XCTAssertEqual(CSVLine.make(["x;y", "z"], delimiter: ";"), "\"x;y\";z")
  }
}
