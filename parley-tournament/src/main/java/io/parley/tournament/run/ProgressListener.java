package io.parley.tournament.run;

/** Told how a run advances; called from the runner's coordinating thread only. */
@FunctionalInterface
public interface ProgressListener {
  /** Nothing is reported. */
  ProgressListener NONE = (done, total, elapsedNanos) -> {};

  /**
   * @param done negotiations with a row so far, including those finished before a resume
   * @param total negotiations in the plan
   * @param elapsedNanos wall time since the run started
   */
  void progress(long done, long total, long elapsedNanos);
}
