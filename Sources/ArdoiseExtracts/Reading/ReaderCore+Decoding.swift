#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Decoding fields and records into text.
extension ReaderCore {

  /// Checks that the record `0..<contentEnd` from `start` is valid in the encoding.
  mutating func check(contentEnd: Int) throws {
    let base = UnsafePointer(buffer + start)
    let content = UnsafeBufferPointer(start: base, count: contentEnd)
    // The scan has or-ed together every byte of the record (and maybe a few after it): if no
    // high bit is set, the record is ASCII, valid and the same in every encoding.
    let ascii = seenBytes & 0x8080_8080_8080_8080 == 0
    if !ascii, let bad = encoding.firstInvalidOffset(in: content) {
      throw CSVReadError(
        line: recordLine + Self.lineBreaks(in: UnsafeBufferPointer(start: base, count: bad)),
        reason: encoding.invalidReason(content, at: bad))
    }
    currentASCII = ascii
  }

  /// The current record, decoded.
  mutating func makeRecord() -> CSVRecord {
    let base = UnsafePointer(buffer + start)
    let content = UnsafeBufferPointer(start: base, count: currentContentEnd)
    let ascii = currentASCII
    let encoding = self.encoding
    let spans = self.spans
    var fields: [String] = []
    fields.reserveCapacity(spanCount)
    for n in 0..<spanCount {
      let span = spans[n]
      let bytes = UnsafeBufferPointer(start: base + span.from, count: span.to &- span.from)
      fields.append(
        span.unescape
          ? unescaped(bytes, knownASCII: ascii) : encoding.decodeValid(bytes, knownASCII: ascii))
    }
    // Without any quote, the text is the fields and separators: it is joined only if asked for.
    if malformed == nil, !quoted {
      return CSVRecord(line: recordLine, unquotedFields: fields, separator: separator)
    }
    return CSVRecord(
      line: recordLine, fields: fields, raw: encoding.decodeValid(content, knownASCII: ascii),
      malformed: malformed)
  }

  /// A quoted field's text with each doubled quote made single.
  mutating func unescaped(_ bytes: UnsafeBufferPointer<UInt8>, knownASCII: Bool) -> String {
    scratch.removeAll(keepingCapacity: true)
    var i = 0
    while i < bytes.count {
      let byte = bytes[i]
      scratch.append(byte)
      // Inside a closed quoted field every quote is the first of a pair.
      i += byte == Self.quote ? 2 : 1
    }
    return scratch.withUnsafeBufferPointer { encoding.decodeValid($0, knownASCII: knownASCII) }
  }

  /// The number of line breaks (LF, CRLF or lone CR) in `bytes`.
  static func lineBreaks(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 0
    for (i, byte) in bytes.enumerated() {
      if byte == carriageReturn || (byte == lineFeed && (i == 0 || bytes[i - 1] != carriageReturn))
      {
        count += 1
      }
    }
    return count
  }
}
