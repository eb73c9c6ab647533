import ArdoiseCore
import Foundation
import XCTest

final class SHA256Tests: XCTestCase {
  private func hex(_ text: String) -> String { SHA256.hex(of: Array(text.utf8)) }

  /// The examples of FIPS 180-4 (and of its companion "SHA examples" document).
  func testFIPSVectors() {
    XCTAssertEqual(hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    XCTAssertEqual(hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    XCTAssertEqual(
      hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    XCTAssertEqual(
      hex(
        "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqr"
          + "lmnopqrsmnopqrstnopqrstu"),
      "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
  }

  func testOneMillionA() {
    let expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
    XCTAssertEqual(SHA256.hex(of: [UInt8](repeating: 0x61, count: 1_000_000)), expected)
    // The same fed in uneven pieces.
    var hasher = SHA256()
    let piece = [UInt8](repeating: 0x61, count: 997)
    var left = 1_000_000
    while left > 0 {
      let n = min(left, piece.count)
      hasher.update(Array(piece[0..<n]))
      left -= n
    }
    XCTAssertEqual(hasher.finalize(), expected)
  }

  func testFinalizeResetsTheHasher() {
    var hasher = SHA256()
    hasher.update(Array("abc".utf8))
    _ = hasher.finalize()
    XCTAssertEqual(
      hasher.finalize(), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    hasher.update(Array("abc".utf8))
    XCTAssertEqual(
      hasher.finalize(), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  }

  func testUpdateFromRawBufferAndArrayAgree() {
    let bytes = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) }
    var a = SHA256()
    bytes.withUnsafeBytes { a.update($0) }
    var b = SHA256()
    b.update(UnsafeRawBufferPointer(start: nil, count: 0))
    b.update(bytes)
    XCTAssertEqual(a.finalize(), b.finalize())
  }

  /// Lengths 0…130 (every padding case: around 55, 56, 63, 64, 119, 120, 128) against
  /// `sha256sum`, hashing whole, byte by byte and in pieces, and from files.
  func testLengths0To130AgainstSha256sum() throws {
    let tool = "/usr/bin/sha256sum"
    guard FileManager.default.isExecutableFile(atPath: tool) else {
      throw XCTSkip("\(tool) is not installed")
    }
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    var messages: [[UInt8]] = []
    var paths: [String] = []
    var seed: UInt32 = 12_345
    for length in 0...130 {
      let bytes = (0..<length).map { _ -> UInt8 in
        seed = seed &* 1_103_515_245 &+ 12_345
        return UInt8(truncatingIfNeeded: seed >> 16)
      }
      let path = dir.appendingPathComponent("m\(length)").path
      try Data(bytes).write(to: URL(fileURLWithPath: path))
      messages.append(bytes)
      paths.append(path)
    }
    let expected = try sha256sum(tool, paths)
    XCTAssertEqual(expected.count, messages.count)
    for (i, bytes) in messages.enumerated() {
      XCTAssertEqual(SHA256.hex(of: bytes), expected[i], "length \(i)")
      var byByte = SHA256()
      for byte in bytes { byByte.update([byte]) }
      XCTAssertEqual(byByte.finalize(), expected[i], "length \(i) byte by byte")
      var inPieces = SHA256()
      var offset = 0
      var size = 1
      while offset < bytes.count {
        let n = min(size, bytes.count - offset)
        inPieces.update(Array(bytes[offset..<offset + n]))
        offset += n
        size = size * 3 % 70 + 1
      }
      XCTAssertEqual(inPieces.finalize(), expected[i], "length \(i) in pieces")
      XCTAssertEqual(try SHA256.hex(ofFileAt: paths[i]), expected[i], "file of length \(i)")
    }
  }

  /// A file of several 1 MiB chunks plus a tail, against `sha256sum`.
  func testFileHash() throws {
    let tool = "/usr/bin/sha256sum"
    guard FileManager.default.isExecutableFile(atPath: tool) else {
      throw XCTSkip("\(tool) is not installed")
    }
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("big.bin").path
    // Two 1 MiB chunks and a tail, from a repeated pattern of prime length.
    let pattern = (0..<4_099).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 7) }
    var bytes: [UInt8] = []
    while bytes.count < (2 << 20) + 1_234 { bytes += pattern }
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let expected = try sha256sum(tool, [path])[0]
    XCTAssertEqual(try SHA256.hex(ofFileAt: path), expected)
  }

  func testMissingFileThrows() {
    XCTAssertThrowsError(try SHA256.hex(ofFileAt: "/nonexistent/ardoise/extract.csv")) { error in
      let fileError = error as? SHA256.FileError
      XCTAssertEqual(fileError?.path, "/nonexistent/ardoise/extract.csv")
      XCTAssertTrue("\(error)".hasPrefix("cannot read /nonexistent/ardoise/extract.csv: "))
    }
  }

  // MARK: - Helpers

  private func temporaryDirectory() throws -> URL {
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("ardoise-sha256-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  /// The digests `sha256sum` prints for `paths`, in order.
  private func sha256sum(_ tool: String, _ paths: [String]) throws -> [String] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = paths
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    XCTAssertEqual(process.terminationStatus, 0)
    return String(decoding: data, as: UTF8.self).split(separator: "\n").map {
      String($0.prefix(64))
    }
  }
}
