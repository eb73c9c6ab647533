import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes files so that a reader sees the old file or the new one, never a part: written to a
/// temporary file in the same folder (mode 0600), synced, renamed over the destination, and
/// the folder synced.
enum AtomicFile {
  /// Writes `bytes` at `path`.
  static func write(_ bytes: [UInt8], to path: String) throws {
    try write(to: path) { temporary, fd in
      var offset = 0
      while offset < bytes.count {
        let n = bytes[offset...].withUnsafeBytes { posixWrite(fd, $0.baseAddress, $0.count) }
        if n < 0 {
          if errno == EINTR { continue }
          throw failure(temporary, "write")
        }
        offset += n
      }
    }
  }

  /// Lets `produce` write the temporary file (by its path, or through the open descriptor),
  /// then syncs it and renames it to `path`.
  static func write(to path: String, produce: (String, Int32) throws -> Void) throws {
    let folder = Self.folder(of: path)
    let name = String(path.split(separator: "/").last ?? "")
    removeLeftovers(of: name, in: folder)
    var template = Array("\(folder)/.\(name).tmp-XXXXXX".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    let temporary = String(
      decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    guard fd >= 0 else { throw failure(folder, "create a temporary file in") }
    var done = false
    defer {
      if !done { unlink(temporary) }
    }
    do {
      defer { close(fd) }
      guard fchmod(fd, 0o600) == 0 else { throw failure(temporary, "set the mode of") }
      try produce(temporary, fd)
    }
    // The producer may have replaced the file: sync what is at the path now.
    let written = open(temporary, O_RDONLY)
    guard written >= 0 else { throw failure(temporary, "reopen") }
    defer { close(written) }
    guard fchmod(written, 0o600) == 0 else { throw failure(temporary, "set the mode of") }
    guard fsync(written) == 0 else { throw failure(temporary, "sync") }
    guard rename(temporary, path) == 0 else { throw failure(path, "rename into place") }
    done = true
    syncFolder(folder)
  }

  /// Removes the temporary files of `name` that a killed writer left in `folder`
  /// (`.<name>.tmp-XXXXXX`): the destination itself was never touched by them. Writers of the
  /// same file run one at a time (the store's run lock), so none of them is still in use.
  static func removeLeftovers(of name: String, in folder: String) {
    let prefix = ".\(name).tmp-"
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    for entry in entries where entry.hasPrefix(prefix) && entry.count == prefix.count + 6 {
      unlink(folder + "/" + entry)
    }
  }

  /// Creates `path` and its missing parents with mode 0700; the last folder is set to 0700
  /// even when it existed. Refuses a last folder that is a symbolic link.
  static func makeFolder(_ path: String) throws {
    var current = path.hasPrefix("/") ? "" : "."
    for component in path.split(separator: "/") {
      current += "/" + component
      if mkdir(current, 0o700) != 0, errno != EEXIST {
        throw failure(current, "create the folder")
      }
    }
    var info = stat()
    guard lstat(path, &info) == 0 else { throw failure(path, "inspect the folder") }
    guard (info.st_mode & S_IFMT) == S_IFDIR else {
      throw OutputError(
        path: path, operation: "use the folder", reason: "not a folder (or a symbolic link)")
    }
    guard chmod(path, 0o700) == 0 else { throw failure(path, "set the mode of") }
  }

  /// Runs `body` holding an exclusive lock on the folder, so that two writers merging the same
  /// manifest take turns.
  static func withFolderLock<T>(_ folder: String, _ body: () throws -> T) throws -> T {
    let fd = open(folder, O_RDONLY | O_DIRECTORY)
    guard fd >= 0 else { throw failure(folder, "open the folder") }
    defer { close(fd) }
    while flock(fd, LOCK_EX) != 0 {
      guard errno == EINTR else { throw failure(folder, "lock the folder") }
    }
    defer { flock(fd, LOCK_UN) }
    return try body()
  }

  /// The folder of a path.
  static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// Syncs a folder's entries (the rename), best effort.
  static func syncFolder(_ folder: String) {
    let fd = open(folder, O_RDONLY | O_DIRECTORY)
    guard fd >= 0 else { return }
    _ = fsync(fd)
    close(fd)
  }

  /// An error with the system's reason for the last call.
  static func failure(_ path: String, _ operation: String) -> OutputError {
    OutputError(path: path, operation: operation, reason: String(cString: strerror(errno)))
  }
}

/// The system's `write(2)`, which the enum's own `write` hides.
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
  write(fd, buffer, count)
}
