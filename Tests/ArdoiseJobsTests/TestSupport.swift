import ArdoiseCore
import ArdoiseJobs

/// `LocalDateTime(iso:)` for literals known to be valid.
func at(_ text: String) -> LocalDateTime { LocalDateTime(iso: text)! }

/// `Period(_:)` for literals known to be valid.
func period(_ text: String) -> Period { Period(text)! }

/// A schedule literal known to be valid.
func cron(_ text: String) -> CronSchedule { try! CronSchedule(text) }
