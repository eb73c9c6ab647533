import Foundation
import Yams

/// Reads the YAML of `ardoise.yaml` key by key, so that errors name the key.
struct ConfigurationReader {
  let file: String

  func fail(_ key: String?, _ expected: String) -> ConfigurationError {
    ConfigurationError(file: file, key: key, expected: expected)
  }

  func resolve(_ path: String) -> String {
    if path.hasPrefix("/") { return path }
    let folder = (file as NSString).deletingLastPathComponent
    return ((folder.isEmpty ? "." : folder) as NSString).appendingPathComponent(path)
  }

  func text(_ node: Node?, _ key: String) throws -> String? {
    guard let node else { return nil }
    guard let s = node.scalar?.string else { throw fail(key, "a text value") }
    return s
  }

  func number(_ node: Node?, _ key: String) throws -> Double? {
    guard let s = try text(node, key) else { return nil }
    guard let v = Double(s), v.isFinite, v >= 0 else { throw fail(key, "a number ≥ 0, got '\(s)'") }
    return v
  }

  func cents(_ node: Node?, _ key: String) throws -> Int64? {
    guard let s = try text(node, key) else { return nil }
    let parts = s.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), let euros = Int64(parts[0]), euros >= 0,
      parts.count == 1 || (parts[1].count <= 2 && Int64(parts[1]) != nil)
    else { throw fail(key, "an amount in euros such as 250.00, got '\(s)'") }
    var c: Int64 = 0
    if parts.count == 2 { c = Int64(parts[1])! * (parts[1].count == 1 ? 10 : 1) }
    return euros * 100 + c
  }

  func checkKeys(_ map: Node.Mapping, _ allowed: [String], _ prefix: String?) throws {
    for (k, _) in map {
      let key = k.string ?? ""
      if !allowed.contains(key) {
        throw fail(
          prefix.map { "\($0).\(key)" } ?? key, "one of the keys \(allowed.joined(separator: ", "))"
        )
      }
    }
  }

  func read(_ yaml: String) throws -> Configuration {
    let node: Node?
    do { node = try Yams.compose(yaml: yaml) } catch { throw fail(nil, "valid YAML (\(error))") }
    guard let root = node?.mapping else { throw fail(nil, "a YAML mapping at the top level") }
    try checkKeys(
      root,
      ["organisation", "database", "inbox", "reports", "profiles", "ingest", "parameters", "jobs"],
      nil)
    guard let org = root["organisation"]?.mapping else {
      throw fail("organisation", "a mapping with name and kind")
    }
    try checkKeys(org, ["name", "kind"], "organisation")
    guard let name = try text(org["name"], "organisation.name"), !name.isEmpty else {
      throw fail("organisation.name", "the organisation's name")
    }
    let kindText = try text(org["kind"], "organisation.kind") ?? "bailleur"
    guard let kind = Configuration.Kind(rawValue: kindText) else {
      throw fail("organisation.kind", "bailleur or association, got '\(kindText)'")
    }
    guard let db = try text(root["database"], "database") else {
      throw fail("database", "the path of the SQLite store")
    }
    var c = Configuration(database: resolve(db))
    c.file = file
    c.organisation = name
    c.kind = kind
    c.inbox = resolve(try text(root["inbox"], "inbox") ?? "inbox")
    c.reports = resolve(try text(root["reports"], "reports") ?? "Reports")
    if let profiles = root["profiles"] {
      guard let seq = profiles.sequence else {
        throw fail("profiles", "a list of {pattern: glob, profile: path}")
      }
      for (i, item) in seq.enumerated() {
        let key = "profiles[\(i)]"
        guard let m = item.mapping, let p = try text(m["pattern"], "\(key).pattern"),
          let f = try text(m["profile"], "\(key).profile")
        else { throw fail(key, "{pattern: glob, profile: path}") }
        c.profiles.append((p, resolve(f)))
      }
    }
    if let ingest = root["ingest"]?.mapping {
      try checkKeys(ingest, ["reject_ceiling"], "ingest")
      if let r = try number(ingest["reject_ceiling"], "ingest.reject_ceiling") {
        guard r <= 1 else {
          throw fail("ingest.reject_ceiling", "a share from 0 to 1 (0.05 = 5 %)")
        }
        c.rejectCeiling = r
      }
    }
    if let p = root["parameters"] {
      guard let m = p.mapping else { throw fail("parameters", "a mapping") }
      c.parameters = try readParameters(m)
      if let l = try number(m["catch_up_limit"], "parameters.catch_up_limit") {
        c.catchUpLimit = Int(l)
      }
    }
    if let jobs = root["jobs"] {
      guard let seq = jobs.sequence else { throw fail("jobs", "a list of jobs") }
      c.jobs = try seq.enumerated().map { try readJob($1, "jobs[\($0)]") }
      var names = Set<String>()
      for j in c.jobs where !names.insert(j.name).inserted {
        throw fail("jobs", "unique job names ('\(j.name)' appears twice)")
      }
    }
    return c
  }

  func readParameters(_ m: Node.Mapping) throws -> Parameters {
    try checkKeys(
      m,
      [
        "provision_rates", "plan_tolerance", "billing_rule", "monthly_rates",
        "first_contact_days", "min_cell", "retention_years", "catch_up_limit",
      ], "parameters")
    var p = Parameters()
    if let rates = m["provision_rates"] {
      guard let r = rates.mapping else { throw fail("parameters.provision_rates", "bucket: rate") }
      for (k, v) in r {
        let bucket = k.string ?? ""
        let key = "parameters.provision_rates.\(bucket)"
        guard p.provisionRates[bucket] != nil else {
          throw fail(key, "a bucket among not_due, m0_1, m1_3, m3_6, m6_12, m12_plus")
        }
        guard let rate = try number(v, key), rate <= 1 else {
          throw fail(key, "a rate from 0 to 1")
        }
        p.provisionRates[bucket] = rate
      }
    }
    if let t = try cents(m["plan_tolerance"], "parameters.plan_tolerance") { p.planTolerance = t }
    if let b = try text(m["billing_rule"], "parameters.billing_rule") {
      guard b == "month_started" || b == "prorata" else {
        throw fail("parameters.billing_rule", "month_started or prorata, got '\(b)'")
      }
      p.billingRule = b
    }
    if let rates = m["monthly_rates"] {
      guard let r = rates.mapping else { throw fail("parameters.monthly_rates", "scheme: euros") }
      for (k, v) in r {
        let scheme = k.string ?? ""
        p.monthlyRates[scheme] = try cents(v, "parameters.monthly_rates.\(scheme)")
      }
    }
    if let d = try number(m["first_contact_days"], "parameters.first_contact_days") {
      p.firstContactDays = Int(d)
    }
    if let mc = m["min_cell"] {
      if mc.null != nil {
        p.minCell = nil
      } else {
        guard let v = try number(mc, "parameters.min_cell"), v >= 1, v == v.rounded() else {
          throw fail("parameters.min_cell", "a whole number ≥ 1, or null")
        }
        p.minCell = Int(v)
      }
    }
    if let y = try number(m["retention_years"], "parameters.retention_years") {
      p.retentionYears = Int(y)
    }
    return p
  }

  func readJob(_ node: Node, _ key: String) throws -> JobDefinition {
    guard let m = node.mapping else {
      throw fail(key, "a job with name, schedule, period and steps")
    }
    try checkKeys(m, ["name", "schedule", "period", "steps"], key)
    guard let name = try text(m["name"], "\(key).name") else { throw fail("\(key).name", "a name") }
    guard let schedule = try text(m["schedule"], "\(key).schedule") else {
      throw fail("\(key).schedule", "a five-field cron schedule such as \"0 6 5 * *\"")
    }
    let period = try text(m["period"], "\(key).period") ?? "previous_month"
    let periods = ["previous_month", "current_month", "previous_quarter", "previous_year"]
    guard periods.contains(period) else {
      throw fail("\(key).period", "one of \(periods.joined(separator: ", ")), got '\(period)'")
    }
    guard let stepsNode = m["steps"]?.sequence else {
      throw fail("\(key).steps", "a list of steps: ingest, compute, report")
    }
    var steps: [JobDefinition.Step] = []
    for (i, s) in stepsNode.enumerated() {
      let sk = "\(key).steps[\(i)]"
      if let word = s.scalar?.string {
        switch word {
        case "compute": steps.append(.compute)
        case "ingest": steps.append(.ingest("inbox"))
        default: throw fail(sk, "compute, {ingest: folder} or {report: [names]}, got '\(word)'")
        }
      } else if let sm = s.mapping, sm.count == 1, let (k, v) = sm.first {
        switch k.string {
        case "ingest": steps.append(.ingest(try text(v, "\(sk).ingest") ?? "inbox"))
        case "report":
          if let one = v.scalar?.string {
            steps.append(.report([one]))
          } else if let list = v.sequence {
            steps.append(.report(try list.map { try text($0, "\(sk).report") ?? "" }))
          } else {
            throw fail("\(sk).report", "a report name or a list of them")
          }
        default: throw fail(sk, "compute, {ingest: folder} or {report: [names]}")
        }
      } else {
        throw fail(sk, "compute, {ingest: folder} or {report: [names]}")
      }
    }
    return JobDefinition(name: name, schedule: schedule, period: period, steps: steps)
  }
}
