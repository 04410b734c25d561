package io.parley.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.server.ParleyServer;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import net.jqwik.api.lifecycle.LifecycleHook;
import org.junit.jupiter.api.Test;

/** The server's properties are replayable too: core's test-jar brings the hook. */
class ServerReplayableSeedsTest {
  @Test
  void theHookReachesTheServerTests() {
    List<Class<?>> hooks = new ArrayList<>();
    for (LifecycleHook hook : ServiceLoader.load(LifecycleHook.class)) {
      hooks.add(hook.getClass());
    }
    assertThat(hooks).contains(ReplayableSeeds.class);
  }

  @Test
  void replayCommand_namesTheServerModule() throws NoSuchMethodException {
    var method = getClass().getDeclaredMethod("replayCommand_namesTheServerModule");
    assertThat(ReplayableSeeds.replayCommand(getClass(), method, "7"))
        .startsWith("./mvnw -B -q -pl parley-server -am verify -Dtest='")
        .contains("-Dparley.seed=7");
    assertThat(ReplayableSeeds.moduleOf(ParleyServer.class)).contains("parley-server");
  }
}
