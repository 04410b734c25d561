package io.parley.cli;

import io.parley.event.Event;
import io.parley.event.EventJson;
import io.parley.outcome.OutcomeSpace;
import io.parley.run.TranscriptText;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine.ExitCode;

/**
 * Where {@code parley run} writes a run's events as they are made, so that it keeps none of them:
 * the readable transcript on standard output (unless the summary is printed as JSON instead) and,
 * with {@code --events FILE}, every event as one line of JSON in the file.
 */
final class RunOutputs implements Consumer<Event>, AutoCloseable {
  private final Optional<TranscriptText> text;
  private final PrintWriter out;
  private final OutcomeSpace space;
  private final Optional<Path> eventsFile;
  private final Optional<BufferedWriter> events;

  private RunOutputs(
      Optional<TranscriptText> text,
      PrintWriter out,
      OutcomeSpace space,
      Optional<Path> eventsFile,
      Optional<BufferedWriter> events) {
    this.text = text;
    this.out = out;
    this.space = space;
    this.eventsFile = eventsFile;
    this.events = events;
  }

  /**
   * Opens the outputs: the transcript {@code text} to {@code out} if present, and the events file
   * if given (created or truncated now, before the run).
   *
   * @throws CommandFailure (exit 1) if the events file cannot be opened
   */
  static RunOutputs open(
      Optional<TranscriptText> text, PrintWriter out, OutcomeSpace space, Optional<Path> file) {
    Optional<BufferedWriter> events = Optional.empty();
    if (file.isPresent()) {
      try {
        events = Optional.of(Files.newBufferedWriter(file.get(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw cannotWrite(file.get(), e);
      }
    }
    return new RunOutputs(text, out, space, file, events);
  }

  /**
   * Writes one event to every output.
   *
   * @throws UncheckedIOException if the events file cannot be written
   */
  @Override
  public void accept(Event event) {
    if (text.isPresent()) {
      out.println(text.get().render(event));
    }
    if (events.isPresent()) {
      try {
        BufferedWriter writer = events.get();
        writer.write(EventJson.line(event, space));
        writer.write('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Writes one line that is not an engine event (the follow-through after agreement): {@code
   * textLine} to the transcript, {@code jsonLine} to the events file.
   *
   * @throws UncheckedIOException if the events file cannot be written
   */
  void acceptLine(String textLine, String jsonLine) {
    if (text.isPresent()) {
      out.println(textLine);
    }
    if (events.isPresent()) {
      try {
        events.get().write(jsonLine);
        events.get().write('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The failure to report when writing the events file failed with {@code e}. */
  CommandFailure writeFailure(UncheckedIOException e) {
    return cannotWrite(eventsFile.orElseThrow(), e.getCause());
  }

  /**
   * Flushes and closes the events file.
   *
   * @throws CommandFailure (exit 1) if it cannot be written
   */
  @Override
  public void close() {
    out.flush();
    if (events.isPresent()) {
      try {
        events.get().close();
      } catch (IOException e) {
        throw cannotWrite(eventsFile.orElseThrow(), e);
      }
    }
  }

  private static CommandFailure cannotWrite(Path file, IOException e) {
    return new CommandFailure(
        ExitCode.SOFTWARE, "cannot write the events to " + file + ": " + e.getMessage());
  }
}
