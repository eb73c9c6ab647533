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
