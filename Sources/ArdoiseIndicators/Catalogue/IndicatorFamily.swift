public import ArdoiseCore

/// A family of indicators computed together (recovery, ageing, CAF arrears, caseload, and the
/// housing-support families IML and measures): its definitions, the periods it computes for,
/// the computation and its checks.
///
/// A new family is a type conforming to this protocol, listed in ``Catalogue/standard``; it
/// reads the store through the ``ComputeContext`` (which shares the month's single ledger
/// pass between families) and returns values for its own definitions only.
public protocol IndicatorFamily: Sendable {
  /// A short name (`recovery`).
  var name: String { get }
  /// The definitions of the family's indicators.
  var definitions: [IndicatorDefinition] { get }
  /// Whether the family computes for periods of this length.
  func computes(for length: Period.Length) -> Bool
  /// Computes the family's values as of the period's closing date.
  func compute(_ context: ComputeContext) throws -> [IndicatorValue]
  /// Verifies the family's checks on the values of every family for the period; throws an
  /// ``IndicatorCheckFailure`` when one breaks.
  func verify(_ values: [IndicatorValue], _ context: ComputeContext) throws
    -> [IndicatorCheckOutcome]
}

extension IndicatorFamily {
  /// No checks by default.
  public func verify(_ values: [IndicatorValue], _ context: ComputeContext) throws
    -> [IndicatorCheckOutcome]
  { [] }
}
