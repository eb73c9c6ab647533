import XCTest

final class PlaceholderIndicatorsTests: XCTestCase {
  func testNothing() {}
}
