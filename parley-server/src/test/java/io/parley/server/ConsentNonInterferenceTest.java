package io.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.server.ApiRoute.Caller;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Non-interference of consent: under "suggestions only" (the default), a mediator cannot tell apart
 * two confidings that yield the same suggested packages. Two servers differing only in what Hamas
 * confided (weights and an unshared reservation) are driven by the same mediator through random
 * sequences of probe drafts, releases and suggestions; after every step every route a mediator can
 * call answers both servers with the same status and the same bytes, the event stream included. The
 * routes are taken from the route table, so a new mediator route fails the test until it is checked
 * here.
 */
class ConsentNonInterferenceTest {
  private static ConsentTwins twins;

  /** Cairo-phased's issues and values, in the scenario's order. */
  static final String[] ISSUES = {
    "hostage-release", "ceasefire", "rafah-operation", "leader-guarantees", "doha-office"
  };

  static final String[][] VALUES = {
    {"none", "humanitarian-first-phase", "phased-all", "all-at-once"},
    {"none", "temporary-pause", "extended-truce", "phased-to-permanent", "permanent-end"},
    {"proceed", "postpone", "forgo"},
    {"none", "us-assurance", "mediator-guarantee"},
    {"remains", "relocated"}
  };

  /** Hamas's scores in the confided bodies: value index to score, per issue. */
  static final double[][] SCORES = {
    {1, 0.7, 0.5, 0}, {0, 0.3, 0.6, 0.8, 1}, {0, 0.5, 1}, {0, 0.5, 1}, {1, 0}
  };

  static final double[] BASE_WEIGHTS = {0.2, 0.35, 0.25, 0.1, 0.1};

  private static synchronized ConsentTwins twins() {
    if (twins == null) {
      twins = new ConsentTwins(20261201L);
    }
    return twins;
  }

  @AfterContainer
  static synchronized void closeTwins() {
    if (twins != null) {
      twins.close();
      twins = null;
    }
  }

  @Property(tries = 25, maxDiscardRatio = 20)
  void suggestionsOnly_givesTheMediatorsTheSameBytes_forConfidingsWithTheSamePackages(
      @ForAll long seed) throws Exception {
    Random random = new Random(seed);
    ConsentTwins t = twins();
    ConsentTwins.Pair n = t.create(TestServer.example("cairo-2024-phased.yaml"));
    String consent = random.nextBoolean() ? "" : ",\"consent\":\"suggestions\"";
    String left = confiding(perturbed(random), reservation(random), consent);
    String right = confiding(perturbed(random), reservation(random), consent);
    if (random.nextBoolean()) {
      // Israel confides the same in both, under any consent: what it allows may show, equally.
      String israel =
          confiding(
              perturbed(random),
              reservation(random),
              ",\"consent\":\""
                  + List.of("suggestions", "utilities", "full").get(random.nextInt(3))
                  + "\"");
      assertCreated(t.post(n.base() + "/preferences", n.israel(), israel));
    }
    assertCreated(
        List.of(
            t.left.http.post(n.base() + "/preferences", n.hamas(), left),
            t.right.http.post(n.base() + "/preferences", n.hamas(), right)));
    List<Http.Reply> suggested = t.post(n.base() + "/suggestions", n.created().token(), "{}");
    Assume.that(
        suggested
            .get(0)
            .json()
            .get("payload")
            .get("packages")
            .equals(suggested.get(1).json().get("payload").get("packages")));
    ConsentTwins.assertSame("POST /suggestions", suggested);
    int versions = 0;
    int steps = 1 + random.nextInt(8);
    compareEveryRoute(t, n, versions);
    for (int step = 0; step < steps; step++) {
      int kind = random.nextInt(10);
      if (kind < 5 || versions == 0) {
        versions++;
        ConsentTwins.assertSame(
            "draft", t.post(n.base() + "/texts", n.created().token(), draft(random, versions)));
      } else if (kind < 8) {
        int v = 1 + random.nextInt(versions);
        String to = random.nextBoolean() ? "[\"hamas\"]" : "[\"hamas\",\"israel\"]";
        ConsentTwins.assertSame(
            "release",
            t.post(
                n.base() + "/texts/" + v + "/release",
                n.created().token(),
                "{\"to\":" + to + ",\"clientId\":\"r" + step + "\"}"));
      } else if (kind < 9) {
        ConsentTwins.assertSame(
            "suggest again",
            t.post(
                n.base() + "/suggestions",
                n.created().token(),
                "{\"clientId\":\"s" + step + "\"}"));
      } else {
        versions = probe(t, n, versions);
      }
      compareEveryRoute(t, n, versions);
    }
    compareStreams(t, n);
  }

  /**
   * The reconstruction attack of issue 15: six probe drafts (a base and one change of each issue)
   * read through the chart rebuild a party's confided weights under "utilities" — and under
   * "suggestions only" they rebuild the scenario's weights for both confidings alike, so neither
   * the weights nor the unshared reservation can be recovered.
   */
  @Property(tries = 1)
  void sixProbeDrafts_recoverTheWeightsUnderUtilities_andNothingUnderSuggestionsOnly()
      throws Exception {
    double[] confided = {0.3, 0.3, 0.2, 0.1, 0.1};
    ConsentTwins t = twins();

    ConsentTwins.Pair withUtilities = t.create(TestServer.example("cairo-2024-phased.yaml"));
    assertCreated(
        t.post(
            withUtilities.base() + "/preferences",
            withUtilities.hamas(),
            confiding(confided, 0.4137, ",\"consent\":\"utilities\"")));
    probe(t, withUtilities, 0);
    double[] recovered = reconstruct(t.left, withUtilities);
    for (int i = 0; i < ISSUES.length; i++) {
      assertThat(recovered[i])
          .as("under consent 'utilities' the chart's utilities reveal weight " + ISSUES[i])
          .isCloseTo(confided[i], org.assertj.core.data.Offset.offset(1e-9));
    }
    String space =
        t.left
            .http
            .get(withUtilities.base() + "/utility-space", withUtilities.created().token())
            .text();
    assertThat(space)
        .as("the reservation is not shared under 'utilities'")
        .doesNotContain("0.4137");

    ConsentTwins.Pair suggestionsOnly = t.create(TestServer.example("cairo-2024-phased.yaml"));
    List<Http.Reply> confidings =
        List.of(
            t.left.http.post(
                suggestionsOnly.base() + "/preferences",
                suggestionsOnly.hamas(),
                confiding(confided, 0.4137, "")),
            t.right.http.post(
                suggestionsOnly.base() + "/preferences",
                suggestionsOnly.hamas(),
                confiding(new double[] {0.2, 0.4, 0.2, 0.1, 0.1}, 0.0913, "")));
    assertCreated(confidings);
    probe(t, suggestionsOnly, 0);
    compareEveryRoute(t, suggestionsOnly, 6);
    double[] left = reconstruct(t.left, suggestionsOnly);
    double[] right = reconstruct(t.right, suggestionsOnly);
    assertThat(right).isEqualTo(left);
    assertThat(left[0])
        .as("what the chart shows is not the confided weight")
        .isNotCloseTo(confided[0], org.assertj.core.data.Offset.offset(1e-3));
    for (TestServer server : t.both()) {
      assertThat(
              server
                  .http
                  .get(suggestionsOnly.base() + "/utility-space", suggestionsOnly.created().token())
                  .json()
                  .get("basis")
                  .get("hamas")
                  .asText())
          .isEqualTo("withheld");
    }
  }

  /**
   * Weights rebuilt from the chart's utilities of versions 1 to 6 drafted by {@link #probe}: weight
   * i is the change of utility between the base and the draft changing issue i, divided by the
   * change of score the test knows.
   */
  private static double[] reconstruct(TestServer server, ConsentTwins.Pair n) {
    JsonNode texts =
        server.http.get(n.base() + "/utility-space", n.created().token()).json().get("texts");
    double base = texts.get(0).get("utilities").get("hamas").asDouble();
    double[] weights = new double[ISSUES.length];
    for (int i = 0; i < ISSUES.length; i++) {
      double probed = texts.get(i + 1).get("utilities").get("hamas").asDouble();
      weights[i] = (probed - base) / (SCORES[i][1] - SCORES[i][0]);
    }
    return weights;
  }

  /** Drafts the six probes: every issue at its first value, then each issue moved to its second. */
  private static int probe(ConsentTwins t, ConsentTwins.Pair n, int versions) {
    int[] base = new int[ISSUES.length];
    versions++;
    ConsentTwins.assertSame(
        "probe base", t.post(n.base() + "/texts", n.created().token(), text(base, versions)));
    for (int i = 0; i < ISSUES.length; i++) {
      int[] probe = base.clone();
      probe[i] = 1;
      versions++;
      ConsentTwins.assertSame(
          "probe " + ISSUES[i],
          t.post(n.base() + "/texts", n.created().token(), text(probe, versions)));
    }
    return versions;
  }

  /**
   * Every GET route of the table a mediator may call, on both servers: the view, the events (all,
   * and after a point), the utility space, every diff, the agreement.
   */
  private static void compareEveryRoute(ConsentTwins t, ConsentTwins.Pair n, int versions) {
    String token = n.created().token();
    Set<String> checked = new LinkedHashSet<>();
    ConsentTwins.assertSame("view", t.get(n.base(), token));
    checked.add(ApiRoutes.N);
    ConsentTwins.assertSame("events", t.get(n.base() + "/events", token));
    ConsentTwins.assertSame("events after 3", t.get(n.base() + "/events?after=3", token));
    checked.add(ApiRoutes.N + "/events");
    ConsentTwins.assertSame("utility space", t.get(n.base() + "/utility-space", token));
    checked.add(ApiRoutes.N + "/utility-space");
    for (int v = 1; v <= Math.max(1, versions); v++) {
      ConsentTwins.assertSame("diff " + v, t.get(n.base() + "/texts/" + v + "/diff", token));
      ConsentTwins.assertSame(
          "diff " + v + " from 1", t.get(n.base() + "/texts/" + v + "/diff?from=1", token));
    }
    checked.add(ApiRoutes.N + "/texts/{v}/diff");
    ConsentTwins.assertSame("agreement", t.get(n.base() + "/agreement", token));
    checked.add(ApiRoutes.N + "/agreement");
    // The mediator's day (issue 16): the timeline, the response grid, the agreement's PDF.
    ConsentTwins.assertSame("timeline", t.get(n.base() + "/timeline", token));
    checked.add(ApiRoutes.N + "/timeline");
    ConsentTwins.assertSame("answers", t.get(n.base() + "/answers", token));
    checked.add(ApiRoutes.N + "/answers");
    ConsentTwins.assertSame("agreement pdf", t.get(n.base() + "/agreement.pdf", token));
    checked.add(ApiRoutes.N + "/agreement.pdf");
    checked.add(ApiRoutes.N + "/stream"); // compareStreams
    Set<String> table = new LinkedHashSet<>();
    for (ApiRoute route : ApiRoutes.ALL) {
      boolean mediator = route.caller() == Caller.MEDIATOR || route.caller() == Caller.PARTICIPANT;
      if (route.method().equals("GET") && mediator) {
        table.add(route.path());
      }
    }
    assertThat(checked).as("every GET route a mediator may call is compared").isEqualTo(table);
  }

  /** The mediator's event stream from the start, frame by frame, on both servers. */
  private static void compareStreams(ConsentTwins t, ConsentTwins.Pair n) throws Exception {
    int count = t.left.http.get(n.base() + "/events", n.created().token()).json().size();
    List<List<StreamReader.Frame>> frames = new ArrayList<>();
    for (TestServer server : t.both()) {
      try (StreamReader stream =
          new StreamReader(
              server.http.client(),
              server.http.base() + n.base() + "/stream",
              n.created().token(),
              "0")) {
        frames.add(stream.take(count));
      }
    }
    assertThat(frames.get(1)).as("the event streams").isEqualTo(frames.get(0));
  }

  private static void assertCreated(List<Http.Reply> replies) {
    for (Http.Reply reply : replies) {
      assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    }
  }

  private static double[] perturbed(Random random) {
    double[] weights = new double[BASE_WEIGHTS.length];
    double sum = 0;
    for (int i = 0; i < weights.length - 1; i++) {
      weights[i] = Math.round((BASE_WEIGHTS[i] + (random.nextDouble() - 0.5) * 0.06) * 1e4) / 1e4;
      sum += weights[i];
    }
    weights[weights.length - 1] = Math.round((1 - sum) * 1e4) / 1e4;
    return weights;
  }

  private static double reservation(Random random) {
    return Math.round(random.nextDouble() * 0.4 * 1e4) / 1e4;
  }

  /** A confiding body for Hamas with these weights and reservation, and {@code extra} fields. */
  static String confiding(double[] weights, double reservation, String extra) {
    StringBuilder body = new StringBuilder("{\"weights\":{");
    for (int i = 0; i < ISSUES.length; i++) {
      body.append(i == 0 ? "" : ",").append('"').append(ISSUES[i]).append("\":").append(weights[i]);
    }
    body.append("},\"scores\":{");
    for (int i = 0; i < ISSUES.length; i++) {
      body.append(i == 0 ? "" : ",").append('"').append(ISSUES[i]).append("\":{");
      for (int k = 0; k < VALUES[i].length; k++) {
        body.append(k == 0 ? "" : ",")
            .append('"')
            .append(VALUES[i][k])
            .append("\":")
            .append(SCORES[i][k]);
      }
      body.append('}');
    }
    return body.append("},\"reservation\":")
        .append(reservation)
        .append(extra)
        .append('}')
        .toString();
  }

  private static String draft(Random random, int version) {
    int[] values = new int[ISSUES.length];
    for (int i = 0; i < ISSUES.length; i++) {
      values[i] = random.nextInt(VALUES[i].length);
    }
    return text(values, version);
  }

  private static String text(int[] values, int version) {
    StringBuilder outcome = new StringBuilder("{\"outcome\":{");
    for (int i = 0; i < ISSUES.length; i++) {
      outcome
          .append(i == 0 ? "" : ",")
          .append('"')
          .append(ISSUES[i])
          .append("\":\"")
          .append(VALUES[i][values[i]])
          .append('"');
    }
    return outcome.append("},\"clientId\":\"d").append(version).append("\"}").toString();
  }
}
