import Foundation
import XCTest

@testable import ArdoiseExtracts

final class CSVReaderTests: XCTestCase {
  private let semicolon = UInt8(ascii: ";")

  // MARK: - Helpers

  private func readAll(_ reader: CSVReader) throws -> [CSVRecord] {
    var records: [CSVRecord] = []
    while let record = try reader.next() { records.append(record) }
    XCTAssertNil(try reader.next(), "the end is sticky")
    return records
  }

  private func read(
    _ bytes: [UInt8], delimiter: UInt8 = UInt8(ascii: ";"), encoding: TextEncoding = .utf8,
    chunkSize: Int = 1 << 20
  ) throws -> [CSVRecord] {
    try readAll(
      CSVReader(bytes: bytes, delimiter: delimiter, encoding: encoding, chunkSize: chunkSize))
  }

  private func read(
    _ text: String, delimiter: UInt8 = UInt8(ascii: ";"), encoding: TextEncoding = .utf8
  ) throws -> [CSVRecord] {
    try read(Array(text.utf8), delimiter: delimiter, encoding: encoding)
  }

  private func fields(_ text: String, delimiter: UInt8 = UInt8(ascii: ";")) throws -> [[String]] {
    try read(text, delimiter: delimiter).map(\.fields)
  }

  private func readError(
    _ bytes: [UInt8], encoding: TextEncoding = .utf8, file: StaticString = #filePath,
    line: UInt = #line
  ) -> CSVReadError? {
    do {
      let records = try read(bytes, encoding: encoding)
      XCTFail("expected an error, read \(records)", file: file, line: line)
      return nil
    } catch let error as CSVReadError {
      return error
    } catch {
      XCTFail("unexpected \(error)", file: file, line: line)
      return nil
    }
  }

  private func readError(
    _ text: String, file: StaticString = #filePath, line: UInt = #line
  ) -> CSVReadError? {
    readError(Array(text.utf8), file: file, line: line)
  }

  private func temporaryFile(_ bytes: [UInt8]) throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("ardoise-csv-\(UUID().uuidString).csv").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
    return path
  }

  // MARK: - Records and fields

  func testSimpleRecords() throws {
    let records = try read("id;montant\nL1;12,50\nL2;-3\n")
    XCTAssertEqual(records.map(\.fields), [["id", "montant"], ["L1", "12,50"], ["L2", "-3"]])
    XCTAssertEqual(records.map(\.line), [1, 2, 3])
    XCTAssertEqual(records.map(\.raw), ["id;montant", "L1;12,50", "L2;-3"])
    XCTAssertEqual(records.map(\.malformed), [nil, nil, nil])
  }

  func testLineEnds() throws {
    let records = try read("a;1\nb;2\r\nc;3\rd;4")
    XCTAssertEqual(records.map(\.fields), [["a", "1"], ["b", "2"], ["c", "3"], ["d", "4"]])
    XCTAssertEqual(records.map(\.line), [1, 2, 3, 4])
    XCTAssertEqual(records.map(\.raw), ["a;1", "b;2", "c;3", "d;4"])
    XCTAssertEqual(try fields("a\r\r\nb"), [["a"], ["b"]])
    XCTAssertEqual(try read("a\r\r\nb").map(\.line), [1, 3])
  }

  func testNoFinalLineEnd() throws {
    XCTAssertEqual(try fields("a;b\nc;d"), [["a", "b"], ["c", "d"]])
    XCTAssertEqual(try fields("a;\"b\""), [["a", "b"]])
    XCTAssertEqual(try fields("a;"), [["a", ""]])
    XCTAssertEqual(try fields("x"), [["x"]])
    XCTAssertEqual(try fields(""), [])
  }

  func testQuotedFields() throws {
    XCTAssertEqual(
      try fields("\"a;b\";\"say \"\"hi\"\"\";\"\"\"\";\"\"\n"),
      [["a;b", "say \"hi\"", "\"", ""]])
    XCTAssertEqual(try read("\"a;b\";c\n")[0].raw, "\"a;b\";c")
    XCTAssertEqual(try fields("\"\"\"x\"\"\"\r\n"), [["\"x\""]])
  }

  func testRawText() throws {
    var record = try read("a;b;;c\n")[0]
    XCTAssertEqual(record.raw, "a;b;;c")
    record.fields[0] = "changed"
    XCTAssertEqual(record.raw, "a;b;;c", "the raw text does not follow changes to the fields")
    record.raw = "edited"
    XCTAssertEqual(record.raw, "edited")
    XCTAssertEqual(try read("\"a\";b\r\n")[0].raw, "\"a\";b")
    XCTAssertEqual(
      try read([0x61, 0xA7, 0xE9, 0x0A], delimiter: 0xA7, encoding: .windows1252)[0].raw, "a§é")
    XCTAssertEqual(
      CSVRecord(line: 1, fields: ["a"], raw: "x"), CSVRecord(line: 1, fields: ["a"], raw: "x"))
    XCTAssertNotEqual(
      CSVRecord(line: 1, fields: ["a"], raw: "x"), CSVRecord(line: 1, fields: ["a"], raw: "y"))
  }

  func testQuoteInsideUnquotedFieldIsLiteral() throws {
    XCTAssertEqual(try fields("ab\"c;d\";5\"\n"), [["ab\"c", "d\"", "5\""]])
    XCTAssertEqual(try fields(" \"x\";y\n"), [[" \"x\"", "y"]])
  }

  func testEmbeddedLineBreaksAreKept() throws {
    let records = try read("\"a\nb\";\"c\r\nd\";\"e\rf\"\nnext\n")
    XCTAssertEqual(records.map(\.fields), [["a\nb", "c\r\nd", "e\rf"], ["next"]])
    XCTAssertEqual(records[0].raw, "\"a\nb\";\"c\r\nd\";\"e\rf\"")
    XCTAssertEqual(records.map(\.line), [1, 5])
  }

  func testEmptyFieldsAndTrailingDelimiter() throws {
    XCTAssertEqual(try fields(";;\n"), [["", "", ""]])
    XCTAssertEqual(try fields("a;b;\n"), [["a", "b", ""]])
    XCTAssertEqual(try fields("a;;c\r\n"), [["a", "", "c"]])
    XCTAssertEqual(try fields("\"\"\n"), [[""]], "a quoted empty field is not a blank line")
    XCTAssertEqual(try fields(" \n"), [[" "]], "fields are not trimmed")
  }

  func testBlankLinesAreSkippedButCounted() throws {
    let records = try read("\n\na;b\n\r\n\rc;d\n\n")
    XCTAssertEqual(records.map(\.fields), [["a", "b"], ["c", "d"]])
    XCTAssertEqual(records.map(\.line), [3, 6])
    XCTAssertEqual(try fields("\n"), [])
    XCTAssertEqual(try fields("\r\n\r\n"), [])
  }

  func testLineNumbersAfterMultilineRecords() throws {
    let text = "h1;h2\n\"a\nb\";c\n\nd;e\r\n\r\nf;\"x\r\ny\"\rg;h"
    let records = try read(text)
    XCTAssertEqual(
      records.map(\.fields),
      [["h1", "h2"], ["a\nb", "c"], ["d", "e"], ["f", "x\r\ny"], ["g", "h"]])
    XCTAssertEqual(records.map(\.line), [1, 2, 5, 7, 9])
  }

  func testDelimiters() throws {
    XCTAssertEqual(
      try fields("a,\"b,c\",d\n", delimiter: UInt8(ascii: ",")), [["a", "b,c", "d"]])
    XCTAssertEqual(try fields("a\t\"b\tc\"\t\n", delimiter: 0x09), [["a", "b\tc", ""]])
    XCTAssertEqual(try fields("a;b,c\n", delimiter: UInt8(ascii: ",")), [["a;b", "c"]])
    // Any byte can separate the fields of a single-byte encoding, even a letter one.
    XCTAssertEqual(
      try read([0x61, 0xA7, 0x62, 0x0A], delimiter: 0xA7, encoding: .windows1252).map(\.fields),
      [["a", "b"]])
  }

  func testUnusableDelimiterIsRefused() throws {
    let path = try temporaryFile(Array("a;b\n".utf8))
    for (delimiter, encoding) in [
      (UInt8(ascii: "\""), TextEncoding.utf8), (0x0A, .utf8), (0x0D, .windows1252), (0, .utf8),
      (0xA7, .utf8),
    ] {
      XCTAssertThrowsError(try CSVReader(path: path, delimiter: delimiter, encoding: encoding)) {
        XCTAssertEqual(($0 as? CSVReadError)?.line, 0)
      }
    }
  }

  // MARK: - Malformed records

  func testTextAfterClosingQuoteIsMalformed() throws {
    let records = try read("a;\"b\"c;d\ne;f\n")
    XCTAssertEqual(records.count, 2)
    XCTAssertEqual(records[0].malformed, "text after the closing quote of field 2")
    XCTAssertEqual(records[0].raw, "a;\"b\"c;d")
    XCTAssertEqual(records[0].fields, ["a", "b"])
    XCTAssertEqual(records[0].line, 1)
    XCTAssertEqual(records[1], CSVRecord(line: 2, fields: ["e", "f"], raw: "e;f"))
  }

  func testMalformedRecordResyncsAtTheEndOfItsLine() throws {
    // The quote opened after the fault is ignored: reading goes on at the next line.
    let records = try read("\"b\" x;\"open\r\nnext;1\r\n\"c\"\"\"d")
    XCTAssertEqual(records.map(\.raw), ["\"b\" x;\"open", "next;1", "\"c\"\"\"d"])
    XCTAssertEqual(records.map(\.line), [1, 2, 3])
    XCTAssertNotNil(records[0].malformed)
    XCTAssertNil(records[1].malformed)
    XCTAssertEqual(records[2].malformed, "text after the closing quote of field 1")
    XCTAssertEqual(records[2].fields, ["c\""])
  }

  // MARK: - Whole-file errors

  func testUnterminatedQuotedField() {
    let error = readError("a;b\n\"open;x\ny\n")
    XCTAssertEqual(
      error, CSVReadError(line: 2, reason: "unterminated quoted field opened at line 2"))
    XCTAssertEqual(error?.description, "line 2: unterminated quoted field opened at line 2")
    XCTAssertEqual(readError("\"ab\"\"")?.line, 1)
  }

  func testNULIsBinaryData() {
    XCTAssertEqual(
      readError("a;b\nc\0;d\n"), CSVReadError(line: 2, reason: "binary data (NUL byte)"))
    XCTAssertEqual(readError("\"a\nb\0\"\n")?.line, 2)
    XCTAssertEqual(readError("\"a\"\0\n")?.reason, "binary data (NUL byte)")
    XCTAssertEqual(readError("\"a\"x\0\n")?.reason, "binary data (NUL byte)")
  }

  func testInvalidUTF8() {
    let bytes = Array("a;b\n\"x\ny".utf8) + [0xC3] + Array("\";z\n".utf8)
    XCTAssertEqual(
      readError(bytes),
      CSVReadError(line: 3, reason: "invalid UTF-8 sequence starting with byte 0xC3"))
    XCTAssertEqual(readError([0x61, 0xC0, 0x80, 0x0A])?.line, 1, "overlong")
    XCTAssertEqual(readError([0x0A, 0xED, 0xA0, 0x80])?.line, 2, "surrogate")
    // A Windows-1252 export read as UTF-8.
    XCTAssertEqual(
      readError([0x43, 0x72, 0xE9, 0x64, 0x69, 0x74, 0x0A])?.reason,
      "invalid UTF-8 sequence starting with byte 0xE9")
  }

  func testUndefinedWindows1252Byte() {
    XCTAssertEqual(
      readError(Array("a;b\nc;d".utf8) + [0x81], encoding: .windows1252),
      CSVReadError(line: 2, reason: "byte 0x81 is not valid windows-1252"))
  }

  func testFieldAndRecordLimits() throws {
    func reader(_ text: String, chunkSize: Int) -> CSVReader {
      CSVReader(
        bytes: Array(text.utf8), delimiter: semicolon, encoding: .utf8, chunkSize: chunkSize,
        fieldLimit: 10, recordLimit: 40)
    }
    for chunkSize in [1, 3, 1 << 20] {
      XCTAssertEqual(
        try readAll(reader("0123456789;\"0123456789\"\n", chunkSize: chunkSize)).count, 1)
      XCTAssertThrowsError(try readAll(reader("a\n0123456789A\n", chunkSize: chunkSize))) {
        XCTAssertEqual(
          $0 as? CSVReadError, CSVReadError(line: 2, reason: "field longer than 10 bytes"))
      }
      XCTAssertThrowsError(try readAll(reader("a\n\"x\n0123456789\"\n", chunkSize: chunkSize))) {
        XCTAssertEqual(($0 as? CSVReadError)?.line, 2)
      }
      XCTAssertThrowsError(
        try readAll(reader(String(repeating: "abc;", count: 20), chunkSize: 3))
      ) {
        XCTAssertEqual(
          $0 as? CSVReadError, CSVReadError(line: 1, reason: "record longer than 40 bytes"))
      }
    }
  }

  func testLargeFieldsAgainstTheRealLimit() throws {
    let megabyte = [UInt8](repeating: UInt8(ascii: "x"), count: 1_000_000)
    let records = try read(Array("a;\"".utf8) + megabyte + Array("\";b\n".utf8))
    XCTAssertEqual(records.map { $0.fields.map(\.utf8.count) }, [[1, 1_000_000, 1]])

    let tooLong = [UInt8](repeating: UInt8(ascii: "y"), count: (16 << 20) + 1)
    XCTAssertEqual(
      readError(Array("h\n".utf8) + tooLong),
      CSVReadError(line: 2, reason: "field longer than 16 MiB"))
  }

  // MARK: - Encodings and BOM

  func testWindows1252Fields() throws {
    // "Crédit;œuvre €" in Windows-1252.
    let bytes: [UInt8] = [
      0x43, 0x72, 0xE9, 0x64, 0x69, 0x74, 0x3B, 0x9C, 0x75, 0x76, 0x72, 0x65, 0x20, 0x80, 0x0D,
      0x0A, 0x22, 0xC9, 0x22, 0x22, 0x74, 0xE9, 0x22, 0x3B, 0x78, 0x0A,
    ]
    let records = try read(bytes, encoding: .windows1252)
    XCTAssertEqual(records.map(\.fields), [["Crédit", "œuvre €"], ["É\"té", "x"]])
    XCTAssertEqual(records.map(\.raw), ["Crédit;œuvre €", "\"É\"\"té\";x"])
    XCTAssertEqual(
      try read(bytes, encoding: .iso88591).map(\.fields),
      [["Crédit", "\u{9C}uvre \u{80}"], ["É\"té", "x"]])
  }

  func testUTF8Fields() throws {
    XCTAssertEqual(
      try fields("Échéance;\"Loyer « mai »\";日本\n"), [["Échéance", "Loyer « mai »", "日本"]])
  }

  func testBOM() throws {
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    let utf8 = CSVReader(bytes: bom + Array("a;b\n".utf8), delimiter: semicolon, encoding: .utf8)
    XCTAssertEqual(try readAll(utf8).map(\.fields), [["a", "b"]])
    XCTAssertEqual(utf8.bytesRead, 7)
    XCTAssertEqual(try read(bom).count, 0)
    XCTAssertEqual(try read(bom + [0x0A, 0x78]).map(\.line), [2])
    XCTAssertEqual(try read(bom + bom + [0x78]).map(\.fields), [["\u{FEFF}x"]], "only at the start")
    XCTAssertEqual(
      try read(bom + Array("a".utf8), encoding: .windows1252).map(\.fields), [["ï»¿a"]])
  }

  // MARK: - Streaming

  /// Inputs whose every split between two reads must give the same result as reading them
  /// whole, errors included.
  private static let splitInputs: [[UInt8]] = [
    Array("h1;h2\r\n\"a\r\nb\";\"c\"\"d\"\r\n\r\n;\rx;\"\"\n\"\"\"\";e\"f".utf8),
    [0xEF, 0xBB, 0xBF] + Array("é;\"€\n\";\"ab\"c;\"x\n\rz;\"".utf8) + [0x22, 0x0A, 0x0D],
    Array("a;\"b\nc\nd".utf8),
    Array("a;b\nc\r".utf8) + [0xE2, 0x82, 0xAC, 0x0D, 0x0A, 0xE2, 0x82, 0x0A],
    Array("x;y\n\"q\"\0".utf8),
  ]

  private func outcome(_ reader: CSVReader, size: Int) -> String {
    do {
      let records = try readAll(reader)
      XCTAssertEqual(reader.bytesRead, size)
      return records.map { "\($0)" }.joined(separator: "\n")
    } catch {
      return "error: \(error)"
    }
  }

  func testEverySplitPosition() {
    for (n, input) in Self.splitInputs.enumerated() {
      let whole = outcome(
        CSVReader(bytes: input, delimiter: semicolon, encoding: .utf8), size: input.count)
      for cut in 0...input.count {
        let split = CSVReader(
          bytes: input, delimiter: semicolon, encoding: .utf8, chunkSize: 1 << 20, cuts: [cut])
        XCTAssertEqual(outcome(split, size: input.count), whole, "input \(n), cut at \(cut)")
      }
      for first in 0...input.count {
        for second in first...min(input.count, first + 4) {
          let split = CSVReader(
            bytes: input, delimiter: semicolon, encoding: .utf8, chunkSize: 1 << 20,
            cuts: [first, second])
          XCTAssertEqual(
            outcome(split, size: input.count), whole, "input \(n), cuts \(first), \(second)")
        }
      }
    }
  }

  func testTinyChunkSizes() {
    for (n, input) in Self.splitInputs.enumerated() {
      for encoding in TextEncoding.allCases {
        let whole = outcome(
          CSVReader(bytes: input, delimiter: semicolon, encoding: encoding), size: input.count)
        for chunkSize in 1...9 {
          let reader = CSVReader(
            bytes: input, delimiter: semicolon, encoding: encoding, chunkSize: chunkSize)
          XCTAssertEqual(
            outcome(reader, size: input.count), whole,
            "input \(n), \(encoding), chunk size \(chunkSize)")
        }
      }
    }
  }

  func testReadsFiles() throws {
    var text = "entry_id;label\r\n"
    for i in 1...2_000 { text += "E\(i);\"Loyer \"\"\(i)\"\"\nmai\"\r\n" }
    let bytes = Array(text.utf8)
    let path = try temporaryFile(bytes)
    let whole = try read(bytes)
    XCTAssertEqual(whole.count, 2_001)
    XCTAssertEqual(whole.last?.line, 4_000)
    XCTAssertEqual(whole.last?.fields, ["E2000", "Loyer \"2000\"\nmai"])
    for chunkSize in [7, 4_096, 1 << 20] {
      let reader = try CSVReader(
        path: path, delimiter: semicolon, encoding: .utf8, chunkSize: chunkSize)
      XCTAssertEqual(try readAll(reader), whole, "chunk size \(chunkSize)")
      XCTAssertEqual(reader.bytesRead, bytes.count)
    }
    let reader = try CSVReader(path: path, delimiter: semicolon, encoding: .utf8)
    XCTAssertEqual(try readAll(reader), whole)
  }

  func testMissingFile() {
    XCTAssertThrowsError(
      try CSVReader(path: "/nonexistent/ledger.csv", delimiter: semicolon, encoding: .utf8)
    ) { error in
      XCTAssertEqual((error as? CSVReadError)?.line, 0)
      XCTAssertTrue(
        (error as? CSVReadError)?.reason.hasPrefix("cannot open /nonexistent/ledger.csv") ?? false)
    }
  }

  func testBytesReadProgresses() throws {
    let reader = CSVReader(
      bytes: Array("a;b\r\n\nc\n".utf8), delimiter: semicolon, encoding: .utf8, chunkSize: 2)
    XCTAssertEqual(reader.bytesRead, 0)
    _ = try reader.next()
    XCTAssertEqual(reader.bytesRead, 5)
    _ = try reader.next()
    XCTAssertEqual(reader.bytesRead, 8)
    XCTAssertNil(try reader.next())
    XCTAssertEqual(reader.bytesRead, 8)
  }
}
