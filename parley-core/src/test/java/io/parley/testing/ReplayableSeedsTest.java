package io.parley.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import net.jqwik.api.lifecycle.LifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;
import org.junit.jupiter.api.Test;

class ReplayableSeedsTest {
  @Test
  void replayCommand_namesTheModuleTheTestAndTheSeed() throws NoSuchMethodException {
    var method =
        ReplayableSeedsTest.class.getDeclaredMethod(
            "replayCommand_namesTheModuleTheTestAndTheSeed");
    assertThat(ReplayableSeeds.replayCommand(ReplayableSeedsTest.class, method, "-4217"))
        .isEqualTo(
            "./mvnw -B -q -pl parley-core -am verify"
                + " -Dtest='io.parley.testing.ReplayableSeedsTest#replayCommand_namesTheModuleTheTestAndTheSeed'"
                + " -Dparley.seed=-4217 -Dsurefire.failIfNoSpecifiedTests=false"
                + " -Djqwik.failIfNoSpecifiedTests=false");
  }

  @Test
  void aClassFromNoModule_getsAPlaceholder() {
    assertThat(ReplayableSeeds.moduleOf(String.class)).isEmpty();
  }

  @Test
  void theHookIsRegisteredForEveryProperty() {
    List<Class<?>> hooks = new ArrayList<>();
    for (LifecycleHook hook : ServiceLoader.load(LifecycleHook.class)) {
      hooks.add(hook.getClass());
    }
    assertThat(hooks).contains(ReplayableSeeds.class);
    assertThat(new ReplayableSeeds().propagateTo()).isEqualTo(PropagationMode.ALL_DESCENDANTS);
  }
}
