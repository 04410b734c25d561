package io.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code parley serve} and {@code parley demo}: started in process, then interrupted. */
class ServeCommandTest {
  private static final Pattern LINK = Pattern.compile("(http://[0-9.:]+)/(\\S*)");

  /** A command running on its own thread until interrupted. */
  private static final class Running implements AutoCloseable {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final AtomicInteger exitCode = new AtomicInteger(-1);
    final Thread thread;

    Running(Map<String, String> environment, String... args) {
      ParleyCommand parley = new ParleyCommand();
      CommandLine commandLine = ParleyCommand.commandLine(parley);
      commandLine.setOut(new PrintWriter(out, true));
      commandLine.setErr(new PrintWriter(err, true));
      for (String name : new String[] {"serve", "demo"}) {
        Object command = commandLine.getSubcommands().get(name).getCommand();
        if (command instanceof ServeCommand serve) {
          serve.environment = environment;
        } else if (command instanceof DemoCommand demo) {
          demo.environment = environment;
        }
      }
      thread = new Thread(() -> exitCode.set(commandLine.execute(args)), "parley-under-test");
      thread.start();
    }

    /** Waits until the output holds {@code text}. */
    String awaitOutput(String text) throws InterruptedException {
      for (int i = 0; i < 600 && !out.toString().contains(text); i++) {
        if (!thread.isAlive()) {
          throw new AssertionError("the command ended: " + out + err);
        }
        Thread.sleep(50);
      }
      assertThat(out.toString()).contains(text);
      return out.toString();
    }

    @Override
    public void close() throws InterruptedException {
      thread.interrupt();
      thread.join(30_000);
    }
  }

  private static HttpResponse<String> get(String url, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void serve_printsTheConsoleLink_andAnswersHealth_untilInterrupted() throws Exception {
    Running serve =
        new Running(
            Map.of(ServerSettings.CONSOLE_KEY_VARIABLE, "a-console-key-for-tests"),
            "serve",
            "--memory",
            "--port",
            "0");
    try (serve) {
      String out = serve.awaitOutput("Stop with Ctrl-C.");
      Matcher link = LINK.matcher(out.substring(out.indexOf("Console link")));
      assertThat(link.find()).isTrue();
      assertThat(link.group(2)).isEqualTo("#console=a-console-key-for-tests");
      assertThat(out).contains("Negotiations are kept in memory");
      HttpResponse<String> health = get(link.group(1) + "/api/health", null);
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}");
    }
    assertThat(serve.exitCode.get()).isEqualTo(0);
  }

  @Test
  void serve_onH2_keepsItsStoreInTheDataDirectory(@TempDir Path data) throws Exception {
    Running serve = new Running(Map.of(), "serve", "--data", data.toString(), "--port", "0");
    try (serve) {
      String out = serve.awaitOutput("Stop with Ctrl-C.");
      assertThat(out).contains(data.resolve("parley.mv.db").toString());
      assertThat(out).containsPattern("#console=[A-Za-z0-9_-]{43}");
    }
    assertThat(serve.exitCode.get()).isEqualTo(0);
    assertThat(data.resolve("parley.mv.db")).isRegularFile();
  }

  @Test
  void serve_memoryAndDb_isAUsageError() {
    Run run = Run.of("serve", "--memory", "--db", "jdbc:postgresql://localhost/parley");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("give --memory, or --data DIR, or --db URL, not several");
  }

  @Test
  void demo_printsTheMediatorsLink_toANegotiationPlayedByRobots() throws Exception {
    Running demo = new Running(Map.of(), "demo", "--port", "0");
    try (demo) {
      String out = demo.awaitOutput("Stop with Ctrl-C.");
      assertThat(out).contains("Robots play Israel (linear), Hamas (boulware).");
      Matcher link = LINK.matcher(out.substring(out.indexOf("Your link")));
      assertThat(link.find()).isTrue();
      Matcher fragment =
          Pattern.compile("mediator\\.html#n=(\\w+)&t=([\\w-]+)").matcher(link.group(2));
      assertThat(fragment.matches()).as(link.group(2)).isTrue();
      HttpResponse<String> view =
          get(link.group(1) + "/api/negotiations/" + fragment.group(1), fragment.group(2));
      assertThat(view.statusCode()).isEqualTo(200);
      assertThat(view.body())
          .contains("\"robot\":\"linear\"")
          .contains("\"robot\":\"boulware\"")
          .contains("\"name\":\"Talks resume in Egypt\"");
    }
    assertThat(demo.exitCode.get()).isEqualTo(0);
  }
}
