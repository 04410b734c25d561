package io.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SparkMasterTest {

  @Test
  void parse_acceptsLocalAndStandaloneMasters() {
    assertThat(SparkMaster.parse("local[2]").isLocal()).isTrue();
    assertThat(SparkMaster.parse("local[*]").isLocal()).isTrue();
    assertThat(SparkMaster.parse("local").isLocal()).isTrue();
    SparkMaster cluster = SparkMaster.parse("spark://127.0.0.1:7077,other:7078");
    assertThat(cluster.isLocal()).isFalse();
    assertThat(cluster.endpoints()).hasSize(2);
    assertThat(cluster.endpoints().get(1).getPort()).isEqualTo(7078);
  }

  @Test
  void parse_rejectsMalformedMasters_namingThem() {
    assertThatThrownBy(() -> SparkMaster.parse("yarn"))
        .isInstanceOf(SparkMasterException.class)
        .hasMessageContaining("'yarn'")
        .hasMessageContaining("spark-submit");
    assertThatThrownBy(() -> SparkMaster.parse("local[0]")).hasMessageContaining("'local[0]'");
    assertThatThrownBy(() -> SparkMaster.parse("spark://host"))
        .hasMessageContaining("'host' is not HOST:PORT");
    assertThatThrownBy(() -> SparkMaster.parse("spark://host:70000"))
        .hasMessageContaining("'host:70000'");
  }

  @Test
  void open_unreachableMaster_failsFastWithoutStartingSpark() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    long start = System.nanoTime();
    assertThatThrownBy(
            () ->
                SparkSessions.open(
                    SparkMaster.parse("spark://127.0.0.1:" + port),
                    "unreachable",
                    Map.of(),
                    Duration.ofSeconds(30)))
        .isInstanceOf(SparkMasterException.class)
        .hasMessageContaining("cannot reach the Spark master spark://127.0.0.1:" + port);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
  }
}
