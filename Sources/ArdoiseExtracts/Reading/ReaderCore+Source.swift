#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading the source in chunks.
extension ReaderCore {

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
