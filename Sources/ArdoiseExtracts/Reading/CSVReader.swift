#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// One record of a CSV file, as read by `CSVReader`.
public struct CSVRecord: Sendable, Equatable {
  /// The physical line (1-based) where the record starts; the header is usually line 1.
  public var line: Int
  /// The decoded fields: quotes removed, doubled quotes undone, line breaks inside quotes kept as
  /// they are; not trimmed. For a `malformed` record, the fields read before the fault and the
  /// faulty field's quoted part.
  public var fields: [String]
  /// Why the record is syntactically bad (the file can still be read on), or nil when it is
  /// well-formed.
  public var malformed: String?

  /// The raw text, or how to rebuild it: most records are read only for their fields, so the
  /// reader leaves the raw text of a record without quotes to be joined when asked for.
  private var source: RawText

  private enum RawText: Sendable {
    case text(String)
    /// The record is exactly these unquoted fields joined by this separator (a snapshot: it
    /// does not follow later changes to `fields`).
    case joined([String], separator: String)
  }

  /// The record's decoded source text without its line end, for the quarantine.
  public var raw: String {
    get {
      switch source {
      case .text(let text): return text
      case .joined(let fields, let separator): return fields.joined(separator: separator)
      }
    }
    set { source = .text(newValue) }
  }

  /// A record starting at `line`.
  public init(line: Int, fields: [String], raw: String, malformed: String? = nil) {
    self.line = line
    self.fields = fields
    self.malformed = malformed
    self.source = .text(raw)
  }

  /// A record made of unquoted `fields` only, whose raw text is them joined by `separator`.
  init(line: Int, unquotedFields fields: [String], separator: String) {
    self.line = line
    self.fields = fields
    self.malformed = nil
    self.source = .joined(fields, separator: separator)
  }

  /// Whether both records start at the same line with the same fields, raw text and fault.
  public static func == (a: CSVRecord, b: CSVRecord) -> Bool {
    a.line == b.line && a.fields == b.fields && a.malformed == b.malformed && a.raw == b.raw
  }
}

/// A CSV file that cannot be read as a whole: undecodable bytes for its encoding, binary data,
/// a quoted field left open at the end of the file, a field or record over the size limits, or
/// a file that cannot be opened or read.
public struct CSVReadError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The physical line (1-based) of the fault; 0 when it concerns the file itself.
  public var line: Int
  /// What is wrong, in English.
  public var reason: String

  /// An error at `line`.
  public init(line: Int, reason: String) {
    self.line = line
    self.reason = reason
  }

  /// `line N: reason`, or just the reason when no line applies.
  public var description: String { line > 0 ? "line \(line): \(reason)" : reason }
}

/// A streaming RFC 4180 CSV reader working on bytes.
///
/// - The delimiter is one byte (`;`, `,`, tab…). Fields may be quoted with `"`; a quoted field
///   may hold delimiters, doubled quotes and line breaks (kept as they are). A quote inside an
///   unquoted field is kept literally.
/// - Records end at LF, CRLF or a lone CR; the last record may lack a line end. Blank lines
///   (nothing but a line end) yield no record, but line numbers count every physical line.
/// - A UTF-8 byte order mark at the very start is dropped when the encoding is UTF-8.
/// - Text between a closing quote and the next delimiter makes the record `malformed`; the
///   reader then skips to the end of that physical line and goes on.
/// - Invalid bytes for the encoding, a NUL byte, a quoted field still open at the end of the
///   file, a field over 16 MiB or a record over 64 MiB throw `CSVReadError`: the file cannot be
///   read as a whole.
///
/// The file is read in chunks of 1 MiB and only the record being read is kept in memory, so a
/// file of any size reads in flat memory.
public final class CSVReader {
  /// The size of the reads from the source.
  static let defaultChunkSize = 1 << 20
  /// The longest field accepted, in bytes.
  static let defaultFieldLimit = 16 << 20
  /// The longest record accepted, in bytes.
  static let defaultRecordLimit = 64 << 20

  /// All the state, in a struct so that the work is done without the runtime exclusivity
  /// checks and reference counting that the properties of a class cost.
  private var core: ReaderCore

  /// A reader of the file at `path`.
  ///
  /// - Parameters:
  ///   - delimiter: the field separator, one byte other than `"`, CR, LF and NUL; ASCII for
  ///     UTF-8.
  ///   - encoding: the file's encoding.
  /// - Throws: `CSVReadError` (line 0) when the file cannot be opened or the delimiter is not
  ///   usable.
  public convenience init(path: String, delimiter: UInt8, encoding: TextEncoding) throws {
    try self.init(
      path: path, delimiter: delimiter, encoding: encoding, chunkSize: Self.defaultChunkSize)
  }

  /// A reader of the file at `path`, reading `chunkSize` bytes at a time.
  init(
    path: String, delimiter: UInt8, encoding: TextEncoding, chunkSize: Int,
    fieldLimit: Int = defaultFieldLimit, recordLimit: Int = defaultRecordLimit
  ) throws {
    if let problem = ReaderCore.delimiterProblem(delimiter, encoding: encoding) {
      throw CSVReadError(line: 0, reason: problem)
    }
    guard let file = fopen(path, "rb") else {
      throw CSVReadError(
        line: 0, reason: "cannot open \(path): \(String(cString: strerror(errno)))")
    }
    core = ReaderCore(
      source: .file(file), delimiter: delimiter, encoding: encoding, chunkSize: chunkSize,
      fieldLimit: fieldLimit, recordLimit: recordLimit)
  }

  /// A reader of `bytes`, for tests and fuzzing.
  ///
  /// - Precondition: `delimiter` is a byte other than `"`, CR, LF and NUL, and ASCII for UTF-8.
  public convenience init(bytes: [UInt8], delimiter: UInt8, encoding: TextEncoding) {
    self.init(
      bytes: bytes, delimiter: delimiter, encoding: encoding, chunkSize: Self.defaultChunkSize)
  }

  /// A reader of `bytes` handing them over `chunkSize` bytes at a time, and never across one of
  /// the offsets in `cuts`, to exercise records split between reads.
  init(
    bytes: [UInt8], delimiter: UInt8, encoding: TextEncoding, chunkSize: Int, cuts: [Int] = [],
    fieldLimit: Int = defaultFieldLimit, recordLimit: Int = defaultRecordLimit
  ) {
    let problem = ReaderCore.delimiterProblem(delimiter, encoding: encoding)
    precondition(problem == nil, problem ?? "")
    core = ReaderCore(
      source: .memory(bytes, cuts: cuts.sorted()), delimiter: delimiter, encoding: encoding,
      chunkSize: chunkSize, fieldLimit: fieldLimit, recordLimit: recordLimit)
  }

  deinit {
    core.release()
  }

  /// The number of bytes of the source consumed by the records returned so far (byte order
  /// mark, blank lines and line ends included); the size of the source once `next()` has
  /// returned nil.
  public var bytesRead: Int { core.consumed + (core.hasCurrent ? core.currentRecordEnd : 0) }

  /// The next record, or nil at the end of the source.
  ///
  /// - Throws: `CSVReadError` when the source cannot be read as a whole; the reader must not be
  ///   used after that.
  public func next() throws -> CSVRecord? {
    try core.next()
  }

  /// Reads the next record without decoding its fields: its bytes are then ``fields``, and
  /// ``record()`` decodes it when needed. Returns false at the end of the source.
  ///
  /// The record's bytes are checked for the encoding as by `next()`; the ingest hot path reads
  /// them in place, without making a `String` per field.
  ///
  /// - Throws: `CSVReadError` when the source cannot be read as a whole; the reader must not be
  ///   used after that.
  public func advance() throws -> Bool {
    try core.advance()
  }

  /// The fields of the record read by the last ``advance()``, as bytes in the reader's buffer:
  /// valid until the next call to ``advance()`` or ``next()``.
  ///
  /// - Precondition: the last ``advance()`` returned true.
  public var fields: CSVFields { core.currentFields }

  /// The record read by the last ``advance()``, decoded as `next()` would have returned it.
  ///
  /// - Precondition: the last ``advance()`` returned true.
  public func record() -> CSVRecord {
    core.makeRecord()
  }
}

/// The fields of one record as bytes in the encoding of the file, read in place by
/// ``CSVReader/advance()``: quotes around a field are removed, doubled quotes inside it are not
/// undone (``isEscaped(_:)`` says when there are some), nothing is trimmed.
///
/// The pointers are valid until the reader moves on; the record has been checked for its
/// encoding.
public struct CSVFields {
  let base: UnsafePointer<UInt8>
  let spans: UnsafePointer<CSVFieldSpan>
  /// The record's bytes without its line end: the fields, their quotes and delimiters.
  public let bytes: UnsafeBufferPointer<UInt8>
  /// The number of fields.
  public let count: Int
  /// Whether every byte of the record is ASCII (then it reads the same in every encoding).
  public let isASCII: Bool
  /// The physical line (1-based) where the record starts.
  public let line: Int
  /// Why the record is syntactically bad, or nil when it is well-formed.
  public let malformed: String?

  /// The bytes of field `i` (0-based).
  @inline(__always)
  public subscript(_ i: Int) -> UnsafeBufferPointer<UInt8> {
    let span = spans[i]
    return UnsafeBufferPointer(start: base + span.from, count: span.to &- span.from)
  }

  /// Whether field `i` holds doubled quotes still to be made single.
  @inline(__always)
  public func isEscaped(_ i: Int) -> Bool { spans[i].unescape }
}

/// A field's place in the record, relative to the record's first byte.
struct CSVFieldSpan {
  var from: Int
  var to: Int
  /// Whether doubled quotes must be undone.
  var unescape: Bool
}

/// The reader's state and work.
private struct ReaderCore {
  static let quote: UInt8 = 0x22
  static let lineFeed: UInt8 = 0x0A
  static let carriageReturn: UInt8 = 0x0D

  /// Byte classes, as bits of `classes[byte]`.
  static let endsUnquoted: UInt8 = 1  // delimiter, CR, LF, NUL
  static let endsQuoted: UInt8 = 2  // quote, CR, LF, NUL
  static let endsSkipped: UInt8 = 4  // CR, LF, NUL

  enum Source {
    case file(UnsafeMutablePointer<FILE>)
    /// Bytes in memory, handed over in chunks that never cross one of `cuts`.
    case memory([UInt8], cuts: [Int])
  }

  enum State {
    /// Before the first byte of a field.
    case fieldStart
    /// Inside an unquoted field.
    case unquoted
    /// Inside a quoted field.
    case quoted
    /// Just after a quote inside a quoted field: a closing quote or the first of a pair.
    case quoteInQuoted
    /// After a fault: skipping to the end of the physical line.
    case skipping
    /// After the CR ending a record: an LF, if any, belongs to the line end.
    case afterCR
  }

  enum ScanResult {
    case needMore
    /// The record's text is `0..<contentEnd` from the record start, its line end
    /// `contentEnd..<recordEnd`.
    case complete(contentEnd: Int, recordEnd: Int)
  }

  typealias Span = CSVFieldSpan

  let delimiter: UInt8
  /// The delimiter decoded, to join the fields of records without quotes.
  let separator: String
  let encoding: TextEncoding
  let chunkSize: Int
  let fieldLimit: Int
  let recordLimit: Int

  // The source.
  let source: Source
  var memoryOffset = 0
  var cutIndex = 0
  var exhausted = false
  var finished = false
  var checkedBOM = false

  // The buffer: `start..<end` is read but not consumed; the current record starts at `start`.
  var buffer: UnsafeMutablePointer<UInt8>
  var capacity: Int
  var start = 0
  var end = 0
  var consumed = 0
  let classes: UnsafeMutablePointer<UInt8>

  // The record being read (offsets relative to `start`, so they survive moving the buffer).
  var state = State.fieldStart
  var scanOffset = 0
  var fieldBegin = 0
  var fieldUnescape = false
  /// Whether a field of the record was quoted.
  var quoted = false
  /// All the bytes of the record scanned so far, or-ed together.
  var seenBytes: UInt64 = 0
  var spans: UnsafeMutablePointer<Span>
  var spanCount = 0
  var spanCapacity = 16
  var malformed: String?
  var recordLine = 1
  var currentLine = 1
  var quoteLine = 1
  var scratch: [UInt8] = []
  /// Whether a record has been read by `advance()` and not consumed yet.
  var hasCurrent = false
  /// The current record's text is `0..<currentContentEnd` from `start`, its line end up to
  /// `currentRecordEnd`.
  var currentContentEnd = 0
  var currentRecordEnd = 0
  /// Whether the current record is all ASCII.
  var currentASCII = false

  init(
    source: Source, delimiter: UInt8, encoding: TextEncoding, chunkSize: Int, fieldLimit: Int,
    recordLimit: Int
  ) {
    self.source = source
    self.delimiter = delimiter
    self.separator = encoding.decode([delimiter]) ?? ""
    self.encoding = encoding
    self.chunkSize = max(1, chunkSize)
    self.fieldLimit = fieldLimit
    self.recordLimit = recordLimit
    switch source {
    case .file: capacity = 2 * self.chunkSize
    case .memory(let bytes, _): capacity = 2 * min(self.chunkSize, max(bytes.count, 16))
    }
    buffer = .allocate(capacity: capacity)
    spans = .allocate(capacity: spanCapacity)
    classes = .allocate(capacity: 256)
    classes.initialize(repeating: 0, count: 256)
    for byte in [Self.lineFeed, Self.carriageReturn, 0] {
      classes[Int(byte)] = Self.endsUnquoted | Self.endsQuoted | Self.endsSkipped
    }
    classes[Int(delimiter)] |= Self.endsUnquoted
    classes[Int(Self.quote)] |= Self.endsQuoted
  }

  /// Closes the file and frees the buffers.
  func release() {
    if case .file(let file) = source { fclose(file) }
    buffer.deallocate()
    spans.deallocate()
    classes.deallocate()
  }

  /// Why `delimiter` cannot separate fields, or nil when it can.
  static func delimiterProblem(_ delimiter: UInt8, encoding: TextEncoding) -> String? {
    if delimiter == quote || delimiter == lineFeed || delimiter == carriageReturn || delimiter == 0
    {
      return "the delimiter cannot be a quote, a line break or NUL"
    }
    if encoding == .utf8, delimiter >= 0x80 {
      return "the delimiter of a UTF-8 file must be an ASCII character"
    }
    return nil
  }

  mutating func next() throws -> CSVRecord? {
    guard try advance() else { return nil }
    let record = makeRecord()
    consumeCurrent()
    return record
  }

  /// Scans and checks the next record, which stays in the buffer until the next call.
  mutating func advance() throws -> Bool {
    if hasCurrent { consumeCurrent() }
    if finished { return false }
    if !checkedBOM { try dropBOM() }
    while true {
      if start == end, exhausted {
        finished = true
        return false
      }
      switch try scan(atEnd: exhausted) {
      case .needMore:
        try checkLimits()
        try refill()
      case .complete(let contentEnd, let recordEnd):
        if contentEnd == 0 {  // a blank line
          consume(recordEnd)
          continue
        }
        try check(contentEnd: contentEnd)
        currentContentEnd = contentEnd
        currentRecordEnd = recordEnd
        hasCurrent = true
        return true
      }
    }
  }

  /// Moves past the record read by `advance()`.
  mutating func consumeCurrent() {
    hasCurrent = false
    consume(currentRecordEnd)
  }

  /// The fields of the current record, in place.
  var currentFields: CSVFields {
    CSVFields(
      base: UnsafePointer(buffer + start), spans: UnsafePointer(spans),
      bytes: UnsafeBufferPointer(start: buffer + start, count: currentContentEnd),
      count: spanCount, isASCII: currentASCII, line: recordLine, malformed: malformed)
  }

  // MARK: - Scanning

  /// Scans the current record from where the last call stopped, until its end or the end of
  /// the buffered bytes.
  mutating func scan(atEnd: Bool) throws -> ScanResult {
    let base = buffer + start
    let count = end - start
    let classes = self.classes
    let delimiter = self.delimiter
    let quote = Self.quote
    let lineFeed = Self.lineFeed
    let carriageReturn = Self.carriageReturn
    var i = scanOffset
    var state = self.state
    var line = currentLine
    var fieldBegin = self.fieldBegin
    var unescape = fieldUnescape
    var seen = seenBytes
    defer {
      self.seenBytes = seen
      self.scanOffset = i
      self.state = state
      self.currentLine = line
      self.fieldBegin = fieldBegin
      self.fieldUnescape = unescape
    }

    while true {
      if i >= count {
        guard atEnd else { return .needMore }
        switch state {
        case .fieldStart, .unquoted:
          try closeField(fieldBegin, count, unescape: false, line: line)
          return .complete(contentEnd: count, recordEnd: count)
        case .quoted:
          throw CSVReadError(
            line: quoteLine, reason: "unterminated quoted field opened at line \(quoteLine)")
        case .quoteInQuoted:
          try closeField(fieldBegin, count - 1, unescape: unescape, line: quoteLine)
          return .complete(contentEnd: count, recordEnd: count)
        case .skipping:
          return .complete(contentEnd: count, recordEnd: count)
        case .afterCR:
          return .complete(contentEnd: count - 1, recordEnd: count)
        }
      }

      switch state {
      case .fieldStart:
        if base[i] == quote {
          state = .quoted
          quoted = true
          quoteLine = line
          i &+= 1
          fieldBegin = i
          unescape = false
        } else {
          state = .unquoted
          fieldBegin = i
        }

      case .unquoted:
        i = Self.find(base, from: i, count: count, delimiter, carriageReturn, lineFeed, &seen)
        while i < count, classes[Int(base[i])] & Self.endsUnquoted == 0 {
          seen |= UInt64(base[i])
          i &+= 1
        }
        guard i < count else { continue }
        let byte = base[i]
        try closeField(fieldBegin, i, unescape: false, line: line)
        if byte == delimiter {
          i &+= 1
          state = .fieldStart
          fieldBegin = i
        } else if byte == lineFeed {
          return .complete(contentEnd: i, recordEnd: i &+ 1)
        } else if byte == carriageReturn {
          i &+= 1
          state = .afterCR
        } else {
          throw Self.binaryData(line)
        }

      case .quoted:
        i = Self.find(base, from: i, count: count, quote, carriageReturn, lineFeed, &seen)
        while i < count, classes[Int(base[i])] & Self.endsQuoted == 0 {
          seen |= UInt64(base[i])
          i &+= 1
        }
        guard i < count else { continue }
        let byte = base[i]
        if byte == quote {
          state = .quoteInQuoted
        } else if byte == lineFeed {
          // A CRLF inside quotes is one line break, counted at its CR.
          if base[i &- 1] != carriageReturn { line &+= 1 }
        } else if byte == carriageReturn {
          line &+= 1
        } else {
          throw Self.binaryData(line)
        }
        i &+= 1

      case .quoteInQuoted:
        let byte = base[i]
        if byte == quote {
          unescape = true
          state = .quoted
          i &+= 1
          continue
        }
        try closeField(fieldBegin, i &- 1, unescape: unescape, line: quoteLine)
        if byte == delimiter {
          i &+= 1
          state = .fieldStart
          fieldBegin = i
        } else if byte == lineFeed {
          return .complete(contentEnd: i, recordEnd: i &+ 1)
        } else if byte == carriageReturn {
          i &+= 1
          state = .afterCR
        } else if byte == 0 {
          throw Self.binaryData(line)
        } else {
          malformed = "text after the closing quote of field \(spanCount)"
          state = .skipping
        }

      case .skipping:
        while i < count, classes[Int(base[i])] & Self.endsSkipped == 0 {
          seen |= UInt64(base[i])
          i &+= 1
        }
        guard i < count else { continue }
        let byte = base[i]
        if byte == lineFeed {
          return .complete(contentEnd: i, recordEnd: i &+ 1)
        } else if byte == carriageReturn {
          i &+= 1
          state = .afterCR
        } else {
          throw Self.binaryData(line)
        }

      case .afterCR:
        return .complete(contentEnd: i &- 1, recordEnd: base[i] == lineFeed ? i &+ 1 : i)
      }
    }
  }

  /// Skips 8 bytes at a time while none of them is `x`, `y`, `z` or NUL; returns the offset of
  /// the first such byte, or of the last bytes shorter than a word (the caller then goes on byte
  /// by byte). Every word loaded is or-ed into `seen`.
  @inline(__always)
  static func find(
    _ base: UnsafeMutablePointer<UInt8>, from: Int, count: Int, _ x: UInt8, _ y: UInt8,
    _ z: UInt8, _ seen: inout UInt64
  ) -> Int {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let xs = ones &* UInt64(x)
    let ys = ones &* UInt64(y)
    let zs = ones &* UInt64(z)
    @inline(__always) func zeroBytes(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }
    var i = from
    while i &+ 8 <= count {
      let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
      seen |= word
      let found =
        zeroBytes(word ^ xs) | zeroBytes(word ^ ys) | zeroBytes(word ^ zs) | zeroBytes(word)
      if found != 0 { return i &+ found.trailingZeroBitCount &>> 3 }
      i &+= 8
    }
    return i
  }

  /// Records the field `from..<to`.
  @inline(__always)
  mutating func closeField(_ from: Int, _ to: Int, unescape: Bool, line: Int) throws {
    if to &- from > fieldLimit { throw fieldTooLong(line) }
    if spanCount == spanCapacity {
      let grown = UnsafeMutablePointer<Span>.allocate(capacity: 2 * spanCapacity)
      grown.moveInitialize(from: spans, count: spanCount)
      spans.deallocate()
      spans = grown
      spanCapacity *= 2
    }
    (spans + spanCount).initialize(to: Span(from: from, to: to, unescape: unescape))
    spanCount &+= 1
  }

  static func binaryData(_ line: Int) -> CSVReadError {
    CSVReadError(line: line, reason: "binary data (NUL byte)")
  }

  func fieldTooLong(_ line: Int) -> CSVReadError {
    CSVReadError(line: line, reason: "field longer than \(Self.describe(bytes: fieldLimit))")
  }

  /// Refuses a record or field grown past the limits before reading more of it.
  func checkLimits() throws {
    if end - start > recordLimit {
      throw CSVReadError(
        line: recordLine, reason: "record longer than \(Self.describe(bytes: recordLimit))")
    }
    switch state {
    case .unquoted:
      if scanOffset - fieldBegin > fieldLimit { throw fieldTooLong(currentLine) }
    case .quoted:
      if scanOffset - fieldBegin > fieldLimit { throw fieldTooLong(quoteLine) }
    case .quoteInQuoted:  // the last byte scanned is a quote, maybe the closing one
      if scanOffset - 1 - fieldBegin > fieldLimit { throw fieldTooLong(quoteLine) }
    case .fieldStart, .skipping, .afterCR:
      break
    }
  }

  static func describe(bytes: Int) -> String {
    bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
  }

  /// Moves past the current record and gets ready for the next one.
  mutating func consume(_ recordEnd: Int) {
    start &+= recordEnd
    consumed &+= recordEnd
    recordLine = currentLine &+ 1
    currentLine = recordLine
    state = .fieldStart
    scanOffset = 0
    fieldBegin = 0
    fieldUnescape = false
    spanCount = 0
    quoted = false
    seenBytes = 0
    malformed = nil
  }

  // MARK: - Decoding

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

  // MARK: - Reading the source

  /// Drops a UTF-8 byte order mark at the very start.
  mutating func dropBOM() throws {
    checkedBOM = true
    guard encoding == .utf8 else { return }
    while end - start < 3, !exhausted { try refill() }
    if end - start >= 3, buffer[start] == 0xEF, buffer[start + 1] == 0xBB,
      buffer[start + 2] == 0xBF
    {
      start += 3
      consumed += 3
    }
  }

  /// Reads the next chunk of the source after the buffered bytes, making room if needed.
  mutating func refill() throws {
    switch source {
    case .file(let file):
      makeRoom(for: chunkSize)
      let count = fread(buffer + end, 1, chunkSize, file)
      if count == 0, ferror(file) != 0 {
        throw CSVReadError(
          line: currentLine, reason: "read error: \(String(cString: strerror(errno)))")
      }
      end += count
      if count == 0 { exhausted = true }

    case .memory(let bytes, let cuts):
      while cutIndex < cuts.count, cuts[cutIndex] <= memoryOffset { cutIndex += 1 }
      let limit = cutIndex < cuts.count ? min(bytes.count, cuts[cutIndex]) : bytes.count
      let count = min(chunkSize, limit - memoryOffset)
      makeRoom(for: count)
      if count > 0 {
        let destination = buffer + end
        bytes.withUnsafeBufferPointer { source in
          destination.update(from: source.baseAddress! + memoryOffset, count: count)
        }
        memoryOffset += count
      }
      end += count
      if count == 0 { exhausted = true }
    }
  }

  /// Makes room for `count` more bytes after `end`, moving the current record to the front of
  /// the buffer or growing the buffer.
  mutating func makeRoom(for count: Int) {
    guard end + count > capacity else { return }
    let kept = end - start
    if kept + count > capacity {
      let newCapacity = max(2 * capacity, kept + count)
      let newBuffer = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
      newBuffer.update(from: buffer + start, count: kept)
      buffer.deallocate()
      buffer = newBuffer
      capacity = newCapacity
    } else if kept > 0 {
      memmove(buffer, buffer + start, kept)
    }
    start = 0
    end = kept
  }
}
