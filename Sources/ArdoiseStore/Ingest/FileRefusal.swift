/// A file that cannot be read as a whole: nothing of it is stored.
struct FileRefusal: Error {
  /// The physical line (0 when the file as a whole is at fault).
  var line: Int
  /// The reason.
  var reason: String
}
