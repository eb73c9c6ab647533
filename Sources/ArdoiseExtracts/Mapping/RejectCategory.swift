/// Why a row went to quarantine, in broad classes (reported per batch and per check).
public enum RejectCategory: String, Sendable, Codable, CaseIterable {
  /// More or fewer fields than the header.
  case fieldCount = "field_count"
  /// Bad quoting on the line.
  case malformed
  /// A required value is missing.
  case missing
  /// A value that cannot be read as its type (date, amount, number, boolean).
  case format
  /// A code outside its list.
  case code
  /// An end date before its start date.
  case dateOrder = "date_order"
  /// A reference to an unknown lease, case, household, unit, agency or staff member.
  case reference
  /// The same id as a stored ledger entry or action, with different values.
  case conflict
}
