package io.parley.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.ExitCode;

/**
 * Every file the command line writes goes through here, so that a command that fails or refuses
 * leaves nothing behind: the content is written to a temporary file (or directory) beside the
 * target — same directory, so on the same file system — and moved into place only when it is
 * complete. A target that already exists is replaced only on success.
 *
 * <p>Temporary names start with {@code .parley-} and end with the target's own name, so that
 * writers that choose the format by the extension ({@code .svg}, {@code .png}, {@code .json}) see
 * the right one.
 */
final class OutputFiles {
  private static final String PREFIX = ".parley-";

  private OutputFiles() {}

  /** Writes one file's content to the path it is given. */
  @FunctionalInterface
  interface FileContent {
    void writeTo(Path file) throws IOException;
  }

  /** Writes files into the directory it is given. */
  @FunctionalInterface
  interface DirectoryContent<T> {
    T writeInto(Path directory) throws IOException;
  }

  /**
   * Writes {@code target} atomically: {@code content} writes a temporary file beside it, which then
   * replaces {@code target}. If {@code content} throws, the temporary file is deleted and {@code
   * target} is left as it was.
   *
   * @param what what the file holds, for the message ({@code "the plot"})
   * @throws CommandFailure (exit 1) naming {@code what}, the file and the reason if it cannot be
   *     written; unchecked exceptions of {@code content} propagate unchanged
   */
  static void write(String what, Path target, FileContent content) {
    try {
      replace(target, content);
    } catch (IOException e) {
      throw cannotWrite(what, target, e);
    } catch (UncheckedIOException e) {
      throw cannotWrite(what, target, e.getCause());
    }
  }

  /**
   * {@link #write} for callers that word the failure themselves.
   *
   * @throws IOException if the file cannot be written; {@code target} is then left as it was
   */
  static void replace(Path target, FileContent content) throws IOException {
    Path temporary = temporaryFile(target);
    try {
      content.writeTo(temporary);
      move(temporary, target);
    } finally {
      deleteQuietly(temporary);
    }
  }

  /**
   * Writes the files of a directory atomically per file: {@code content} writes them into a fresh
   * temporary directory beside {@code target}; only when it returns are they moved into {@code
   * target} (created if missing), replacing files of the same names. If {@code content} throws, the
   * temporary directory is deleted and neither {@code target} nor any file in it is touched.
   *
   * @return what {@code content} returned
   * @throws CommandFailure (exit 1) if a file cannot be written; unchecked exceptions of {@code
   *     content} (such as a refused conversion) propagate unchanged
   */
  static <T> T writeDirectory(String what, Path target, DirectoryContent<T> content) {
    Path absolute = target.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    Path staging = null;
    try {
      if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
        throw new NotDirectoryException(target.toString());
      }
      staging = Files.createTempDirectory(parent, PREFIX + absolute.getFileName() + "-");
      T result = content.writeInto(staging);
      Files.createDirectories(absolute);
      List<Path> files;
      try (Stream<Path> list = Files.list(staging)) {
        files = list.sorted().toList();
      }
      for (Path file : files) {
        move(file, absolute.resolve(file.getFileName().toString()));
      }
      return result;
    } catch (IOException e) {
      throw cannotWrite(what, target, e);
    } catch (UncheckedIOException e) {
      throw cannotWrite(what, target, e.getCause());
    } finally {
      deleteTree(staging);
    }
  }

  /** A temporary file beside {@code target}, named after it. */
  static Path temporaryFile(Path target) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    if (!Files.isDirectory(parent)) {
      throw new NoSuchFileException(parent.toString());
    }
    return Files.createTempFile(parent, PREFIX, "-" + absolute.getFileName());
  }

  /** Moves {@code from} onto {@code to}, atomically where the file system can. */
  static void move(Path from, Path to) throws IOException {
    if (Files.isDirectory(to)) {
      throw new FileAlreadyExistsException(to.toString(), null, "a directory is in the way");
    }
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes {@code file} if it is there; a failure to delete a temporary file is not reported. */
  static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // Best effort: the file is a leftover temporary file, named .parley-*.
      }
    }
  }

  private static void deleteTree(Path directory) {
    if (directory == null || !Files.exists(directory)) {
      return;
    }
    List<Path> paths = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(directory)) {
      walk.forEach(paths::add);
    } catch (IOException e) {
      return;
    }
    paths.sort(Comparator.reverseOrder());
    paths.forEach(OutputFiles::deleteQuietly);
  }

  /** The failure for a file that could not be written. */
  static CommandFailure cannotWrite(String what, Path target, IOException e) {
    return new CommandFailure(
        ExitCode.SOFTWARE, "cannot write " + what + " to " + target + ": " + reason(e));
  }

  /** The system's reason for {@code e}, in words. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
