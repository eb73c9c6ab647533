import Foundation
import XCTest

@testable import ArdoiseJobs

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

final class ShutdownSignalTests: XCTestCase {
  func testWaitRunsOutWithoutASignal() {
    let shutdown = ShutdownSignal(signals: [SIGUSR2])
    defer { shutdown.uninstall() }
    XCTAssertFalse(shutdown.isRequested)
    XCTAssertFalse(shutdown.wait(seconds: 0.05))
    XCTAssertNil(shutdown.receivedSignal)
  }

  func testARequestEndsTheWait() {
    let shutdown = ShutdownSignal(signals: [SIGUSR2])
    defer { shutdown.uninstall() }
    shutdown.request()
    XCTAssertTrue(shutdown.isRequested)
    XCTAssertEqual(shutdown.receivedSignal, SIGTERM)
    XCTAssertTrue(shutdown.wait(seconds: 10))
  }

  func testASignalSetsTheFlagAndEndsTheWaitEarly() {
    let shutdown = ShutdownSignal(signals: [SIGUSR1, SIGUSR2])
    defer { shutdown.uninstall() }
    let started = Date()
    DispatchQueue.global().asyncAfter(deadline: .now() + 0.1) { _ = kill(getpid(), SIGUSR2) }
    XCTAssertTrue(shutdown.wait(seconds: 10))
    XCTAssertLessThan(Date().timeIntervalSince(started), 5)
    XCTAssertEqual(shutdown.receivedSignal, SIGUSR2)
    // A later request does not replace the first.
    shutdown.request(signal: SIGUSR1)
    XCTAssertEqual(shutdown.receivedSignal, SIGUSR2)
  }

  func testListensAgainAfterAnotherValueWasUninstalled() {
    ShutdownSignal(signals: [SIGUSR2]).uninstall()
    let first = ShutdownSignal(signals: [SIGUSR2])
    first.uninstall()
    let second = ShutdownSignal(signals: [SIGUSR2])
    let other = ShutdownSignal(signals: [SIGUSR1])
    defer {
      second.uninstall()
      other.uninstall()
    }
    _ = kill(getpid(), SIGUSR2)
    XCTAssertTrue(second.wait(seconds: 10))
    XCTAssertEqual(second.receivedSignal, SIGUSR2)
    XCTAssertFalse(first.isRequested)  // uninstalled: no longer told
    XCTAssertFalse(other.isRequested)  // listens to another signal
  }

  func testSigtermAsksToStopInsteadOfEndingTheProcess() {
    let shutdown = ShutdownSignal()
    defer { shutdown.uninstall() }
    XCTAssertEqual(shutdown.signals, [SIGTERM, SIGINT])
    _ = kill(getpid(), SIGTERM)
    XCTAssertTrue(shutdown.wait(seconds: 10))
    XCTAssertEqual(shutdown.receivedSignal, SIGTERM)
  }
}
