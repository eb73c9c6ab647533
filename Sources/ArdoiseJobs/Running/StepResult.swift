/// How one step went, as the runner records it.
struct StepResult {
  /// What the step did, in one line.
  var detail: String
  /// Why it failed, or nil when it succeeded.
  var failure: String?
  /// The files an ingest step stored or refused.
  var inputs: [RunInput] = []
  /// The files a report step wrote.
  var outputs: [OutputFile] = []

  /// The step's detail as recorded: what it did, then why it failed.
  var recordedDetail: String {
    [detail, failure ?? ""].filter { !$0.isEmpty }.joined(separator: " — ")
  }
}
