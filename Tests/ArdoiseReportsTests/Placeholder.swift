import XCTest

final class PlaceholderReportsTests: XCTestCase {
  func testNothing() {}
}
