package io.parley.live.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * JSON stays at the edge: no class of the server's main code outside {@code io.parley.live.codec}
 * and the HTTP adapter {@code io.parley.server} refers to Jackson. Read from the compiled classes,
 * so a use without an import (a call whose signature names a Jackson type, a {@code var}) counts
 * too: any reference to a class, method or field of {@code com.fasterxml} leaves its name in the
 * class file's constant pool.
 */
class JacksonConfinementTest {
  /** The packages allowed to refer to Jackson, as class-file paths. */
  private static final List<String> EDGE = List.of("io/parley/live/codec/", "io/parley/server/");

  private static final String JACKSON = "com/fasterxml/";

  @Test
  void onlyTheCodecAndTheHttpAdapter_referToJackson() throws IOException {
    Path classes = mainClasses();
    List<Path> all;
    try (Stream<Path> files = Files.walk(classes)) {
      all = files.filter(f -> f.toString().endsWith(".class")).toList();
    }
    List<String> core =
        all.stream()
            .map(f -> classes.relativize(f).toString().replace('\\', '/'))
            .filter(name -> EDGE.stream().noneMatch(name::startsWith))
            .toList();
    assertThat(core).as("the live core's classes").hasSizeGreaterThan(80);
    assertThat(core.stream().filter(name -> refersToJackson(classes.resolve(name))).toList())
        .as("classes outside %s that refer to Jackson", EDGE)
        .isEmpty();
    assertThat(refersToJackson(classes.resolve("io/parley/live/codec/EventCodec.class")))
        .as("the check sees a reference where there is one")
        .isTrue();
  }

  private static boolean refersToJackson(Path classFile) {
    try {
      // Constant-pool names are modified UTF-8, which keeps ASCII as it is.
      return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1)
          .contains(JACKSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The directory the server's main classes were compiled to. */
  private static Path mainClasses() {
    try {
      Path root = Path.of(Json.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      assertThat(root.resolve("io/parley/live/LiveNegotiations.class")).exists();
      return root;
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
