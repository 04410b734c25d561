package io.parley.cli;

import io.parley.tournament.run.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a tournament on standard error: on a terminal a bar redrawn in place (done/total,
 * negotiations per second, time left); otherwise a plain line at every 5 %.
 */
final class TerminalProgress implements ProgressListener {
  private static final int BAR = 30;
  private final PrintWriter err;
  private final boolean terminal;
  private int lastTwentieth = -1;

  TerminalProgress(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public void progress(long done, long total, long elapsedNanos) {
    double seconds = elapsedNanos / 1e9;
    double fraction = total == 0 ? 1 : (double) done / total;
    if (terminal) {
      int filled = (int) Math.round(fraction * BAR);
      err.print(
          "\r["
              + "#".repeat(filled)
              + " ".repeat(BAR - filled)
              + "] "
              + line(done, total, seconds)
              + "   ");
      if (done == total) {
        err.println();
      }
      err.flush();
      return;
    }
    int twentieth = (int) Math.floor(fraction * 20);
    if (twentieth > lastTwentieth) {
      lastTwentieth = twentieth;
      err.println("parley: " + line(done, total, seconds));
      err.flush();
    }
  }

  private static String line(long done, long total, double seconds) {
    double rate = seconds > 0 ? done / seconds : 0;
    String eta = rate > 0 ? duration((total - done) / rate) : "?";
    return String.format(
        Locale.ROOT,
        "%d/%d negotiations (%.0f%%), %.0f/s, %s left",
        done,
        total,
        total == 0 ? 100.0 : 100.0 * done / total,
        rate,
        eta);
  }

  private static String duration(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600
        ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60)
        : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
  }
}
