/// Sums of one additive measure over the groups of some dimensions, crossed over every subset
/// of them (indicators.md, "Which rows").
///
/// Members are added at their finest coordinates (an index per axis, or −1 when the member has
/// no value for that axis, e.g. a lease without unpaid parts has no `bucket`: it then counts
/// only in the groups that do not split by that axis). ``groups()`` rolls the cells up to every
/// subset of the axes: a group is given when at least one member falls in it; the total always.
struct Crossing {
  /// A group's sum and number of members.
  struct Group: Equatable {
    /// Σ of the members' amounts.
    var sum: Int64 = 0
    /// Number of members.
    var members: Int = 0
  }

  /// The axes.
  let axes: [Axis]
  private let radix: [Int]
  private var sums: [Int64]
  private var members: [Int32]

  /// An empty crossing over `axes` (none for a single total).
  init(_ axes: [Axis]) {
    self.axes = axes
    radix = axes.map { $0.values.count + 1 }
    let size = radix.reduce(1, *)
    sums = [Int64](repeating: 0, count: size)
    members = [Int32](repeating: 0, count: size)
  }

  /// Adds `members` members totalling `amount` at the given coordinates (one per axis).
  mutating func add(_ coordinates: [Int], amount: Int64, members count: Int = 1) {
    precondition(coordinates.count == axes.count)
    var code = 0
    for (i, c) in coordinates.enumerated() {
      code = code * radix[i] + (c < 0 ? radix[i] - 1 : c)
    }
    sums[code] += amount
    members[code] += Int32(count)
  }

  /// The sum and members of every group with a member, and of the total.
  func groups() -> [Dimensions: Group] {
    var out: [Dimensions: Group] = [.total: Group()]
    var coordinates = [Int](repeating: 0, count: axes.count)
    for code in sums.indices where members[code] > 0 {
      var rest = code
      for i in axes.indices.reversed() {
        coordinates[i] = rest % radix[i]
        rest /= radix[i]
      }
      for mask in 0..<(1 << axes.count) {
        var pairs: [Dimensions.Pair] = []
        var present = true
        for i in axes.indices where mask & (1 << i) != 0 {
          guard coordinates[i] < axes[i].values.count else {
            present = false
            break
          }
          pairs.append(Dimensions.Pair(key: axes[i].key, value: axes[i].values[coordinates[i]]))
        }
        guard present else { continue }
        pairs.sort { $0.key < $1.key }
        out[Dimensions(pairs: pairs), default: Group()].sum += sums[code]
        out[Dimensions(pairs: pairs), default: Group()].members += Int(members[code])
      }
    }
    return out
  }
}
