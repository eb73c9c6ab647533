extension LocalDateTime: Codable {
  /// Reads `YYYY-MM-DDTHH:MM` (or with a space, or with seconds).
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let value = LocalDateTime(iso: text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: LocalDateTimeError(text: text).description)
    }
    self = value
  }

  /// Writes `YYYY-MM-DDTHH:MM`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(iso)
  }
}
