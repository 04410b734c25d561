package io.parley.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The keys of the event log's HMAC chain: the {@link #current} key signs every new event and seal;
 * every key (the current one first, then older ones kept after a rotation) verifies what it signed.
 *
 * <p>Keys are written as text: one key a line, base64 (standard or URL-safe, padding optional) of
 * at least {@value LogKey#MIN_BYTES} bytes; blank lines and lines starting with {@code #} are
 * ignored; the first key is the current one. The same text, keys separated by commas or spaces, may
 * be given in the environment variable {@value #VARIABLE}. See docs/event-store.md for setting and
 * rotating them.
 *
 * @param current the key that signs new events and seals
 * @param all every key, the current one first; ids are distinct
 */
public record LogKeys(LogKey current, List<LogKey> all) {
  /** The environment variable that holds the keys (taking precedence over a key file). */
  public static final String VARIABLE = "PARLEY_LOG_KEY";

  /** The key file the embedded store generates in its data directory when no key is given. */
  public static final String FILE_NAME = "parley-log.key";

  public LogKeys {
    all = List.copyOf(all);
    if (all.isEmpty() || !all.get(0).equals(current)) {
      throw new IllegalArgumentException("the current log key must be the first of all keys");
    }
    if (all.stream().map(LogKey::id).distinct().count() != all.size()) {
      throw new IllegalArgumentException("the same log key is given twice");
    }
  }

  /** Only {@code key}. */
  public static LogKeys of(LogKey key) {
    return new LogKeys(key, List.of(key));
  }

  /** A fresh random key from {@code random}, which must be cryptographically strong. */
  public static LogKeys generate(RandomGenerator random) {
    byte[] bytes = new byte[LogKey.MIN_BYTES];
    random.nextBytes(bytes);
    return of(LogKey.of(bytes));
  }

  /** The key whose id is {@code id}, if this key ring holds it. */
  public Optional<LogKey> find(String id) {
    return all.stream().filter(key -> key.id().equals(id)).findFirst();
  }

  /** The ids of every key, the current first, for messages. */
  public List<String> ids() {
    return all.stream().map(LogKey::id).toList();
  }

  /**
   * The keys written in {@code text}.
   *
   * @param source where the text came from, for messages (a file name or the variable's name)
   * @throws IllegalArgumentException naming the source and line of a key that is not base64 or too
   *     short, or if there is no key at all
   */
  public static LogKeys parse(String text, String source) {
    List<LogKey> keys = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int line = 0; line < lines.length; line++) {
      String content = lines[line].strip();
      if (content.isEmpty() || content.startsWith("#")) {
        continue;
      }
      for (String word : content.split("[,\\s]+")) {
        if (!word.isEmpty()) {
          LogKey key = decode(word, source + " line " + (line + 1));
          if (keys.contains(key)) {
            throw new IllegalArgumentException(
                "log key " + key.id() + " is given twice in " + source);
          }
          keys.add(key);
        }
      }
    }
    if (keys.isEmpty()) {
      throw new IllegalArgumentException(
          source + " holds no log key (one base64 key of at least " + LogKey.MIN_BYTES + " bytes)");
    }
    return new LogKeys(keys.get(0), keys);
  }

  /**
   * The keys in the file {@code file}.
   *
   * @throws StoreException if it cannot be read
   * @throws IllegalArgumentException if it holds no valid key ({@link #parse})
   */
  public static LogKeys read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), "the log key file " + file);
    } catch (IOException e) {
      throw new StoreException("could not read the log key file " + file + ": " + e, e);
    }
  }

  /**
   * The keys of {@code location}: from the variable {@value #VARIABLE} in {@code environment} if
   * set; else, for the embedded store, from the key file {@value #FILE_NAME} in its data directory,
   * which is generated from {@code random} when missing and {@code create} is true.
   *
   * @throws MissingLogKeyException if no key can be found: a PostgreSQL store without the variable,
   *     or an embedded store without its key file when {@code create} is false
   * @throws IllegalArgumentException if the variable or the key file holds no valid key
   * @throws StoreException if the key file cannot be read or written
   */
  public static LogKeys resolve(
      StoreLocation location,
      Map<String, String> environment,
      boolean create,
      RandomGenerator random) {
    String variable = environment.get(VARIABLE);
    if (variable != null && !variable.isBlank()) {
      return parse(variable, "the environment variable " + VARIABLE);
    }
    if (location.dataDirectory().isEmpty()) {
      throw new MissingLogKeyException(
          "the event log's key is missing: "
              + location
              + " needs the key in the environment variable "
              + VARIABLE
              + " or a key file (--log-key FILE); see docs/event-store.md");
    }
    Path file = location.dataDirectory().get().resolve(FILE_NAME);
    if (Files.isRegularFile(file)) {
      return read(file);
    }
    if (!create) {
      throw new MissingLogKeyException(
          "the event log's key is missing: there is no "
              + file
              + "; give the key file with --log-key FILE or the environment variable "
              + VARIABLE);
    }
    return createFile(file, random);
  }

  /**
   * Writes a fresh key from {@code random} to a new file {@code file} (readable by its owner only,
   * where the file system allows), or reads the file if another process created it first.
   *
   * @throws StoreException if the file cannot be written
   */
  public static LogKeys createFile(Path file, RandomGenerator random) {
    LogKeys keys = generate(random);
    String text =
        "# Parley's event-log key: it seals every stored event (docs/event-store.md).\n"
            + "# Keep it secret and keep it: without it the logs cannot be verified. To rotate,\n"
            + "# put a new key on the first line and keep the old ones below it.\n"
            + Base64.getEncoder().encodeToString(keys.current().secret())
            + "\n";
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException e) {
        // Not a POSIX file system: the file gets the directory's default permissions.
        Files.createFile(file);
      }
      Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.WRITE);
      return keys;
    } catch (FileAlreadyExistsException e) {
      return read(file);
    } catch (IOException e) {
      throw new StoreException("could not write the log key file " + file + ": " + e, e);
    }
  }

  private static LogKey decode(String word, String where) {
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(word.replace('+', '-').replace('/', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "the log key at " + where + " is not base64: " + e.getMessage(), e);
    }
    if (bytes.length < LogKey.MIN_BYTES) {
      throw new IllegalArgumentException(
          "the log key at "
              + where
              + " has "
              + bytes.length
              + " bytes; a log key needs at least "
              + LogKey.MIN_BYTES
              + " (generate one with: head -c 32 /dev/urandom | base64)");
    }
    return LogKey.of(bytes);
  }
}
