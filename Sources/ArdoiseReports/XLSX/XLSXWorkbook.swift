import CXlsxWriter

/// An .xlsx workbook written with libxlsxwriter: sheets written row by row, shared cell formats,
/// native charts and deterministic document properties.
///
///     let book = try XLSXWorkbook(path: temporaryPath, properties: properties)
///     let sheet = try book.addSheet(named: "Balance âgée")
///     try sheet.appendHeader(["Bail", "Solde"])
///     try sheet.appendRow([.text("B-001"), .money(123_456)])
///     try book.close()  // the caller then renames the file into place
///
/// The same calls with the same properties give a byte-identical file: the creation date comes
/// from the properties and libxlsxwriter stamps every part of the archive with a fixed date.
public final class XLSXWorkbook {
  /// How the workbook is written.
  public struct Options: Hashable, Sendable {
    /// libxlsxwriter's `constant_memory` mode: each row is flushed to a temporary file once a
    /// later row is written, so memory stays flat for very large sheets. Rows are written in
    /// order anyway by `XLSXSheet`; in this mode strings are stored inline rather than shared.
    public var constantMemory: Bool
    /// The directory for libxlsxwriter's temporary files, or nil for the system's.
    public var temporaryDirectory: String?
    /// Allows ZIP64 extensions for files over 4 GB.
    public var useZip64: Bool

    /// Creates options.
    public init(
      constantMemory: Bool = false, temporaryDirectory: String? = nil, useZip64: Bool = false
    ) {
      self.constantMemory = constantMemory
      self.temporaryDirectory = temporaryDirectory
      self.useZip64 = useZip64
    }
  }

  /// The path of the file written by `close()`.
  public let path: String
  /// The options.
  public let options: Options
  /// The document properties.
  public let properties: XLSXDocumentProperties
  /// The sheets, in order.
  public private(set) var sheets: [XLSXSheet] = []

  /// The C workbook and its formats.
  private let context: XLSXContext

  /// Starts a workbook that `close()` will write at `path`. Nothing is written before then.
  public init(
    path: String, properties: XLSXDocumentProperties, options: Options = Options()
  ) throws {
    self.path = path
    self.options = options
    self.properties = properties
    var lxwOptions = lxw_workbook_options()
    lxwOptions.constant_memory = options.constantMemory ? 1 : 0
    lxwOptions.use_zip64 = options.useZip64 ? 1 : 0
    var directory = options.temporaryDirectory.map { Array($0.utf8CString) } ?? []
    let workbook = directory.withUnsafeMutableBufferPointer { buffer in
      lxwOptions.tmpdir = buffer.baseAddress
      return workbook_new_opt(path, &lxwOptions)
    }
    guard let workbook else {
      throw XLSXError(
        operation: "workbook_new_opt(\(path))",
        message: "libxlsxwriter could not start the workbook")
    }
    context = XLSXContext(workbook: workbook, constantMemory: options.constantMemory)
    try setProperties(properties)
  }

  /// Adds a sheet. The name is made valid and unique with `XLSXSheetName.sanitised`; read the
  /// final one from the sheet's `name`.
  public func addSheet(named proposed: String) throws -> XLSXSheet {
    let name = XLSXSheetName.sanitised(proposed, avoiding: context.sheetNames)
    let operation = "workbook_add_worksheet(\(name))"
    try context.checkOpen(operation)
    try XLSXError.check(workbook_validate_sheet_name(context.workbook, name), operation)
    guard let worksheet = workbook_add_worksheet(context.workbook, name) else {
      throw XLSXError(operation: operation, message: "libxlsxwriter could not add the sheet")
    }
    let sheet = XLSXSheet(name: name, worksheet: worksheet, context: context)
    context.sheetNames.append(name)
    sheets.append(sheet)
    return sheet
  }

  /// The sheet with this final name, if any.
  public func sheet(named name: String) -> XLSXSheet? {
    sheets.first { $0.name == name }
  }

  /// Finishes every sheet (freeze, autofilter, widths) and writes the file. The workbook cannot
  /// be used afterwards, even when writing failed.
  public func close() throws {
    try context.checkOpen("workbook_close(\(path))")
    for sheet in sheets { try sheet.finish() }
    try context.close()
  }

  /// Writes the standard and custom document properties.
  private func setProperties(_ properties: XLSXDocumentProperties) throws {
    var strings: [UnsafeMutablePointer<CChar>] = []
    defer { for pointer in strings { pointer.deallocate() } }
    func copy(_ text: String) -> UnsafeMutablePointer<CChar> {
      let bytes = Array(text.utf8CString)
      let pointer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count)
      pointer.initialize(from: bytes, count: bytes.count)
      strings.append(pointer)
      return pointer
    }
    var lxwProperties = lxw_doc_properties()
    lxwProperties.title = copy(properties.title)
    lxwProperties.subject = copy(properties.subject)
    lxwProperties.author = copy(properties.organisation)
    lxwProperties.company = copy(properties.organisation)
    lxwProperties.category = copy("Ardoise")
    lxwProperties.keywords = copy(properties.keywords)
    lxwProperties.comments = copy(properties.comments)
    // 0 means "now" to libxlsxwriter: 1970-01-01 is written one second later.
    let created = properties.createdUnixTime
    lxwProperties.created = .init(created == 0 ? 1 : created)
    try XLSXError.check(
      workbook_set_properties(context.workbook, &lxwProperties), "workbook_set_properties")
    for (name, value) in properties.customProperties {
      try XLSXError.check(
        workbook_set_custom_property_string(context.workbook, name, value),
        "workbook_set_custom_property_string(\(name))")
    }
  }
}
