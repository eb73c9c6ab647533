#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The reader's state and work.
struct ReaderCore {
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
}
