import ArdoiseCore
import XCTest

final class CSVLineTests: XCTestCase {
  func testQuotesOnlyWhenNeeded() {
    XCTAssertEqual(
      CSVLine.make(["a", "b c", "d,e", "f\"g", "h\ni", ""]), "a,b c,\"d,e\",\"f\"\"g\",\"h\ni\",")
    XCTAssertEqual(CSVLine.make(["x;y", "z,"], delimiter: ";"), "\"x;y\";z,")
    XCTAssertEqual(CSVLine.make(["a\tb", "c"], delimiter: "\t"), "\"a\tb\"\tc")
  }

  /// `"\r\n"` and a quote followed by a combining mark are single characters, yet a CSV reader
  /// sees a line break and a quote in them.
  func testQuotesCRLFAndQuotesWithCombiningMarks() {
    XCTAssertEqual(CSVLine.quoted("a\r\nb"), "\"a\r\nb\"")
    XCTAssertEqual(CSVLine.quoted("a\rb"), "\"a\rb\"")
    XCTAssertEqual(CSVLine.quoted("\"\u{301}x"), "\"\"\"\u{301}x\"")
    XCTAssertEqual(CSVLine.quoted(",\u{301}"), "\",\u{301}\"")
    XCTAssertEqual(CSVLine.quoted("e\u{301}"), "e\u{301}")
  }
}
