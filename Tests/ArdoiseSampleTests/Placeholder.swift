import XCTest

final class PlaceholderSampleTests: XCTestCase {
  func testNothing() {}
}
