package io.parley.spark;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a Spark tournament runs, as Spark's master URL: {@code local}, {@code local[N]}, {@code
 * local[*]}, or a standalone cluster {@code spark://HOST:PORT} (several masters separated by
 * commas, as Spark accepts them for high availability). Other Spark masters (YARN, Kubernetes) are
 * reached through {@code spark-submit}, which passes its own master; see docs/tournaments-spark.md.
 *
 * @param url the master URL exactly as given
 * @param endpoints the standalone masters' host and port; empty for a local master
 */
public record SparkMaster(String url, List<InetSocketAddress> endpoints) {
  private static final Pattern LOCAL = Pattern.compile("local(\\[(\\*|[1-9][0-9]*)\\])?");
  private static final Pattern HOST_PORT = Pattern.compile("([^:/,\\s]+):([0-9]{1,5})");

  public SparkMaster {
    endpoints = List.copyOf(endpoints);
  }

  /**
   * Reads a master URL.
   *
   * @throws SparkMasterException if {@code url} is neither a local master nor {@code
   *     spark://HOST:PORT[,HOST:PORT...]}, with the reason
   */
  public static SparkMaster parse(String url) {
    String trimmed = url.trim();
    if (LOCAL.matcher(trimmed).matches()) {
      return new SparkMaster(trimmed, List.of());
    }
    if (!trimmed.startsWith("spark://")) {
      throw new SparkMasterException(
          "Spark master '"
              + url
              + "' is not local, local[N], local[*] or spark://HOST:PORT; for YARN or Kubernetes"
              + " submit with spark-submit (docs/tournaments-spark.md)");
    }
    List<InetSocketAddress> endpoints = new ArrayList<>();
    for (String part : trimmed.substring("spark://".length()).split(",", -1)) {
      Matcher m = HOST_PORT.matcher(part);
      int port = m.matches() ? Integer.parseInt(m.group(2)) : -1;
      if (port < 1 || port > 65_535) {
        throw new SparkMasterException(
            "Spark master '" + url + "': '" + part + "' is not HOST:PORT with a port in 1..65535");
      }
      endpoints.add(InetSocketAddress.createUnresolved(m.group(1), port));
    }
    return new SparkMaster(trimmed, endpoints);
  }

  /** Whether the driver runs the executors in its own process ({@code local...}). */
  public boolean isLocal() {
    return endpoints.isEmpty();
  }

  /**
   * Checks that at least one standalone master accepts a TCP connection within {@code timeout}
   * each; does nothing for a local master. Spark itself would retry an unreachable master for about
   * a minute before giving up, so this check is what makes a wrong address fail fast.
   *
   * @throws SparkMasterException naming every address tried and why it failed
   */
  public void probe(Duration timeout) {
    if (isLocal()) {
      return;
    }
    List<String> problems = new ArrayList<>();
    for (InetSocketAddress endpoint : endpoints) {
      InetSocketAddress resolved =
          new InetSocketAddress(endpoint.getHostString(), endpoint.getPort());
      if (resolved.isUnresolved()) {
        problems.add(endpoint.getHostString() + ": unknown host");
        continue;
      }
      try (Socket socket = new Socket()) {
        socket.connect(resolved, (int) Math.max(1, timeout.toMillis()));
        return;
      } catch (IOException e) {
        problems.add(
            endpoint.getHostString() + ":" + endpoint.getPort() + ": " + describe(e, timeout));
      }
    }
    throw new SparkMasterException(
        "cannot reach the Spark master " + url + " (" + String.join("; ", problems) + ")");
  }

  private static String describe(IOException e, Duration timeout) {
    if (e instanceof java.net.SocketTimeoutException) {
      return "no answer within " + timeout.toMillis() + " ms";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
