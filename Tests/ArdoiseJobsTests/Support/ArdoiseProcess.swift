import Foundation
import XCTest

/// The built `ardoise` executable run as a separate process, its output kept in files.
final class ArdoiseProcess {
  /// The process.
  let process = Process()
  /// Where its standard output goes.
  private let outPath: String
  /// Where its standard error goes.
  private let errPath: String

  /// The `ardoise` executable beside the test bundle (`.build/<triple>/debug/ardoise`), or a
  /// failure saying how to build it.
  static func executable(file: StaticString = #filePath, line: UInt = #line) throws -> String {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let package = URL(fileURLWithPath: "\(file)").deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let candidates = [
      beside.appendingPathComponent("ardoise").path,
      package.appendingPathComponent(".build/debug/ardoise").path,
    ]
    guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) })
    else {
      XCTFail(
        "no ardoise executable in \(candidates); run swift build first", file: file, line: line)
      throw CocoaError(.fileNoSuchFile)
    }
    return found
  }

  /// Starts `ardoise arguments…` with its output going to files in `folder`.
  init(_ arguments: [String], outputIn folder: String) throws {
    let tag = UUID().uuidString
    outPath = folder + "/out-\(tag).txt"
    errPath = folder + "/err-\(tag).txt"
    FileManager.default.createFile(atPath: outPath, contents: nil)
    FileManager.default.createFile(atPath: errPath, contents: nil)
    process.executableURL = URL(fileURLWithPath: try ArdoiseProcess.executable())
    process.arguments = arguments
    process.standardOutput = FileHandle(forWritingAtPath: outPath)
    process.standardError = FileHandle(forWritingAtPath: errPath)
    try process.run()
  }

  /// The process id.
  var pid: Int32 { process.processIdentifier }

  /// Waits for the end; returns the exit status (the signal number when killed) and output.
  func wait() -> (status: Int32, out: String, err: String) {
    process.waitUntilExit()
    let out = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
    let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
    return (process.terminationStatus, out, err)
  }

  /// Runs `ardoise arguments…` to the end.
  static func run(_ arguments: [String], outputIn folder: String) throws -> (
    status: Int32, out: String, err: String
  ) {
    try ArdoiseProcess(arguments, outputIn: folder).wait()
  }
}
