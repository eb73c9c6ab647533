#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the file system says about a path.
enum FileInfo {
  /// The size of a file in bytes.
  static func size(_ path: String) throws -> Int {
    var info = stat()
    guard stat(path, &info) == 0 else { throw AtomicFile.failure(path, "inspect") }
    return Int(info.st_size)
  }

  /// The permission bits of a path (0o600).
  static func mode(_ path: String) throws -> Int {
    var info = stat()
    guard stat(path, &info) == 0 else { throw AtomicFile.failure(path, "inspect") }
    return Int(info.st_mode) & 0o7777
  }
}
