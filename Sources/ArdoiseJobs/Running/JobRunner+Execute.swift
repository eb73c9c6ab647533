import ArdoiseCore

extension JobRunner {
  /// Makes one run, the lock held: records it, carries out its steps in order, records how it
  /// ended. A step's failure is the run's outcome, not an error; only a failure to write the
  /// history is thrown (the run stays `running` and the next lock holder closes it).
  func execute(_ planned: PlannedRun) throws -> RunOutcome {
    let job = try job(named: planned.job)
    let hash = executor.definitionsHash()
    let start = clock.now()
    let id = try recorder.begin(
      planned, at: start, definitionsHash: hash, programVersion: programVersion)
    log("run #\(id) \(planned): started")
    let began = ContinuousClock.now
    var context = RunContext(
      runID: id, job: planned.job, period: planned.period, trigger: planned.trigger,
      startedAt: start, definitionsHash: hash, programVersion: programVersion)
    var failure: String?
    let steps = job.steps.enumerated().map { (index: $0.offset + 1, step: $0.element) }
    for (position, entry) in steps.enumerated() {
      if position > 0, let signal = shutdown?.receivedSignal {
        let name = JobRunner.signalName(signal)
        failure =
          "stopped by \(name) after step \(entry.index - 1); the next due check runs it again"
        try recorder.skipSteps(
          run: id, Array(steps[position...]), reason: "not run: stop requested (\(name))")
        break
      }
      try recorder.startStep(run: id, index: entry.index, step: entry.step, at: clock.now())
      if case .ingest = entry.step {
        context.lastBatch = nil
      } else {
        context.lastBatch = try recorder.noteLastBatch(run: id)
      }
      let stepBegan = ContinuousClock.now
      let result = perform(entry.step, index: entry.index, context: context)
      let ms = (ContinuousClock.now - stepBegan).wholeMilliseconds
      try recorder.finishStep(
        run: id, index: entry.index, status: result.failure == nil ? .succeeded : .failed,
        durationMs: ms, detail: result.recordedDetail, inputs: result.inputs,
        outputs: result.outputs)
      context.inputs += result.inputs
      log(
        "  step \(entry.index) \(entry.step.label): "
          + (result.failure.map { "failed: " + $0 } ?? result.detail))
      if let reason = result.failure {
        failure = "step \(entry.index) (\(entry.step.label)) failed: \(reason)"
        try recorder.skipSteps(
          run: id, Array(steps[(position + 1)...]),
          reason: "not run: step \(entry.index) failed")
        break
      }
    }
    let ms = (ContinuousClock.now - began).wholeMilliseconds
    let status: RunStatus = failure == nil ? .succeeded : .failed
    try recorder.finish(run: id, status: status, error: failure, at: clock.now(), durationMs: ms)
    let outcome = RunOutcome(
      runID: id, planned: planned, status: status, error: failure, durationMs: ms)
    log(outcome.description)
    return outcome
  }
}
