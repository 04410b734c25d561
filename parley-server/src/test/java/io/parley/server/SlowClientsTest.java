package io.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * 300 slow connections — half trickling a move's body a byte at a time, half holding a connection
 * open with half a request line — do not delay another client's moves: after a warm-up, the 99th
 * percentile of a concurrent mover's moves stays under 100 ms (the bound; the one timing
 * assertion the brief asks for, taken over 400 moves).
 */
class SlowClientsTest {
  private static final int SLOW = 300;
  private static final int WARM_UP = 100;
  private static final int SAMPLES = 400;

  @Test
  void threeHundredSlowConnections_doNotDelayAnotherClientsMoves() throws Exception {
    try (TestServer t = new TestServer()) {
      TestServer.Created n = t.create(TestServer.example("cairo-2024-phased.yaml"), 1);
      String hamas = t.invite(n, "hamas");
      String path = "/api/negotiations/" + n.id() + "/messages";
      for (int i = 0; i < WARM_UP; i++) {
        move(t, path, hamas, "warm-up " + i);
      }

      List<Socket> sockets = new ArrayList<>();
      ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
      try {
        for (int i = 0; i < SLOW; i++) {
          Socket socket = new Socket("127.0.0.1", t.server.port());
          sockets.add(socket);
          OutputStream out = socket.getOutputStream();
          if (i % 2 == 0) {
            out.write(
                ("POST "
                        + path
                        + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                        + hamas
                        + "\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{")
                    .getBytes(StandardCharsets.US_ASCII));
          } else {
            out.write(("GET /api/negoti").getBytes(StandardCharsets.US_ASCII));
          }
          out.flush();
        }
        trickle.scheduleAtFixedRate(
            () -> {
              for (int i = 0; i < sockets.size(); i += 2) {
                try {
                  sockets.get(i).getOutputStream().write(' ');
                  sockets.get(i).getOutputStream().flush();
                } catch (IOException e) {
                  // the server refused it (408) and closed it: as intended
                }
              }
            },
            100,
            100,
            TimeUnit.MILLISECONDS);
        Thread.sleep(500);

        long[] millis = new long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
          long start = System.nanoTime();
          move(t, path, hamas, "move " + i);
          millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        long p50 = millis[SAMPLES / 2];
        long p99 = millis[(int) Math.ceil(SAMPLES * 0.99) - 1];
        System.out.printf(
            Locale.ROOT,
            "with %d slow connections: p50 %d ms, p99 %d ms, max %d ms over %d moves%n",
            SLOW,
            p50,
            p99,
            millis[SAMPLES - 1],
            SAMPLES);
        assertThat(p99).isLessThan(100);
      } finally {
        trickle.shutdownNow();
        for (Socket socket : sockets) {
          socket.close();
        }
      }
    }
  }

  private static void move(TestServer t, String path, String token, String text) {
    Http.Reply reply = t.http.post(path, token, "{\"text\":\"" + text + "\"}");
    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
  }
}
