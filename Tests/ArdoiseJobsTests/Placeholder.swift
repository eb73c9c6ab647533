import XCTest

final class PlaceholderJobsTests: XCTestCase {
  func testNothing() {}
}
