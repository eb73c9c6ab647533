import ArdoiseCore
import Foundation
import XCTest

@testable import ArdoiseExtracts

/// Seeded random-input tests of `CSVReader`.
///
/// Each case draws from its own generator seeded with `base + case`; a failure message names
/// that case seed. To replay one case: `ARDOISE_FUZZ_SEED=<case seed> ARDOISE_FUZZ_CASES=1`.
final class CSVFuzzTests: XCTestCase {
  private static let defaultSeed: UInt64 = 20_260_131

  private var baseSeed: UInt64 {
    ProcessInfo.processInfo.environment["ARDOISE_FUZZ_SEED"].flatMap { UInt64($0) }
      ?? Self.defaultSeed
  }

  private func cases(_ standard: Int) -> Int {
    ProcessInfo.processInfo.environment["ARDOISE_FUZZ_CASES"].flatMap { Int($0) } ?? standard
  }

  // MARK: - Byte soup

  /// Random bytes (NUL, quotes, CR, LF, delimiters, high bytes, BOMs) in every encoding: the
  /// reader never crashes nor hangs, gives the same outcome whatever the chunking, and agrees
  /// with a naive reference parser on every record and every error.
  func testRandomByteSoup() {
    let delimiters: [UInt8] = [UInt8(ascii: ";"), UInt8(ascii: ","), 0x09]
    var seen: [String: Int] = [:]  // what the inputs exercised
    let count = cases(1_500)
    for n in 0..<count {
      let seed = baseSeed &+ UInt64(n)
      var rng = SplitMix64(seed: seed)
      let input = soup(&rng)
      let delimiter = delimiters[rng.below(delimiters.count)]
      for encoding in TextEncoding.allCases {
        let context = "case seed \(seed), \(encoding), input \(input)"
        let expected = ReferenceCSV.parse(input, delimiter: delimiter, encoding: encoding)
        seen[expected.kind, default: 0] += 1
        let whole = CSVReader(bytes: input, delimiter: delimiter, encoding: encoding)
        XCTAssertEqual(outcome(whole, input.count), expected, context)
        let chunkSize = 1 + rng.below(8)
        let cut = rng.below(input.count + 1)
        let chunked = CSVReader(
          bytes: input, delimiter: delimiter, encoding: encoding, chunkSize: chunkSize,
          cuts: [cut])
        XCTAssertEqual(
          outcome(chunked, input.count), expected, "\(context), chunk size \(chunkSize), cut \(cut)"
        )
      }
    }
    if count >= 1_000 {
      for kind in [
        "records", "malformed", "multiline", "unterminated", "NUL", "UTF-8", "windows-1252",
      ] {
        XCTAssertGreaterThan(seen[kind, default: 0], 20, "the soup rarely gives \(kind): \(seen)")
      }
    }
  }

  /// Also a few long soups, so that records cross many reads.
  func testLongByteSoup() {
    for n in 0..<cases(12) {
      let seed = baseSeed &+ 1_000_000 &+ UInt64(n)
      var rng = SplitMix64(seed: seed)
      var input: [UInt8] = []
      for _ in 0..<40 { input += soup(&rng, allowNUL: n % 3 == 0) }
      for encoding in TextEncoding.allCases {
        let expected = ReferenceCSV.parse(input, delimiter: UInt8(ascii: ";"), encoding: encoding)
        for chunkSize in [1, 5, 64] {
          let reader = CSVReader(
            bytes: input, delimiter: UInt8(ascii: ";"), encoding: encoding, chunkSize: chunkSize)
          XCTAssertEqual(
            outcome(reader, input.count), expected,
            "case seed \(seed), \(encoding), chunk size \(chunkSize)")
        }
      }
    }
  }

  private func soup(_ rng: inout SplitMix64, allowNUL: Bool = true) -> [UInt8] {
    let pieces: [[UInt8]] = [
      [0x61], [0x62], [0x20], [0x31], [0x22], [0x22], [0x22], [0x3B], [0x3B], [0x2C], [0x09],
      [0x0A], [0x0A], [0x0D], [0x0D, 0x0A], [0x22, 0x22], [0xC3, 0xA9], [0xE2, 0x82, 0xAC],
      [0xF0, 0x9F, 0x98, 0x80], [0x80], [0x81], [0x9C], [0xE9], [0xFF], [0xC3], [0xED, 0xA0, 0x80],
      [0xEF, 0xBB, 0xBF],
    ]
    var bytes: [UInt8] = rng.below(10) == 0 ? [0xEF, 0xBB, 0xBF] : []
    for _ in 0..<rng.below(60) {
      if allowNUL, rng.below(150) == 0 {
        bytes.append(0)
      } else if rng.below(20) == 0 {
        bytes.append(UInt8(truncatingIfNeeded: rng.next()))
      } else {
        bytes += pieces[rng.below(pieces.count)]
      }
    }
    return bytes
  }

  private func outcome(_ reader: CSVReader, _ size: Int) -> ReferenceCSV.Outcome {
    var records: [CSVRecord] = []
    do {
      // At most one record per byte and one for the end: more would be a loop.
      while records.count <= size + 1, let record = try reader.next() { records.append(record) }
      XCTAssertEqual(reader.bytesRead, size)
      return .records(records)
    } catch let error as CSVReadError {
      return .failure(error)
    } catch {
      XCTFail("unexpected error \(error)")
      return .failure(CSVReadError(line: -1, reason: "\(error)"))
    }
  }

  // MARK: - Round trip

  /// Random tables of random strings written with `CSVLine.make` read back identical, in UTF-8
  /// and Windows-1252, with LF or CRLF line ends, a BOM or not, a final line end or not, and
  /// any chunking.
  func testRoundTrip() throws {
    let utf8Alphabet = [
      "a", "Z", "0", "-", " ", "é", "È", "œ", "€", "ü", "«", "\u{A0}", "\"", ";", ",", "\t", "\n",
      "\r\n", "\r", "日", "😀", "e\u{301}", "\"\u{301}", "'",
    ]
    let cp1252Alphabet = [
      "a", "Z", "0", " ", "é", "È", "œ", "€", "ü", "«", "\"", ";", ",", "\t", "\n", "\r\n", "\r",
    ]
    let cp1252: [Character: UInt8] = [
      "é": 0xE9, "È": 0xC8, "œ": 0x9C, "€": 0x80, "ü": 0xFC, "«": 0xAB,
    ]
    let delimiters: [Character] = [";", ",", "\t"]

    for n in 0..<cases(400) {
      let seed = baseSeed &+ 2_000_000 &+ UInt64(n)
      var rng = SplitMix64(seed: seed)
      let encoding: TextEncoding = rng.below(3) == 0 ? .windows1252 : .utf8
      let alphabet = encoding == .utf8 ? utf8Alphabet : cp1252Alphabet
      let delimiter = delimiters[rng.below(delimiters.count)]
      let columns = 1 + rng.below(5)
      var table: [[String]] = []
      for _ in 0..<1 + rng.below(8) {
        var row: [String] = []
        for _ in 0..<columns {
          var cell = ""
          for _ in 0..<rng.below(7) { cell += alphabet[rng.below(alphabet.count)] }
          row.append(cell)
        }
        if row == [""] { row = ["x"] }  // a lone empty field is a blank line
        table.append(row)
      }

      var text = ""
      var expectedLines: [Int] = []
      var line = 1
      for (i, row) in table.enumerated() {
        let written = CSVLine.make(row, delimiter: delimiter)
        expectedLines.append(line)
        line += lineBreaks(written) + 1
        text += written
        if i < table.count - 1 || rng.below(2) == 0 { text += rng.below(2) == 0 ? "\n" : "\r\n" }
      }
      var bytes: [UInt8]
      if encoding == .utf8 {
        bytes = (rng.below(4) == 0 ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
      } else {
        bytes = text.flatMap { character in cp1252[character].map { [$0] } ?? Array(character.utf8)
        }
      }

      let chunkSize = rng.below(2) == 0 ? 1 << 20 : 1 + rng.below(16)
      let reader = CSVReader(
        bytes: bytes, delimiter: UInt8(ascii: delimiter.unicodeScalars.first!),
        encoding: encoding, chunkSize: chunkSize)
      let context =
        "case seed \(seed), \(encoding), chunk size \(chunkSize), text \(text.debugDescription)"
      var records: [CSVRecord] = []
      do {
        while let record = try reader.next() { records.append(record) }
      } catch {
        XCTFail("\(context): \(error)")
        continue
      }
      XCTAssertEqual(records.map(\.fields), table, context)
      XCTAssertEqual(records.map(\.line), expectedLines, context)
      XCTAssertEqual(records.map(\.malformed), table.map { _ in nil }, context)
      XCTAssertEqual(reader.bytesRead, bytes.count, context)
    }
  }

  private func lineBreaks(_ text: String) -> Int {
    let scalars = Array(text.unicodeScalars)
    var count = 0
    for (i, scalar) in scalars.enumerated() {
      if scalar == "\r" || (scalar == "\n" && (i == 0 || scalars[i - 1] != "\r")) { count += 1 }
    }
    return count
  }
}

/// A small, fast, seedable generator (SplitMix64), the same on every platform.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `0..<bound`.
  mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }
}

/// The reader's rules written the plain way, on the whole input at once, as an oracle.
enum ReferenceCSV {
  enum Outcome: Equatable {
    case records([CSVRecord])
    case failure(CSVReadError)

    /// A coarse label, to check what random inputs exercise.
    var kind: String {
      switch self {
      case .records(let records):
        if records.contains(where: { $0.malformed != nil }) { return "malformed" }
        if records.contains(where: { $0.raw.contains("\n") || $0.raw.contains("\r") }) {
          return "multiline"
        }
        return "records"
      case .failure(let error):
        for kind in ["unterminated", "NUL", "UTF-8", "windows-1252"]
        where error.reason.contains(kind) {
          return kind
        }
        return error.reason
      }
    }
  }

  static func parse(_ input: [UInt8], delimiter: UInt8, encoding: TextEncoding) -> Outcome {
    let quote: UInt8 = 0x22
    let lf: UInt8 = 0x0A
    let cr: UInt8 = 0x0D
    let count = input.count
    var pos = encoding == .utf8 && input.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var line = 1
    var records: [CSVRecord] = []

    while pos < count {
      let recordStart = pos
      let recordLine = line
      var fields: [[UInt8]] = []
      var malformed: String?
      var contentEnd = count

      fieldsLoop: while true {
        var field: [UInt8] = []
        if pos < count, input[pos] == quote {
          let quoteLine = line
          pos += 1
          while true {
            guard pos < count else {
              return .failure(
                CSVReadError(
                  line: quoteLine, reason: "unterminated quoted field opened at line \(quoteLine)"))
            }
            let byte = input[pos]
            if byte == 0 {
              return .failure(CSVReadError(line: line, reason: "binary data (NUL byte)"))
            }
            if byte == quote {
              if pos + 1 < count, input[pos + 1] == quote {
                field.append(quote)
                pos += 2
                continue
              }
              pos += 1
              break
            }
            if byte == cr || (byte == lf && input[pos - 1] != cr) { line += 1 }
            field.append(byte)
            pos += 1
          }
          fields.append(field)
          if pos == count { break fieldsLoop }
          let byte = input[pos]
          if byte == delimiter {
            pos += 1
            continue fieldsLoop
          }
          if byte == 0 {
            return .failure(CSVReadError(line: line, reason: "binary data (NUL byte)"))
          }
          if byte != cr, byte != lf {
            malformed = "text after the closing quote of field \(fields.count)"
            while pos < count, input[pos] != cr, input[pos] != lf {
              if input[pos] == 0 {
                return .failure(CSVReadError(line: line, reason: "binary data (NUL byte)"))
              }
              pos += 1
            }
          }
        } else {
          while pos < count, input[pos] != delimiter, input[pos] != cr, input[pos] != lf {
            if input[pos] == 0 {
              return .failure(CSVReadError(line: line, reason: "binary data (NUL byte)"))
            }
            field.append(input[pos])
            pos += 1
          }
          fields.append(field)
          if pos < count, input[pos] == delimiter {
            pos += 1
            continue fieldsLoop
          }
        }
        // At a line end or the end of the input.
        contentEnd = pos
        if pos < count {
          if input[pos] == cr {
            pos += 1
            if pos < count, input[pos] == lf { pos += 1 }
          } else {
            pos += 1
          }
        }
        break fieldsLoop
      }
      if contentEnd == count { pos = count }

      let content = Array(input[recordStart..<contentEnd])
      line += 1
      if content.isEmpty { continue }  // a blank line
      if let bad = firstInvalid(content, encoding) {
        var breaks = 0
        for i in 0..<bad
        where content[i] == cr || (content[i] == lf && (i == 0 || content[i - 1] != cr)) {
          breaks += 1
        }
        let hex = String(content[bad], radix: 16, uppercase: true)
        let reason =
          encoding == .utf8
          ? "invalid UTF-8 sequence starting with byte 0x\(hex)"
          : "byte 0x\(hex) is not valid \(encoding.rawValue)"
        return .failure(CSVReadError(line: recordLine + breaks, reason: reason))
      }
      records.append(
        CSVRecord(
          line: recordLine, fields: fields.map { encoding.decode($0)! },
          raw: encoding.decode(content)!, malformed: malformed))
    }
    return .records(records)
  }

  /// The first invalid byte, found with the standard library's UTF-8 decoder or the list of
  /// unassigned Windows-1252 bytes.
  private static func firstInvalid(_ bytes: [UInt8], _ encoding: TextEncoding) -> Int? {
    switch encoding {
    case .iso88591:
      return nil
    case .windows1252:
      return bytes.firstIndex { [0x81, 0x8D, 0x8F, 0x90, 0x9D].contains($0) }
    case .utf8:
      var iterator = bytes.makeIterator()
      var decoder = UTF8()
      var offset = 0
      while true {
        switch decoder.decode(&iterator) {
        case .scalarValue(let scalar): offset += UTF8.width(scalar)
        case .emptyInput: return nil
        case .error: return offset
        }
      }
    }
  }
}
