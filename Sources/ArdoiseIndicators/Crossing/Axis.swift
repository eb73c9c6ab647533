/// One dimension of a ``Crossing``: its key and the values it can take, by index.
struct Axis {
  /// The dimension key (`agency`).
  let key: String
  /// The values, by index.
  let values: [String]
}
