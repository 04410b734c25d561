package io.parley.tournament;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small scenarios and configs written into a test's folder. */
public final class Fixtures {
  private Fixtures() {}

  /** A two-party scenario of 45 outcomes. */
  public static final String BILATERAL =
      """
      name: bilateral
      parties:
        - {id: buyer, role: party}
        - {id: seller, role: party}
        - {id: broker, role: mediator}
      issues:
        - {id: price, values: [low, mid, high, higher, highest]}
        - {id: units, range: {min: 0, max: 8, step: 1}}
      preferences:
        buyer:
          weights: {price: 0.7, units: 0.3}
          values:
            price: {low: 1.0, mid: 0.75, high: 0.5, higher: 0.25, highest: 0.0}
            units: {from: 0.0, to: 1.0}
          reservation: 0.3
        seller:
          weights: {price: 0.6, units: 0.4}
          values:
            price: {low: 0.0, mid: 0.25, high: 0.5, higher: 0.75, highest: 1.0}
            units: {from: 1.0, to: 0.0}
          reservation: 0.2
      """;

  /** A three-party scenario of 27 outcomes without a mediator. */
  public static final String TRILATERAL =
      """
      name: trilateral
      parties:
        - {id: a, role: party}
        - {id: b, role: party}
        - {id: c, role: party}
      issues:
        - {id: x, values: [one, two, three]}
        - {id: y, values: [one, two, three]}
        - {id: z, values: [one, two, three]}
      preferences:
        a:
          weights: {x: 0.6, y: 0.2, z: 0.2}
          values:
            x: {one: 1.0, two: 0.5, three: 0.0}
            y: {one: 0.0, two: 0.5, three: 1.0}
            z: {one: 0.5, two: 1.0, three: 0.0}
        b:
          weights: {x: 0.2, y: 0.6, z: 0.2}
          values:
            x: {one: 0.0, two: 0.5, three: 1.0}
            y: {one: 1.0, two: 0.5, three: 0.0}
            z: {one: 0.0, two: 0.5, three: 1.0}
        c:
          weights: {x: 0.2, y: 0.2, z: 0.6}
          values:
            x: {one: 0.5, two: 1.0, three: 0.0}
            y: {one: 0.0, two: 1.0, three: 0.5}
            z: {one: 1.0, two: 0.5, three: 0.0}
      """;

  /** Writes {@code text} to {@code folder/name} and returns the path. */
  public static Path write(Path folder, String name, String text) {
    try {
      Path file = folder.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes both scenarios under {@code folder/scenarios} and a config naming them. */
  public static Path tournament(Path folder, String extra) {
    write(folder, "scenarios/bilateral.yaml", BILATERAL);
    write(folder, "scenarios/trilateral.yaml", TRILATERAL);
    return write(
        folder,
        "t.yaml",
        """
        name: test
        scenarios:
          - scenarios/*.yaml
        competitors: [boulware, conceder, random, tit-for-tat]
        seed: 11
        """
            + extra);
  }
}
