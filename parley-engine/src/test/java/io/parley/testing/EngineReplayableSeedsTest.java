package io.parley.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.protocol.Mechanism;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import net.jqwik.api.lifecycle.LifecycleHook;
import org.junit.jupiter.api.Test;

/** The engine's properties are replayable too: core's test-jar brings the hook. */
class EngineReplayableSeedsTest {
  @Test
  void theHookReachesTheEngineTests() {
    List<Class<?>> hooks = new ArrayList<>();
    for (LifecycleHook hook : ServiceLoader.load(LifecycleHook.class)) {
      hooks.add(hook.getClass());
    }
    assertThat(hooks).contains(ReplayableSeeds.class);
  }

  @Test
  void replayCommand_namesTheEngineModule() throws NoSuchMethodException {
    var method = getClass().getDeclaredMethod("replayCommand_namesTheEngineModule");
    assertThat(ReplayableSeeds.replayCommand(getClass(), method, "7"))
        .startsWith("./mvnw -B -q -pl parley-engine -am verify -Dtest='")
        .contains("-Dparley.seed=7");
    assertThat(ReplayableSeeds.moduleOf(Mechanism.class)).contains("parley-engine");
  }
}
