import ArdoiseJobs

/// `LocalDateTime(iso:)` for literals known to be valid.
func at(_ text: String) -> LocalDateTime { LocalDateTime(iso: text)! }
