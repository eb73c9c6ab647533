import Foundation
import XCTest

@testable import ArdoiseJobs

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

final class RunLockTests: XCTestCase {
  private var folder: URL!
  private var database: String { folder.appendingPathComponent("org.sqlite").path }

  override func setUpWithError() throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("ardoise-runlock-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  private func content(_ path: String) throws -> String {
    try String(contentsOfFile: path, encoding: .utf8)
  }

  func testHoldsAndReleasesTheLockFileBesideTheDatabase() throws {
    let lock = RunLock(databasePath: database, purpose: "jobs due")
    XCTAssertEqual(lock.path, database + ".lock")
    XCTAssertFalse(lock.isHeld)
    XCTAssertNil(try lock.acquire(waitingUpTo: 0))
    XCTAssertTrue(lock.isHeld)

    let attributes = try FileManager.default.attributesOfItem(atPath: lock.path)
    XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
    let written = try content(lock.path)
    XCTAssertTrue(written.contains("pid=\(getpid())\n"), written)
    XCTAssertTrue(written.contains("host=\(RunLock.hostName())\n"), written)
    XCTAssertTrue(written.contains("purpose=jobs due\n"), written)
    XCTAssertTrue(written.contains("since=20"), written)

    lock.release()
    XCTAssertFalse(lock.isHeld)
    XCTAssertEqual(try content(lock.path), "")  // emptied, never deleted
    lock.release()  // twice is harmless
    // Taken again cleanly: an empty file is no takeover.
    XCTAssertNil(try lock.acquire(waitingUpTo: 0))
  }

  func testASecondRunWaitsABoundedTimeThenNamesTheHolder() throws {
    let first = RunLock(databasePath: database, purpose: "jobs run cloture-mensuelle 2026-10")
    try first.acquire(waitingUpTo: 0)
    let second = RunLock(databasePath: database, purpose: "jobs due")
    let started = Date()
    XCTAssertThrowsError(try second.acquire(waitingUpTo: 0.3, pollEvery: 0.05)) { error in
      guard case .busy(let path, let holder, let waited)? = error as? RunLockError else {
        return XCTFail("\(error)")
      }
      XCTAssertEqual(path, database + ".lock")
      XCTAssertEqual(holder?.pid, getpid())
      XCTAssertEqual(holder?.purpose, "jobs run cloture-mensuelle 2026-10")
      XCTAssertGreaterThanOrEqual(waited, 0.29)
      let message = "\(error)"
      XCTAssertTrue(
        message.hasPrefix(
          "the store is locked: \(path) is held by PID \(getpid()) on \(RunLock.hostName()) since "),
        message)
      XCTAssertTrue(message.contains("(jobs run cloture-mensuelle 2026-10)"), message)
      XCTAssertTrue(message.contains("gave up after waiting 0.3 s"), message)
      XCTAssertTrue(message.contains("wait for it to finish and try again"), message)
      XCTAssertTrue(message.contains("(kill \(getpid()))"), message)
    }
    XCTAssertLessThan(Date().timeIntervalSince(started), 2)
    XCTAssertFalse(second.isHeld)
    XCTAssertTrue(first.isHeld)
    // The first run is untouched: its details are still in the file.
    XCTAssertTrue(try content(first.path).contains("purpose=jobs run cloture-mensuelle 2026-10"))

    first.release()
    XCTAssertNil(try second.acquire(waitingUpTo: 0))
    XCTAssertTrue(try content(second.path).contains("purpose=jobs due"))
  }

  func testAWaitingRunGetsTheLockWhenTheHolderFinishes() throws {
    let first = RunLock(databasePath: database)
    try first.acquire(waitingUpTo: 0)
    DispatchQueue.global().asyncAfter(deadline: .now() + 0.1) { first.release() }
    let second = RunLock(databasePath: database)
    XCTAssertNil(try second.acquire(waitingUpTo: 0.5, pollEvery: 0.02))
    XCTAssertTrue(second.isHeld)
  }

  func testTakesOverALockLeftByADeadProcess() throws {
    // A process that has ended: its PID is free.
    let gone = Process()
    gone.executableURL = URL(fileURLWithPath: "/bin/sh")
    gone.arguments = ["-c", "exit 0"]
    try gone.run()
    gone.waitUntilExit()
    let pid = gone.processIdentifier
    let path = RunLock.lockPath(forDatabase: database)
    let left =
      "pid=\(pid)\nhost=\(RunLock.hostName())\nsince=2026-11-05T06:00:12+01:00\npurpose=jobs due\n"
    try left.write(toFile: path, atomically: false, encoding: .utf8)

    let lock = RunLock(databasePath: database)
    let takeover = try XCTUnwrap(try lock.acquire(waitingUpTo: 0))
    XCTAssertEqual(takeover.previous.pid, pid)
    XCTAssertFalse(takeover.stillRunning)
    XCTAssertEqual(
      "\(takeover)",
      "taking over a lock left by PID \(pid) (no longer running), on \(RunLock.hostName()) "
        + "since 2026-11-05T06:00:12+01:00 (jobs due)")
    XCTAssertTrue(try content(path).contains("pid=\(getpid())\n"))
  }

  func testTakesOverFromAKilledProcessThatHeldTheLock() throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/flock") else {
      throw XCTSkip("util-linux flock is not installed")
    }
    let path = RunLock.lockPath(forDatabase: database)
    // A child that locks the file as a run would, writes its details, and keeps the lock.
    let child = Process()
    child.executableURL = URL(fileURLWithPath: "/bin/sh")
    child.arguments = [
      "-c",
      """
      exec 9>>"$1"; /usr/bin/flock -n 9 || exit 3
      printf 'pid=%s\\nhost=%s\\nsince=%s\\npurpose=killed run\\n' $$ "$2" "$(date -Iseconds)" >&9
      exec sleep 30
      """,
      "sh", path, RunLock.hostName(),
    ]
    try child.run()
    defer {
      if child.isRunning {
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
      }
    }
    let deadline = Date().addingTimeInterval(5)
    while (try? content(path))?.contains("purpose=killed run") != true, Date() < deadline {
      usleep(10_000)
    }

    let lock = RunLock(databasePath: database)
    XCTAssertThrowsError(try lock.acquire(waitingUpTo: 0.2, pollEvery: 0.05)) { error in
      guard case .busy(_, let holder, _)? = error as? RunLockError else {
        return XCTFail("\(error)")
      }
      XCTAssertEqual(holder?.pid, child.processIdentifier)
      XCTAssertEqual(holder?.purpose, "killed run")
    }

    kill(child.processIdentifier, SIGKILL)
    child.waitUntilExit()
    let takeover = try XCTUnwrap(try lock.acquire(waitingUpTo: 0.5))
    XCTAssertEqual(takeover.previous.pid, child.processIdentifier)
    XCTAssertFalse(takeover.stillRunning)
    XCTAssertTrue(
      "\(takeover)".hasPrefix(
        "taking over a lock left by PID \(child.processIdentifier) (no longer running)"))
  }

  func testALockFileThatCannotBeCreatedIsReported() {
    let lock = RunLock(databasePath: folder.appendingPathComponent("missing/org.sqlite").path)
    XCTAssertThrowsError(try lock.acquire(waitingUpTo: 0)) { error in
      guard case .unavailable(let path, _)? = error as? RunLockError else {
        return XCTFail("\(error)")
      }
      XCTAssertTrue(path.hasSuffix("missing/org.sqlite.lock"))
      XCTAssertTrue("\(error)".hasPrefix("cannot lock the store with \(path): "), "\(error)")
    }
  }

  func testHolderDetailsParseTolerantly() {
    XCTAssertNil(LockHolder(fileContent: ""))
    XCTAssertNil(LockHolder(fileContent: "pid=abc\n"))
    XCTAssertNil(LockHolder(fileContent: "pid=0\n"))
    let partial = LockHolder(fileContent: "pid=42\nhost=srv")
    XCTAssertEqual(partial, LockHolder(pid: 42, host: "srv", since: "?", purpose: ""))
    XCTAssertEqual("\(partial!)", "PID 42 on srv since ?")
    // A holder on another machine is never declared dead from here.
    XCTAssertTrue(
      LockHolder(pid: 999_999, host: "elsewhere.invalid", since: "?", purpose: "").isRunning)
  }
}
