/// Why a run happens, as recorded in the run history (`schedule`, `manual`, `backfill`,
/// `catch-up`).
public enum RunTrigger: String, CaseIterable, Sendable {
  /// The run for the period of the schedule's latest fire.
  case schedule
  /// `ardoise jobs run NAME [--period P]`.
  case manual
  /// `ardoise jobs run NAME --from P --to P`.
  case backfill
  /// A run for the period of an earlier fire that was missed (server down) or whose run failed.
  case catchUp = "catch-up"
}
