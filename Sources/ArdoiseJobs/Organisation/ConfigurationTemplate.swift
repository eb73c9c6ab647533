import ArdoiseCore
import Foundation

/// The commented `ardoise.yaml` that `ardoise init` writes.
enum ConfigurationTemplate {
  /// The file's text for an organisation.
  static func text(name: String, kind: Configuration.Kind) -> String {
    let quoted =
      "\""
      + name.replacingOccurrences(of: "\\", with: "\\\\")
      .replacingOccurrences(of: "\"", with: "\\\"") + "\""
    var text = """
      # Ardoise — configuration of one organisation (jobs.md). Relative paths are relative to
      # this file's folder. Check it with: ardoise jobs list --config ardoise.yaml

      organisation:
        name: \(quoted)
        kind: \(kind.rawValue)          # bailleur (social landlord) or association

      database: store/ardoise.sqlite   # the SQLite store, created on first use (mode 0600)
      inbox: inbox                     # where the ERP drops its extracts
      reports: Reports                 # reports are written to Reports/<period>/

      # Mapping profiles by file name, tried in order (docs/profiles.md); files matching none
      # are read with the canonical columns of extracts.md.
      # profiles:
      #   - pattern: "GL_*.csv"
      #     profile: profiles/erp.yaml

      # ingest:
      #   reject_ceiling: 0.05         # a file with more than 5 % of rows rejected is refused

      parameters:
        catch_up_limit: 12             # at most this many missed periods per job and due check
        # provision_rates: {not_due: 0, m0_1: 0, m1_3: 0, m3_6: 0.25, m6_12: 0.5, m12_plus: 1}
        # plan_tolerance: 1.00         # euros
        # billing_rule: month_started  # or prorata
        # monthly_rates: {avdl: 250.00}
        # first_contact_days: 15
        # min_cell: 5                  # hide counts from 1 to 4 in tables sent outside
        # retention_years: 5

      # Scheduled jobs: `ardoise jobs due` (from cron or a systemd timer, docs/jobs.md) runs
      # every job whose schedule fired since its last success, once per missed period.
      jobs:
        - name: cloture-mensuelle
          schedule: "0 6 5 * *"        # cron: 06:00 on the 5th of each month
          period: previous_month       # or current_month, previous_quarter, previous_year
          steps:
            - ingest: inbox            # every new file of the inbox, by content hash
            - compute
            - report: [rapport-mensuel, balance-agee, charge-conseillers, qualite-donnees]

      """
    let deets = """
        # The State's quarterly IML tables (associations):
        - name: deets-trimestriel
          schedule: "0 7 10 1,4,7,10 *"
          period: previous_quarter
          steps: [compute, {report: [tableaux-deets]}]

      """
    switch kind {
    case .association: text += deets
    case .bailleur:
      text += deets.split(separator: "\n", omittingEmptySubsequences: false).map { line in
        line.isEmpty || line.hasPrefix("  #") ? String(line) : "#" + line.dropFirst()
      }.joined(separator: "\n")
    }
    return text
  }
}
