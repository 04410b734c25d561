package io.parley.plugin;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A child process spoken to in lines: lines to its standard input, lines read from its standard
 * output by a daemon thread into a queue (so a read can wait with a deadline), its standard error
 * drained and its last lines kept for error messages.
 *
 * <p>Every child started here is killed and reaped by {@link #kill()}; one that is still alive when
 * the JVM exits is killed by a shutdown hook, with its descendants.
 */
final class ChildProcess {
  /** The longest line read from a child, in characters; a longer one is reported, not kept. */
  static final int MAX_LINE = 1 << 22;

  private static final int STDERR_LINES = 10;
  private static final Set<ChildProcess> LIVE = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> List.copyOf(LIVE).forEach(ChildProcess::kill), "parley-plugin-reaper"));
  }

  /** A line read from the child's standard output, or the end of it. */
  sealed interface Line {
    /** One complete line, without its line break. */
    record Text(String text) implements Line {}

    /** A line longer than {@link #MAX_LINE} characters (its text is dropped). */
    record Overlong(int length) implements Line {}

    /** The child closed its standard output (or exited). */
    record Closed() implements Line {}
  }

  private final String command;
  private final Process process;
  private final BufferedWriter stdin;
  private final BlockingQueue<Line> lines = new LinkedBlockingQueue<>();
  private final Deque<String> stderrTail = new ArrayDeque<>();
  private final Thread stderrReader;
  private boolean closedSeen;

  private ChildProcess(String command, Process process) {
    this.command = command;
    this.process = process;
    this.stdin =
        new BufferedWriter(
            new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
    daemon("stdout", () -> readLines(process.getInputStream()));
    this.stderrReader = daemon("stderr", () -> drainErrors(process.getErrorStream()));
  }

  /**
   * Starts {@code words} (no shell) in the current working directory.
   *
   * @throws IOException if the program cannot be started (not found, not executable)
   */
  static ChildProcess start(List<String> words) throws IOException {
    Process process = new ProcessBuilder(words).start();
    ChildProcess child = new ChildProcess(String.join(" ", words), process);
    LIVE.add(child);
    return child;
  }

  /** The command line, for messages. */
  String command() {
    return command;
  }

  /** The process, for tests that check it was reaped. */
  ProcessHandle handle() {
    return process.toHandle();
  }

  /** Writes {@code line} and a line break to the child's standard input and flushes. */
  void send(String line) throws IOException {
    stdin.write(line);
    stdin.write('\n');
    stdin.flush();
  }

  /**
   * The next line from the child's standard output, waiting at most {@code timeout}; once the
   * output has ended, {@link Line.Closed} at every call.
   *
   * @return empty if nothing arrived in time
   */
  Optional<Line> next(Duration timeout) throws InterruptedException {
    if (closedSeen) {
      return Optional.of(new Line.Closed());
    }
    Line line = lines.poll(Math.max(0, timeout.toNanos()), TimeUnit.NANOSECONDS);
    if (line instanceof Line.Closed) {
      closedSeen = true;
    }
    return Optional.ofNullable(line);
  }

  /** The exit code, waiting at most {@code wait} for the child to exit; empty if it still runs. */
  Optional<Integer> exitCode(Duration wait) {
    try {
      if (process.waitFor(wait.toNanos(), TimeUnit.NANOSECONDS)) {
        return Optional.of(process.exitValue());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Optional.empty();
  }

  /** The last lines the child wrote to its standard error, joined by " | "; may be empty. */
  String stderrTail() {
    if (!process.isAlive()) {
      try {
        // The reader ends at the pipe's end, at once after the exit on a quiet machine; on a busy
        // one 200 ms were not always enough and the fault lost the child's last words. A child
        // whose own children keep the pipe open costs this wait once, on a failure path.
        stderrReader.join(2000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    synchronized (stderrTail) {
      return String.join(" | ", stderrTail);
    }
  }

  /**
   * Ends the child gently: closes its standard input, waits up to {@code grace} for it to exit,
   * then kills it. Always reaps it.
   */
  void finish(Duration grace) {
    try {
      stdin.close();
    } catch (IOException e) {
      // The child closed its end already; killing below still applies.
    }
    exitCode(grace);
    kill();
  }

  /**
   * Kills the child and its descendants (if still alive) and waits for it to be reaped. A child
   * that has already exited is not destroyed: destroying a process also closes the streams Parley
   * reads from it, and the standard error reader may not have read the child's last lines yet (its
   * fault would then lose them); the streams of an exited child end on their own.
   */
  void kill() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    if (process.isAlive()) {
      process.destroyForcibly();
    }
    boolean interrupted = false;
    while (true) {
      try {
        process.waitFor();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    try {
      stdin.close();
    } catch (IOException e) {
      // Nothing left to flush to a dead process.
    }
    LIVE.remove(this);
  }

  private void readLines(InputStream stream) {
    try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
      StringBuilder line = new StringBuilder();
      int length = 0;
      int c;
      while ((c = reader.read()) >= 0) {
        if (c == '\n') {
          if (length > MAX_LINE) {
            lines.add(new Line.Overlong(length));
          } else {
            int end = line.length();
            if (end > 0 && line.charAt(end - 1) == '\r') {
              line.setLength(end - 1);
            }
            lines.add(new Line.Text(line.toString()));
          }
          line.setLength(0);
          length = 0;
        } else {
          length++;
          if (length <= MAX_LINE) {
            line.append((char) c);
          }
        }
      }
    } catch (IOException e) {
      // The stream broke: the same as closed, for the reader.
    }
    lines.add(new Line.Closed());
  }

  private void drainErrors(InputStream stream) {
    try (var reader =
        new java.io.BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        synchronized (stderrTail) {
          if (stderrTail.size() == STDERR_LINES) {
            stderrTail.removeFirst();
          }
          stderrTail.addLast(line.length() > 500 ? line.substring(0, 500) + "..." : line);
        }
      }
    } catch (IOException e) {
      // The child is gone; what was read so far is kept.
    }
  }

  private Thread daemon(String stream, Runnable body) {
    Thread thread = new Thread(body, "parley-plugin-" + stream + "-" + process.pid());
    thread.setDaemon(true);
    thread.start();
    return thread;
  }
}
