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

/**
 * Where {@code parley run} writes a run's events as they are made, so that it keeps none of them:
 * the readable transcript on standard output (unless the summary is printed as JSON instead) and,
 * with {@code --events FILE}, every event as one line of JSON in the file.
 *
 * <p>The events file is written to a temporary file beside it ({@link OutputFiles}) and moved into
 * place by {@link #commit()} once the run has ended; closed without a commit (the run failed), the
 * temporary file is deleted and an earlier file of the same name is left as it was.
 */
final class RunOutputs implements Consumer<Event>, AutoCloseable {
  private final Optional<TranscriptText> text;
  private final PrintWriter out;
  private final OutcomeSpace space;
  private final Optional<Path> eventsFile;
  private final Optional<Path> temporary;
  private final Optional<BufferedWriter> events;
  private boolean committed;

  private RunOutputs(
      Optional<TranscriptText> text,
      PrintWriter out,
      OutcomeSpace space,
      Optional<Path> eventsFile,
      Optional<Path> temporary,
      Optional<BufferedWriter> events) {
    this.text = text;
    this.out = out;
    this.space = space;
    this.eventsFile = eventsFile;
    this.temporary = temporary;
    this.events = events;
  }

  /**
   * Opens the outputs: the transcript {@code text} to {@code out} if present, and the events file
   * if given (its temporary file created now, before the run).
   *
   * @throws CommandFailure (exit 1) if the events file cannot be opened
   */
  static RunOutputs open(
      Optional<TranscriptText> text, PrintWriter out, OutcomeSpace space, Optional<Path> file) {
    Optional<BufferedWriter> events = Optional.empty();
    Optional<Path> temporary = Optional.empty();
    if (file.isPresent()) {
      try {
        temporary = Optional.of(OutputFiles.temporaryFile(file.get()));
        events = Optional.of(Files.newBufferedWriter(temporary.get(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        temporary.ifPresent(OutputFiles::deleteQuietly);
        throw cannotWrite(file.get(), e);
      }
    }
    return new RunOutputs(text, out, space, file, temporary, events);
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

  /** Marks the run as ended: {@link #close()} then moves the events file into place. */
  void commit() {
    committed = true;
  }

  /**
   * Flushes and closes the events file, and moves it into place if {@link #commit() committed};
   * otherwise deletes it.
   *
   * @throws CommandFailure (exit 1) if it cannot be written
   */
  @Override
  public void close() {
    out.flush();
    if (events.isPresent()) {
      Path written = temporary.orElseThrow();
      try {
        events.get().close();
        if (committed) {
          OutputFiles.move(written, eventsFile.orElseThrow());
        }
      } catch (IOException e) {
        throw cannotWrite(eventsFile.orElseThrow(), e);
      } finally {
        OutputFiles.deleteQuietly(written);
      }
    }
  }

  private static CommandFailure cannotWrite(Path file, IOException e) {
    return OutputFiles.cannotWrite("the events", file, e);
  }
}
