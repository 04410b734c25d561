package io.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Fourteen parallel {@code /utility-space} calls on 40-issue × 50-value scenarios, over HTTP: every
 * call is answered (200) with the exact frontier's answer. Prints the wall time, each call's
 * latency, the bytes allocated by every thread of the process and the heap's peak, for
 * docs/PERFORMANCE.md — measured, never asserted (the machine is shared).
 */
class UtilitySpaceParallelTest {
  private static final int CALLS = 14;

  @Test
  void fourteenParallelCalls_onOneNegotiation_andOnFourteen() throws Exception {
    try (TestServer t = new TestServer()) {
      TestServer.Created shared = t.create(scenario(new Random(40)), 1);
      List<String> paths = new ArrayList<>();
      List<String> tokens = new ArrayList<>();
      for (int i = 0; i < CALLS; i++) {
        paths.add("/api/negotiations/" + shared.id() + "/utility-space");
        tokens.add(shared.token());
      }
      measure(t, "one negotiation, cold cache", paths, tokens);
      measure(t, "one negotiation, cached", paths, tokens);
      paths.clear();
      tokens.clear();
      for (int i = 0; i < CALLS; i++) {
        TestServer.Created n = t.create(scenario(new Random(100 + i)), 1);
        paths.add("/api/negotiations/" + n.id() + "/utility-space");
        tokens.add(n.token());
      }
      measure(t, "fourteen negotiations (different scenarios)", paths, tokens);
    }
  }

  private static void measure(TestServer t, String what, List<String> paths, List<String> tokens)
      throws Exception {
    System.gc();
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = allocated(threads);
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long used = heapUsed(heap, false);
    ExecutorService pool = Executors.newFixedThreadPool(CALLS);
    long start = System.nanoTime();
    List<Future<long[]>> calls = new ArrayList<>();
    for (int i = 0; i < CALLS; i++) {
      String path = paths.get(i);
      String token = tokens.get(i);
      calls.add(
          pool.submit(
              () -> {
                long begin = System.nanoTime();
                Http.Reply reply = t.http.get(path, token);
                long millis = (System.nanoTime() - begin) / 1_000_000;
                assertThat(reply.status()).as(reply.text()).isEqualTo(200);
                assertThat(reply.json().get("zone").asText()).isNotEqualTo("empty");
                return new long[] {millis, reply.json().get("frontier").size()};
              }));
    }
    List<Long> latencies = new ArrayList<>();
    long points = 0;
    for (Future<long[]> call : calls) {
      long[] answer = call.get();
      latencies.add(answer[0]);
      points += answer[1];
    }
    long wall = (System.nanoTime() - start) / 1_000_000;
    pool.shutdown();
    long allocated = allocated(threads) - before;
    long peak = heapUsed(heap, true);
    latencies.sort(Long::compare);
    System.out.printf(
        Locale.ROOT,
        "14 parallel /utility-space, 40x50, %s: wall %d ms; per call min %d, median %d, max %d"
            + " ms; %.0f MB allocated by all threads; heap peak %.0f MB (%.0f MB before);"
            + " %d frontier points in all%n",
        what,
        wall,
        latencies.get(0),
        latencies.get(latencies.size() / 2),
        latencies.get(latencies.size() - 1),
        allocated / 1e6,
        peak / 1e6,
        used / 1e6,
        points);
  }

  private static long allocated(com.sun.management.ThreadMXBean threads) {
    long total = 0;
    for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
      total += Math.max(0, bytes);
    }
    return total;
  }

  private static long heapUsed(List<MemoryPoolMXBean> heap, boolean peak) {
    long total = 0;
    for (MemoryPoolMXBean pool : heap) {
      total += (peak ? pool.getPeakUsage() : pool.getUsage()).getUsed();
    }
    return total;
  }

  /** Two parties, 40 issues of 50 values, random weights and scores, reservations 0.3. */
  static String scenario(Random random) {
    StringBuilder yaml = new StringBuilder("name: forty-by-fifty\nparties:\n");
    yaml.append(
        "  - {id: m, role: mediator}\n  - {id: a, role: party}\n  - {id: b, role: party}\n");
    yaml.append("issues:\n");
    for (int i = 0; i < 40; i++) {
      yaml.append("  - id: i").append(i).append("\n    values: [");
      for (int v = 0; v < 50; v++) {
        yaml.append(v == 0 ? "" : ", ").append("v").append(v);
      }
      yaml.append("]\n");
    }
    yaml.append("preferences:\n");
    for (String party : List.of("a", "b")) {
      yaml.append("  ").append(party).append(":\n    reservation: 0.3\n    weights: {");
      for (int i = 0; i < 40; i++) {
        yaml.append(i == 0 ? "" : ", ").append("i").append(i).append(": 0.025");
      }
      yaml.append("}\n    values:\n");
      for (int i = 0; i < 40; i++) {
        yaml.append("      i").append(i).append(": {");
        for (int v = 0; v < 50; v++) {
          yaml.append(v == 0 ? "" : ", ")
              .append('v')
              .append(v)
              .append(": ")
              .append(String.format(Locale.ROOT, "%.3f", random.nextInt(1001) / 1000.0));
        }
        yaml.append("}\n");
      }
    }
    return yaml.toString();
  }
}
