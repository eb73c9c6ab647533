import ArdoiseCore

/// Who holds a recovery portfolio over time: the member from each date on.
struct Timeline {
  /// `(from, member)` in date order; the first one holds from the beginning.
  var segments: [(from: Day, member: Int)]

  /// The member holding the portfolio on `day`.
  func member(at day: Day) -> Int {
    var current = segments[0].member
    for s in segments where s.from <= day { current = s.member }
    return current
  }

  /// The changes of holder dated in `month`.
  func changes(in month: Month) -> [Day] {
    segments.dropFirst().map(\.from).filter { $0.monthValue == month }
  }
}

/// The landlord's recovery department: members, and who covers which agency.
///
/// Each agency has one or more recovery portfolios (a chargé de recouvrement each; about one per
/// 400 homes), shares the litigation officers (one per 1,500 homes, at least 2) and the social
/// advisors (one per 2,500 homes, at least 2); one coordinator heads the department. Some work
/// part time. One recovery officer of Avignon leaves during the period: her portfolio is covered
/// by a colleague, then taken over by a newcomer some weeks later.
struct LandlordStaff {
  /// One member of staff.
  struct Member {
    /// The member's number (`S001` is 1).
    let number: Int
    /// `Prénom NOM`.
    let name: String
    /// The role.
    let role: StaffRole
    /// The agency the member is attached to.
    let agency: Int
    /// Full-time equivalent in tenths.
    let fteTenths: Int
    /// Start date (empty for some long-standing staff).
    let start: Day?
    /// End date, for the one who leaves.
    let end: Day?
  }

  /// All members, in `staff_id` order.
  private(set) var members: [Member] = []
  /// Recovery portfolios per agency.
  private(set) var recovery: [[Timeline]] = []
  /// Litigation officers covering each agency.
  private(set) var litigation: [[Int]] = []
  /// Social advisors covering each agency.
  private(set) var social: [[Int]] = []
  /// The coordinator.
  private(set) var coordinator = 0

  /// Builds the department for `leases` leases over the period `firstDay...endDay`.
  init(leases: Int, firstDay: Day, endDay: Day, seed: UInt64) {
    var rng = SampleRandom(seed: seed, stream: 10)
    let agencies = FrenchData.agencies
    func add(_ role: StaffRole, agency: Int, fte: Int? = nil, start: Day? = nil, end: Day? = nil)
      -> Int
    {
      let number = members.count + 1
      let since: Day? =
        start ?? (rng.chance(0.15) ? nil : firstDay.adding(days: -rng.int(200...5500)))
      let tenths = fte ?? (number % 5 == 4 ? 8 : 10)
      members.append(
        Member(
          number: number, name: FrenchData.staffName(&rng), role: role, agency: agency,
          fteTenths: tenths, start: since, end: end))
      return members.count - 1
    }

    coordinator = add(.coordination, agency: 0, fte: 10)
    for (a, agency) in agencies.enumerated() {
      let homes = leases * agency.share / 100
      let count = max(1, (homes + 299) / 400)
      var slots: [Timeline] = []
      for _ in 0..<count {
        let m = add(.recouvrement, agency: a, fte: agency.id == "APT" ? 5 : nil)
        slots.append(Timeline(segments: [(firstDay.adding(days: -36500), m)]))
      }
      recovery.append(slots)
    }
    let litigationCount = max(2, (leases + 1499) / 1500)
    let litigationMembers = (0..<litigationCount).map { i in
      add(.contentieux, agency: i % agencies.count)
    }
    let socialCount = max(2, (leases + 2499) / 2500)
    let socialMembers = (0..<socialCount).map { i in
      add(.conseilSocial, agency: i % agencies.count, fte: i == 0 ? 8 : nil)
    }
    for a in agencies.indices {
      litigation.append(Self.cover(agency: a, members: litigationMembers, agencies: agencies.count))
      social.append(Self.cover(agency: a, members: socialMembers, agencies: agencies.count))
    }

    // One recovery officer of Avignon leaves; a colleague covers; a newcomer takes over.
    let span = firstDay.days(to: endDay)
    guard span >= 90 else { return }
    let leaveDay = firstDay.adding(days: span * 45 / 100)
    let arrival = leaveDay.adding(days: rng.int(21...min(60, span - span * 45 / 100)))
    let slots = recovery[0]
    let slot = slots.count - 1
    let leaver = slots[slot].segments[0].member
    let old = members[leaver]
    members[leaver] = Member(
      number: old.number, name: old.name, role: old.role, agency: old.agency,
      fteTenths: old.fteTenths, start: old.start, end: leaveDay)
    let cover = slots.count > 1 ? slots[0].segments[0].member : coordinator
    let newcomer = add(.recouvrement, agency: 0, fte: 10, start: arrival)
    recovery[0][slot].segments.append((leaveDay.adding(days: 1), cover))
    recovery[0][slot].segments.append((arrival, newcomer))
  }

  /// The members covering an agency from a shared pool.
  private static func cover(agency: Int, members: [Int], agencies: Int) -> [Int] {
    let groups = min(members.count, agencies)
    return members.indices.filter { $0 % groups == agency % groups }.map { members[$0] }
  }
}
