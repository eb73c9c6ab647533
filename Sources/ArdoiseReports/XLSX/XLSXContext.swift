import CXlsxWriter

/// The libxlsxwriter workbook shared by a workbook and its sheets, with its format cache.
///
/// It owns the C workbook: `workbook_close` frees it, and a workbook dropped without being
/// closed is freed here without writing any file.
final class XLSXContext {
  /// The C workbook.
  let workbook: UnsafeMutablePointer<lxw_workbook>
  /// Whether rows must be written in order (libxlsxwriter's `constant_memory`).
  let constantMemory: Bool
  /// The names of the workbook's sheets, in order.
  var sheetNames: [String] = []
  /// Whether `workbook_close` has run (the C workbook is then freed).
  private(set) var isClosed = false
  /// One format per style, created on first use.
  private var formats: [UnsafeMutablePointer<lxw_format>?]

  init(workbook: UnsafeMutablePointer<lxw_workbook>, constantMemory: Bool) {
    self.workbook = workbook
    self.constantMemory = constantMemory
    self.formats = Array(repeating: nil, count: XLSXStyle.cacheIndexCount)
  }

  deinit {
    if !isClosed { lxw_workbook_free(workbook) }
  }

  /// Throws when the workbook was closed.
  func checkOpen(_ operation: @autoclosure () -> String) throws {
    if isClosed {
      throw XLSXError(operation: operation(), message: "the workbook is already closed")
    }
  }

  /// Writes the file and frees the C workbook, once.
  func close() throws {
    try checkOpen("workbook_close")
    isClosed = true
    try XLSXError.check(workbook_close(workbook), "workbook_close")
  }

  /// The format of `style`, or nil for the plain style (no format at all).
  func format(_ style: XLSXStyle) -> UnsafeMutablePointer<lxw_format>? {
    let index = style.cacheIndex
    if index == 0 { return nil }  // General, plain: no format at all.
    if let cached = formats[index] { return cached }
    let format = workbook_add_format(workbook)
    if let format {
      if let code = style.format.code { format_set_num_format(format, code) }
      switch style.emphasis {
      case .plain: break
      case .bold: format_set_bold(format)
      case .header:
        format_set_bold(format)
        format_set_bg_color(format, 0xD9_E1_F2)
        format_set_bottom(format, UInt8(LXW_BORDER_THIN.rawValue))
        format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))
      case .title:
        format_set_bold(format)
        format_set_font_size(format, 14)
      }
    }
    formats[index] = format
    return format
  }
}
