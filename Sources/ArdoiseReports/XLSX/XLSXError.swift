import CXlsxWriter

/// A failure of the XLSX layer: a libxlsxwriter error code, or a misuse of the wrapper.
///
/// The description names the operation and, for library errors, the text of `lxw_strerror`:
/// `worksheet_write_string(Balance!B7): Parameter exceeds Excel's limit of 32,767 characters.`
public struct XLSXError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The operation that failed, usually the libxlsxwriter function and the cell or sheet.
  public let operation: String
  /// The `lxw_error` code, or nil when the error comes from the wrapper itself.
  public let code: Int?
  /// What went wrong, in plain words.
  public let message: String

  /// Creates an error of the wrapper itself (no libxlsxwriter code).
  public init(operation: String, message: String) {
    self.operation = operation
    self.code = nil
    self.message = message
  }

  /// Creates an error from a libxlsxwriter code, with the library's own message.
  init(operation: String, lxw error: lxw_error) {
    self.operation = operation
    self.code = Int(error.rawValue)
    if let text = lxw_strerror(error) {
      self.message = String(cString: text)
    } else {
      self.message = "libxlsxwriter error \(error.rawValue)"
    }
  }

  /// `operation: message`.
  public var description: String { "\(operation): \(message)" }

  /// Throws when `result` is not `LXW_NO_ERROR`; `operation` is only built on failure.
  static func check(_ result: lxw_error, _ operation: @autoclosure () -> String) throws {
    if result != LXW_NO_ERROR {
      throw XLSXError(operation: operation(), lxw: result)
    }
  }
}
