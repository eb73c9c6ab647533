import Foundation
import XCTest

@testable import ArdoiseExtracts

final class TextEncodingTests: XCTestCase {
  /// Windows-1252 bytes 0x80…0x9F as CP1252.TXT maps them, written as the characters
  /// themselves (nil: unassigned).
  private static let cp1252C1: [Character?] = [
    "€", nil, "‚", "ƒ", "„", "…", "†", "‡", "ˆ", "‰", "Š", "‹", "Œ", nil, "Ž", nil,
    nil, "‘", "’", "“", "”", "•", "–", "—", "˜", "™", "š", "›", "œ", nil, "ž", "Ÿ",
  ]
  /// Bytes 0xA0…0xFF, the same in Windows-1252 and ISO-8859-1.
  private static let latin1Upper = Array(
    "\u{A0}¡¢£¤¥¦§¨©ª«¬\u{AD}®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ"
  )

  private func decode(_ bytes: [UInt8], _ encoding: TextEncoding) -> String? {
    encoding.decode(bytes)
  }

  func testTableSizes() {
    XCTAssertEqual(Self.cp1252C1.count, 32)
    XCTAssertEqual(Self.latin1Upper.count, 96)
  }

  func testEveryWindows1252Byte() {
    for byte in 0...255 {
      let decoded = decode([UInt8(byte)], .windows1252)
      let expected: Character?
      switch byte {
      case 0..<0x80: expected = Character(Unicode.Scalar(UInt8(byte)))
      case 0x80..<0xA0: expected = Self.cp1252C1[byte - 0x80]
      default: expected = Self.latin1Upper[byte - 0xA0]
      }
      XCTAssertEqual(decoded, expected.map { String($0) }, String(format: "byte 0x%02X", byte))
    }
  }

  func testUndefinedWindows1252Bytes() {
    for byte: UInt8 in [0x81, 0x8D, 0x8F, 0x90, 0x9D] {
      XCTAssertNil(decode([0x41, byte, 0x42], .windows1252))
      XCTAssertEqual(
        TextEncoding.windows1252.invalidReason([0x41, byte], offset: 1),
        String(format: "byte 0x%02X is not valid windows-1252", Int(byte)))
    }
    XCTAssertEqual(decode([0x80, 0x9C], .windows1252), "€œ")
  }

  /// Foundation's own converter as a third opinion on the assigned bytes.
  func testWindows1252AgreesWithFoundation() {
    let assigned = (0...255).map { UInt8($0) }.filter {
      ![0x81, 0x8D, 0x8F, 0x90, 0x9D].contains($0)
    }
    let foundation = String(data: Data(assigned), encoding: .windowsCP1252)
    XCTAssertNotNil(foundation)
    XCTAssertEqual(decode(assigned, .windows1252), foundation)
  }

  func testEveryISO88591Byte() {
    for byte in 0...255 {
      let expected: Character =
        byte < 0xA0 ? Character(Unicode.Scalar(UInt8(byte))) : Self.latin1Upper[byte - 0xA0]
      XCTAssertEqual(decode([UInt8(byte)], .iso88591), String(expected))
    }
    XCTAssertEqual(decode([0x80, 0x9C], .iso88591), "\u{80}\u{9C}")
  }

  func testMixedFrenchText() {
    let text = "Crédit œuvre €"
    let cp1252: [UInt8] = [
      0x43, 0x72, 0xE9, 0x64, 0x69, 0x74, 0x20, 0x9C, 0x75, 0x76, 0x72, 0x65, 0x20, 0x80,
    ]
    XCTAssertEqual(decode(cp1252, .windows1252), text)
    XCTAssertEqual(decode(Array(text.utf8), .utf8), text)
    XCTAssertEqual(decode(Array("Crédit".utf8), .iso88591), "CrÃ©dit")
    XCTAssertEqual(decode(Array("Crédit".utf8), .windows1252), "CrÃ©dit")
    XCTAssertNil(decode(cp1252, .utf8))
    XCTAssertEqual(decode([], .utf8), "")
    XCTAssertEqual(decode([], .windows1252), "")
    let long = Array(String(repeating: "Échéance réglée ; ", count: 50).utf8)
    XCTAssertEqual(decode(long, .utf8), String(repeating: "Échéance réglée ; ", count: 50))
  }

  func testStrictUTF8() {
    let invalid: [[UInt8]] = [
      [0x80],  // lone continuation
      [0xBF],
      [0xC0, 0x80],  // overlong NUL
      [0xC1, 0xBF],  // overlong
      [0xC3],  // truncated
      [0xC3, 0x41],
      [0xE0, 0x80, 0x80],  // overlong 3-byte
      [0xE0, 0x9F, 0xBF],
      [0xED, 0xA0, 0x80],  // surrogate D800
      [0xED, 0xBF, 0xBF],  // surrogate DFFF
      [0xE2, 0x82],  // truncated €
      [0xF0, 0x80, 0x80, 0x80],  // overlong 4-byte
      [0xF0, 0x8F, 0xBF, 0xBF],
      [0xF4, 0x90, 0x80, 0x80],  // above U+10FFFF
      [0xF5, 0x80, 0x80, 0x80],
      [0xFE], [0xFF],
    ]
    for bytes in invalid {
      XCTAssertNil(decode(bytes, .utf8), "\(bytes)")
      XCTAssertNil(decode(Array("abcdefghijkl".utf8) + bytes + [0x41], .utf8), "\(bytes)")
    }
    let valid: [[UInt8]] = [
      [0xC2, 0x80], [0xDF, 0xBF], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xEE, 0x80, 0x80],
      [0xEF, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF],
    ]
    for bytes in valid {
      XCTAssertEqual(decode(bytes, .utf8).map { Array($0.utf8) }, bytes, "\(bytes)")
    }
    XCTAssertEqual(
      TextEncoding.utf8.invalidReason([0x41, 0xC3, 0x28], offset: 1),
      "invalid UTF-8 sequence starting with byte 0xC3")
  }

  /// The validator against the standard library's repairing decoder: bytes are valid exactly
  /// when decoding them with repairs gives them back unchanged.
  func testUTF8ValidatorAgreesWithStandardLibrary() {
    func check(_ bytes: [UInt8]) {
      let repaired = Array(String(decoding: bytes, as: UTF8.self).utf8)
      let expected = repaired == bytes
      let actual = bytes.withUnsafeBufferPointer { TextEncoding.firstInvalidUTF8($0) } == nil
      XCTAssertEqual(actual, expected, "\(bytes.map { String($0, radix: 16) })")
    }
    // Every 1- and 2-byte sequence, and every 3-byte sequence with a lead of 0xC0 or above.
    for a in 0...255 {
      check([UInt8(a)])
      for b in 0...255 { check([UInt8(a), UInt8(b)]) }
    }
    for a in 0xC0...0xFF {
      for b in stride(from: 0, through: 255, by: 1) { check([UInt8(a), UInt8(b), 0x80]) }
    }
    // Random sequences biased towards high bytes.
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<20_000 {
      let length = Int(next(&state) % 12)
      let bytes = (0..<length).map { _ -> UInt8 in
        let r = next(&state)
        return r % 4 == 0
          ? UInt8(truncatingIfNeeded: r >> 8) & 0x7F : 0x80 | UInt8(truncatingIfNeeded: r >> 8)
      }
      check(bytes)
    }
  }

  func testNames() {
    let spellings: [(String, TextEncoding)] = [
      ("UTF-8", .utf8), ("utf8", .utf8), ("Utf_8", .utf8),
      ("windows-1252", .windows1252), ("Windows-1252", .windows1252), ("cp1252", .windows1252),
      ("CP-1252", .windows1252), ("win1252", .windows1252),
      ("ISO-8859-1", .iso88591), ("iso8859-1", .iso88591), ("iso_8859-1", .iso88591),
      ("latin1", .iso88591), ("Latin-1", .iso88591), ("L1", .iso88591),
    ]
    for (name, encoding) in spellings {
      XCTAssertEqual(TextEncoding(name: name), encoding, name)
    }
    for name in ["", "ascii", "utf-16", "iso-8859-15", "macroman", "cp850"] {
      XCTAssertNil(TextEncoding(name: name), name)
    }
    for encoding in TextEncoding.allCases {
      XCTAssertEqual(TextEncoding(name: encoding.rawValue), encoding)
      XCTAssertEqual(TextEncoding(rawValue: encoding.rawValue), encoding)
    }
  }

  private func next(_ state: inout UInt64) -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

extension TextEncoding {
  fileprivate func invalidReason(_ bytes: [UInt8], offset: Int) -> String {
    bytes.withUnsafeBufferPointer { invalidReason($0, at: offset) }
  }
}
