import ArdoiseExtracts

/// Rows mapped in place, copied aside (with their source text) until they are inserted
/// together by one multi-row statement.
///
/// A row's text values point into the record it came from; appending copies the record's bytes
/// into the block's arena and points the values there, so that they outlive the reader's buffer.
final class RowBlock {
  /// The most rows in a block.
  let capacity: Int
  /// Values per row.
  let width: Int
  /// The number of rows.
  private(set) var count = 0
  private let values: UnsafeMutablePointer<RowValue>
  private let lines: UnsafeMutablePointer<Int>
  /// Each row's record in the arena: `records[2 * i]` is its start, `records[2 * i + 1]` its
  /// length.
  private let records: UnsafeMutablePointer<Int>
  private var arena: UnsafeMutablePointer<UInt8>
  private var arenaCapacity: Int
  private var arenaCount = 0

  /// A block of `capacity` rows of `width` values.
  init(capacity: Int, width: Int) {
    self.capacity = capacity
    self.width = width
    values = .allocate(capacity: capacity * width)
    values.initialize(repeating: .null, count: capacity * width)
    lines = .allocate(capacity: capacity)
    records = .allocate(capacity: 2 * capacity)
    arenaCapacity = 1 << 16
    arena = .allocate(capacity: arenaCapacity)
  }

  deinit {
    values.deinitialize(count: capacity * width)
    values.deallocate()
    lines.deallocate()
    records.deallocate()
    arena.deallocate()
  }

  /// Whether the block holds `capacity` rows.
  var isFull: Bool { count == capacity }

  /// Whether a record of `size` bytes can be appended without moving the rows already in.
  func fits(_ size: Int) -> Bool { count < capacity && arenaCount + size <= arenaCapacity }

  /// Appends a row read in place from `fields`.
  ///
  /// - Precondition: `fits(fields.bytes.count)`, or the block is empty.
  func append(_ row: [RowValue], from fields: CSVFields) {
    let source = fields.bytes
    if arenaCount + source.count > arenaCapacity {
      precondition(count == 0, "a row block's arena moves only when empty")
      arena.deallocate()
      arenaCapacity = max(2 * arenaCapacity, source.count)
      arena = .allocate(capacity: arenaCapacity)
    }
    let copy = arena + arenaCount
    if let base = source.baseAddress { copy.update(from: base, count: source.count) }
    let start = source.baseAddress.map { UnsafeRawPointer($0) }
    let end = start.map { $0 + source.count }
    let out = values + count * width
    for (i, v) in row.enumerated() {
      if case .text(let bytes) = v, let p = bytes.baseAddress.map({ UnsafeRawPointer($0) }),
        let start, let end, p >= start, p < end
      {
        out[i] = .text(UnsafeBufferPointer(start: copy + (p - start), count: bytes.count))
      } else {
        out[i] = v
      }
    }
    lines[count] = fields.line
    records[2 * count] = arenaCount
    records[2 * count + 1] = source.count
    arenaCount += source.count
    count += 1
  }

  /// The values of row `i`.
  @inline(__always)
  func row(_ i: Int) -> UnsafeBufferPointer<RowValue> {
    UnsafeBufferPointer(start: values + i * width, count: width)
  }

  /// The record of row `i`, for the quarantine: its line and text (the fast path reads only
  /// UTF-8 or ASCII records, whose text is their bytes).
  func record(_ i: Int) -> CSVRecord {
    let text = UnsafeBufferPointer(start: arena + records[2 * i], count: records[2 * i + 1])
    return CSVRecord(line: lines[i], fields: [], raw: String(decoding: text, as: UTF8.self))
  }

  /// Empties the block.
  func removeAll() {
    count = 0
    arenaCount = 0
  }
}
