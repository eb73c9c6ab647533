#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

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
