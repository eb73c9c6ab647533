import XCTest

final class PlaceholderExtractsTests: XCTestCase {
  func testNothing() {}
}
