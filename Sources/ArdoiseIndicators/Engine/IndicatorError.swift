/// An indicator computation that cannot be done (not a broken check: see
/// ``IndicatorCheckFailure``).
public struct IndicatorError: Error, CustomStringConvertible, Sendable {
  /// The message.
  public let description: String
  /// An error with its message.
  public init(_ message: String) { description = message }
}
