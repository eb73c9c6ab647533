import ArdoiseCore

/// The recovery procedure of a lease in arrears: cases, phases, actions and plans.
extension LeaseRun {
  // MARK: Recovery procedure

  mutating func planCase(_ m: Month, b0: Cents) {
    let departed = departure.map { $0 < m.firstDay } ?? false
    guard var c = kase else {
      let threshold = rent
      if b0 > threshold, start <= m.lastDay, !(departed && noNewCase) {
        schedule(day(2, 20), .openCase)
      }
      return
    }
    c.monthsOpen += 1
    let j = c.phaseSince.months(to: m)
    defer { kase = c }
    // Portfolio changes (a leaver, her cover, the newcomer) and rebalancing.
    if case .recovery(let s) = c.handler {
      for d in w.staff.recovery[agency][s].changes(in: m) { schedule(d, .reassign(c.handler)) }
      let slots = w.staff.recovery[agency].count
      if slots > 1, rng.chance(0.015) {
        schedule(day(), .reassign(.recovery((s + 1) % slots)))
      }
    }
    let planPaying = c.plan?.paying(m) ?? false
    if let plan = c.plan, let breaks = plan.breaksAt, plan.endedOn == nil,
      breaks.adding(2) == m, rng.chance(0.7)
    {
      schedule(day(5, 20), .planLapsed)
    }
    if departed, [.amiable, .contentieux, .expulsion].contains(c.phase) {
      // A departed debtor: handed to the social advisors (amicable phase), chased by letter,
      // sometimes a small plan, then a collection agency or a write-off.
      if c.phase == .amiable, !c.socialTransfer {
        c.socialTransfer = true
        let d = max(m.firstDay, departure!.adding(days: rng.int(5...20)))
        schedule(min(d, m.lastDay), .reassign(.social(socialSlot)))
      }
      let kd = departure!.monthValue.months(to: m)
      if kd == 1 {
        schedule(day(3, 20), .action(.relanceCourrier, c.handler, social: false, outcome: nil))
      }
      if kd == 2, rng.chance(0.5) {
        schedule(day(3, 20), .action(.relanceTel, c.handler, social: false, outcome: nil))
      }
      if c.plan == nil, (2...6).contains(kd), rng.chance(0.15) {
        schedule(day(5, 25), .signPlan(.departed))
      } else if kd >= 4, !planPaying, rng.chance(0.12) {
        schedule(day(), .phase(.externalise, c.handler))
      } else if kd >= 6, !planPaying, rng.chance(0.08) {
        schedule(day(), .writeOff(label: "Admission en non-valeur"))
      }
      return
    }
    switch c.phase {
    case .amiable:
      guard !planPaying else { return }
      let k = c.monthsOpen
      let h: Handler = c.handler
      if k == 1 {
        if rng.chance(0.7) {
          schedule(day(3, 15), .action(.relanceTel, h, social: false, outcome: nil))
        }
        if rng.chance(0.25) {
          schedule(day(3, 20), .action(.relanceMail, h, social: false, outcome: nil))
        }
        if b0 > rent, rng.chance(0.55) {
          schedule(day(10, 25), .action(.convocation, h, social: false, outcome: nil))
        }
      }
      if k == 2 {
        if rng.chance(0.55) {
          let d = day(3, 20)
          schedule(d, .action(.entretien, h, social: false, outcome: nil))
          if rng.chance(0.3) {
            schedule(d, .payCapped(rng.euros(50, 400), label: "Règlement CB à l'agence"))
            schedule(d, .action(.encaissement, h, social: false, outcome: nil))
          }
        }
        if rng.chance(household.fragile ? 0.5 : 0.08) {
          schedule(day(5, 25), .action(.visiteDomicile, h, social: true, outcome: nil))
        }
        let precarious = [.rsa, .aah, .sans].contains(household.resources)
        if household.fragile || precarious, rng.chance(0.45) {
          schedule(day(5, 25), .action(.orientationSocial, h, social: false, outcome: nil))
        }
      }
      if (1...3).contains(k), !c.fslAsked, household.fragile || b0 > 2 * rent, rng.chance(0.3) {
        c.fslAsked = true
        let d = day(5, 25)
        schedule(d, .action(.saisineFsl, h, social: rng.chance(0.6), outcome: nil))
        if rng.chance(0.7) {
          schedule(
            d.adding(days: rng.int(30...80)), .aid(rng.euros(30, 150) * 10, label: "FSL maintien"))
        }
      }
      if (1...3).contains(k), !c.alAsked, household.resources == .salaire, rng.chance(0.2) {
        c.alAsked = true
        let d = day(5, 25)
        schedule(d, .action(.saisineActionLogement, h, social: false, outcome: nil))
        if rng.chance(0.6) {
          let label = rng.chance(0.5) ? "Loca-Pass Action Logement" : "Garantie Visale"
          schedule(d.adding(days: rng.int(20...60)), .aid(rng.euros(20, 120) * 10, label: label))
        }
      }
      if c.plan == nil, (2...6).contains(k), b0 > 10_000 {
        let will: Double
        switch profile {
        case .improving: will = 0.8
        case .shock: will = 0.5
        case .partial: will = 0.35
        case .late: will = 0.25
        case .chronic: will = 0.12
        case .punctual: will = 0.25
        }
        if rng.chance(will) { schedule(day(5, 25), .signPlan(.amicable)) }
      }
      if k >= 4, b0 > 2 * rent, !planPaying, rng.chance(0.45) {
        let d = day(3, 25)
        schedule(d, .action(.transmissionContentieux, h, social: false, outcome: nil))
        schedule(d, .phase(.contentieux, .litigation(litigationSlot)))
      } else if k >= 3, b0 > 3 * rent, rng.chance(0.03) {
        let d = day(3, 25)
        schedule(d, .action(.dossierSurendettement, h, social: rng.chance(0.5), outcome: nil))
        schedule(d, .phase(.surendettement, h))
      } else if k >= 2, household.fragile, rng.chance(0.03) {
        // Relocated to a cheaper or better-suited home of the landlord (mutation).
        schedule(day(10, 28), .depart(.relocation))
      }
    case .contentieux:
      let h = c.handler
      if j == 1 {
        let d = day(3, 25)
        schedule(d, .action(.commandement, h, social: false, outcome: nil))
        schedule(
          d,
          .entry(
            .frais, rng.cents(12_000...22_000), due: d, period: nil,
            label: "Frais de commandement de payer"))
      }
      if j == 2, rng.chance(0.6) {
        schedule(day(), .action(.ccapex, h, social: false, outcome: nil))
      }
      if j == 3 {
        let d = day(3, 25)
        schedule(d, .action(.assignation, h, social: false, outcome: nil))
        schedule(
          d,
          .entry(
            .frais, rng.cents(6_000...11_000), due: d, period: nil, label: "Frais d'assignation"))
      }
      if j == c.audienceAt {
        let d = day(3, 25)
        let r = rng.int(0...99)
        let outcome =
          r < 45
          ? "Délais de paiement accordés" : r < 80 ? "Résiliation du bail prononcée" : "Renvoi"
        schedule(d, .action(.audience, h, social: false, outcome: outcome))
        if r < 45 {
          schedule(d, .signPlan(.court))
        } else if r < 80 {
          schedule(d.adding(days: rng.int(30...60)), .phase(.expulsion, h))
        } else {
          c.audienceAt += rng.int(2...3)
        }
      }
      if b0 > 3 * rent, rng.chance(0.02) {
        let d = day()
        schedule(d, .action(.dossierSurendettement, h, social: false, outcome: nil))
        schedule(d, .phase(.surendettement, h))
      }
    case .expulsion:
      if j >= 2, rng.chance(0.08) {
        schedule(day(3, 28), .depart(.expulsion))
      } else if j >= 2, household.fragile, rng.chance(0.04) {
        schedule(day(3, 28), .depart(.relocation))
      }
    case .surendettement:
      if j >= 4, !c.decided, rng.chance(0.2) {
        c.decided = true
        if rng.chance(0.5) {
          schedule(day(), .writeOff(label: "Effacement de dette (rétablissement personnel)"))
        } else {
          schedule(day(), .signPlan(.overindebtedness))
        }
      }
    case .externalise:
      if !departed, rng.chance(0.15) {
        schedule(day(), .payCapped(rng.euros(30, 200), label: "Versement cabinet de recouvrement"))
      }
      if j >= 6, rng.chance(0.1) { schedule(day(), .writeOff(label: "Admission en non-valeur")) }
    }
  }
}
