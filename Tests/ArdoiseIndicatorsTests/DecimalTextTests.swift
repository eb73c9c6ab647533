import XCTest

@testable import ArdoiseIndicators

/// Fixed decimals rounded half away from zero on the decimal value of a real.
final class DecimalTextTests: XCTestCase {
  func testRounding() {
    XCTAssertEqual(DecimalText.fixed(0.72, places: 6), "0.720000")
    XCTAssertEqual(DecimalText.fixed(1.0 / 3.0, places: 6), "0.333333")
    XCTAssertEqual(DecimalText.fixed(2.0 / 3.0, places: 6), "0.666667")
    // Exact halves at the 7th decimal round up, whatever the binary value (5e-07 is
    // 4.99999…e-07 in binary).
    XCTAssertEqual(DecimalText.fixed(0.000_000_5, places: 6), "0.000001")
    XCTAssertEqual(DecimalText.fixed(0.123_456_5, places: 6), "0.123457")
    XCTAssertEqual(DecimalText.fixed(2.675, places: 2), "2.68")
    XCTAssertEqual(DecimalText.fixed(-2.675, places: 2), "-2.68")
    XCTAssertEqual(DecimalText.fixed(0.999_999_5, places: 6), "1.000000")
    XCTAssertEqual(DecimalText.fixed(0.000_000_4, places: 6), "0.000000")
    XCTAssertEqual(DecimalText.fixed(-0.000_000_4, places: 6), "0.000000")
    XCTAssertEqual(DecimalText.fixed(0, places: 6), "0.000000")
    XCTAssertEqual(DecimalText.fixed(18.109_090_909, places: 6), "18.109091")
    XCTAssertEqual(DecimalText.fixed(123_456.0, places: 2), "123456.00")
    XCTAssertEqual(DecimalText.fixed(1e21, places: 2), "1000000000000000000000.00")
    XCTAssertEqual(DecimalText.fixed(9.5, places: 0), "10")
  }
}
