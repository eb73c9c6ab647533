#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Scanning bytes into records and fields, checking the encoding and the limits.
extension ReaderCore {

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
}
