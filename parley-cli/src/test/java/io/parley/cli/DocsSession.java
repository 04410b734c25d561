package io.parley.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * The terminal a reader of one page would type its commands into: one {@code bash} that lives as
 * long as the page, so a variable set in one block ({@code N=$(curl ...)}) is there in the next,
 * and the {@code parley} commands run in this JVM with that shell's words and environment.
 *
 * <ul>
 *   <li>{@code /tmp/} in a command is the page's own fresh temporary directory, written back as
 *       {@code /tmp/} in the output.
 *   <li>A {@code parley} command ending in {@code &} runs in the background (a server) until the
 *       page ends; its {@code --port N} (N not 0) is replaced by a free port in it and in every
 *       later command, and the free port is written back as {@code N} in every output ({@code
 *       127.0.0.1:PORT}, {@code localhost:PORT}).
 *   <li>A {@code parley} command may pipe its output into shell commands ({@code ./parley analyze
 *       x.yaml | tail -n 5}): parley runs in-process, the rest of the line in the shell.
 *   <li>Paths of the checkout in an output are written relative to its root.
 * </ul>
 *
 * <p>Not thread-safe: one page's commands run one after the other.
 */
final class DocsSession implements AutoCloseable {
  private static final String DONE = "__parley_docs_done__";
  private static final Pattern PARLEY = Pattern.compile("^(\\./)?parley( .*)?$");
  private static final Pattern PORT = Pattern.compile("--port[ =](\\d+)");
  private static final long COMMAND_TIMEOUT_SECONDS = 120;

  private final Path root;
  private final Path tmp;
  private final Process bash;
  private final Writer toBash;
  private final BufferedReader fromBash;
  private final Path captured;
  private final List<Background> background = new ArrayList<>();

  /** Text of the docs to the text of this run: /tmp/ and ports. */
  private final Map<String, String> forward = new LinkedHashMap<>();

  /** A parley command left running: its thread and what it has printed so far. */
  record Background(Thread thread, StringWriter out) {}

  DocsSession(Path root, Path tmp) throws IOException {
    this.root = root;
    this.tmp = tmp;
    this.captured = tmp.resolve(".captured");
    forward.put("/tmp/", tmp + "/");
    Files.createDirectories(tmp);
    bash =
        new ProcessBuilder("bash", "--noprofile", "--norc")
            .directory(root.toFile())
            .redirectErrorStream(true)
            .start();
    toBash = new java.io.OutputStreamWriter(bash.getOutputStream(), StandardCharsets.UTF_8);
    fromBash =
        new BufferedReader(new InputStreamReader(bash.getInputStream(), StandardCharsets.UTF_8));
  }

  /** Runs one command line as the docs show it; returns what it printed, as the docs would. */
  String run(String line) throws Exception {
    String command = toRun(line);
    String printed;
    int pipe = pipe(command);
    if (PARLEY.matcher(command).matches() && pipe < 0) {
      printed = runParley(command);
    } else if (PARLEY.matcher(command).matches()) {
      // parley's output piped into the rest of the line: parley in-process, the rest in the shell.
      Path piped = tmp.resolve(".piped");
      Files.writeString(piped, runParley(command.substring(0, pipe)), StandardCharsets.UTF_8);
      printed = inShell("(" + command.substring(pipe + 1) + ") <'" + piped + "'");
    } else {
      printed = inShell(command);
    }
    return back(printed);
  }

  /**
   * For a background command, waits until its output, masked, equals {@code expected} masked, or
   * until 60 seconds have passed; returns its output as the docs would show it.
   */
  String awaitBackground(String expected) throws InterruptedException {
    Background last = background.get(background.size() - 1);
    String want = DocsMasks.mask(expected);
    for (int i = 0; i < 600; i++) {
      String now = back(last.out().toString());
      if (DocsMasks.mask(now).equals(want) || !last.thread().isAlive()) {
        return now;
      }
      Thread.sleep(100);
    }
    return back(last.out().toString());
  }

  /** Where the first {@code |} outside quotes is in {@code line}, or -1. */
  static int pipe(String line) {
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '|') {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code line} runs in the background. */
  static boolean isBackground(String line) {
    return line.endsWith(" &") && PARLEY.matcher(line.substring(0, line.length() - 2)).matches();
  }

  private String toRun(String line) throws IOException {
    String command = line;
    if (isBackground(command)) {
      Matcher port = PORT.matcher(command);
      if (port.find() && !port.group(1).equals("0") && !forward.containsKey(port.group(1))) {
        try (ServerSocket free = new ServerSocket(0)) {
          forward.put(port.group(1), Integer.toString(free.getLocalPort()));
        }
      }
    }
    for (var entry : forward.entrySet()) {
      command =
          entry.getKey().equals("/tmp/")
              ? command.replace("/tmp/", entry.getValue())
              : command.replaceAll("\\b" + entry.getKey() + "\\b", entry.getValue());
    }
    return command;
  }

  private String back(String printed) {
    String text = printed.replace(root + "/", "");
    for (var entry : forward.entrySet()) {
      if (entry.getKey().equals("/tmp/")) {
        text = text.replace(entry.getValue(), "/tmp/").replace(tmp.toString(), "/tmp");
      } else {
        text =
            text.replaceAll(
                "(127\\.0\\.0\\.1|localhost):" + entry.getValue() + "\\b", "$1:" + entry.getKey());
      }
    }
    return text;
  }

  private String runParley(String command) throws Exception {
    boolean inBackground = command.endsWith(" &");
    String words = command.substring(command.indexOf("parley") + "parley".length());
    if (inBackground) {
      words = words.substring(0, words.length() - 2);
    }
    List<String> args = new ArrayList<>();
    for (String word : expand(words)) {
      args.add(
          !word.startsWith("-") && !word.isEmpty() && Files.exists(root.resolve(word))
              ? root.resolve(word).toString()
              : word);
    }
    var out = new StringWriter();
    var writer = new PrintWriter(out, true);
    CommandLine commandLine = ParleyCommand.commandLine(new ParleyCommand());
    commandLine.setOut(writer);
    commandLine.setErr(writer);
    Map<String, String> environment = environment();
    for (CommandLine sub : commandLine.getSubcommands().values()) {
      if (sub.getCommand() instanceof ServeCommand serve) {
        serve.environment = environment;
      } else if (sub.getCommand() instanceof DemoCommand demo) {
        demo.environment = environment;
      }
    }
    String[] argv = args.toArray(String[]::new);
    if (inBackground) {
      Thread thread = new Thread(() -> commandLine.execute(argv), "docs-background");
      thread.setDaemon(true);
      background.add(new Background(thread, out));
      thread.start();
      return "";
    }
    commandLine.execute(argv);
    writer.flush();
    return out.toString();
  }

  /** The words of {@code text} after the shell's expansion (variables, quotes). */
  private List<String> expand(String text) throws Exception {
    if (text.isBlank()) {
      return List.of();
    }
    String printed = inShell("printf '%s\\0'" + text);
    List<String> words = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < printed.length(); i++) {
      if (printed.charAt(i) == '\0') {
        words.add(printed.substring(start, i));
        start = i + 1;
      }
    }
    return words;
  }

  /** The shell's exported variables. */
  private Map<String, String> environment() throws Exception {
    Map<String, String> environment = new HashMap<>();
    for (String entry : inShell("env -0").split("\0")) {
      int eq = entry.indexOf('=');
      if (eq > 0) {
        environment.put(entry.substring(0, eq), entry.substring(eq + 1));
      }
    }
    return environment;
  }

  /** Runs {@code command} in the page's shell; returns its standard output and error together. */
  private String inShell(String command) throws Exception {
    toBash.write("{ " + command + "\n} >'" + captured + "' 2>&1 </dev/null; echo " + DONE + "\n");
    toBash.flush();
    var reader =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> {
              try {
                for (String line = fromBash.readLine(); line != null; line = fromBash.readLine()) {
                  if (line.equals(DONE)) {
                    return true;
                  }
                }
                return false;
              } catch (IOException e) {
                return false;
              }
            });
    boolean done;
    try {
      done = reader.get(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError(
          "`" + command + "` did not finish within " + COMMAND_TIMEOUT_SECONDS + " s");
    }
    if (!done) {
      throw new AssertionError("the shell ended while running `" + command + "`");
    }
    return new String(Files.readAllBytes(captured), StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws Exception {
    for (Background running : background) {
      running.thread().interrupt();
      running.thread().join(30_000);
    }
    toBash.close();
    if (!bash.waitFor(10, TimeUnit.SECONDS)) {
      bash.destroyForcibly();
    }
  }
}
