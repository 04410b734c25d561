package io.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.live.codec.Json;
import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Issue;
import io.parley.outcome.OutcomeSpace;
import io.parley.scenario.Role;
import io.parley.scenario.Scenario;
import io.parley.scenario.ScenarioReader;
import io.parley.store.StoredEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Visibility as a security property. A seeded random session makes random moves (drafts, releases,
 * answers, messages, confided preferences, suggestions, re-invitations, robot seats), each private
 * text marked with a unique canary; then every participant's token tries every read — the room
 * view, the event list, the stream, the agreement, every difference between texts — and the answers
 * must hold no canary the participant may not know, no token or token hash, no other party's
 * answers, confided preferences or unreleased drafts. Each confided reservation is a distinctive
 * number: the mediators read it (in the utility space) exactly while the party's latest confidence
 * consents to it, and no other participant ever does. Revoked and wrong tokens get 401; one
 * negotiation's tokens get 403 from another.
 */
class SecurityPropertyTest {
  private final TestServer t = new TestServer();

  @AfterEach
  void stop() {
    t.close();
  }

  /** What the test knows each participant may see. */
  private static final class Model {
    final Map<String, String> tokens = new LinkedHashMap<>();
    final List<String> revoked = new ArrayList<>();
    final Map<String, Role> roles = new LinkedHashMap<>();
    final Set<String> canaries = new LinkedHashSet<>();
    final Map<String, Set<String>> allowed = new LinkedHashMap<>();
    final Map<Integer, String> notes = new LinkedHashMap<>();
    final Map<Integer, Set<String>> releasedTo = new LinkedHashMap<>();
    final Map<Long, String> partyMessages = new LinkedHashMap<>();
    final List<Long> suggestions = new ArrayList<>();
    final Set<String> robots = new LinkedHashSet<>();
    final Map<String, Set<String>> reservations = new LinkedHashMap<>();
    final Map<String, String> sharedReservations = new LinkedHashMap<>();
    int counter;
    int reservationCounter;

    /** A reservation no other number in any answer is likely to equal: 0.3173, 0.3174, ... */
    String reservation() {
      return String.format("0.3%03d", 173 + reservationCounter++);
    }

    void confided(String party, String reservation, boolean shared) {
      reservations.computeIfAbsent(party, p -> new LinkedHashSet<>()).add(reservation);
      if (shared) {
        sharedReservations.put(party, reservation);
      } else {
        sharedReservations.remove(party);
      }
    }

    String canary(String kind) {
      String canary = String.format("K%05d%sK", ++counter, kind);
      canaries.add(canary);
      return canary;
    }

    void allow(String participant, String canary) {
      allowed.computeIfAbsent(participant, p -> new LinkedHashSet<>()).add(canary);
    }

    void allowMediators(String canary) {
      roles.forEach(
          (id, role) -> {
            if (role == Role.MEDIATOR) {
              allow(id, canary);
            }
          });
    }

    List<String> parties() {
      return roles.entrySet().stream()
          .filter(e -> e.getValue() == Role.PARTY)
          .map(Map.Entry::getKey)
          .toList();
    }
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @CsvSource({
    "1, cairo-2024-phased.yaml",
    "2, supplier.yaml",
    "3, cairo-2024.yaml",
    "4, cairo-2024-phased.yaml",
    "5, supplier.yaml",
    "6, job-offer.yaml"
  })
  void noParticipantEverReadsWhatItMayNot(long seed, String example) throws Exception {
    Random random = new Random(seed);
    String text = TestServer.example(example);
    Scenario scenario = ScenarioReader.parse(example, text, false);
    TestServer.Created n = t.create(text, seed);
    TestServer.Created other = t.create(text, seed + 100);
    Model model = new Model();
    model.tokens.put(n.mediator(), n.token());
    for (var party : scenario.parties()) {
      model.roles.put(party.id(), party.role());
    }
    model.roles.putIfAbsent(n.mediator(), Role.MEDIATOR);
    for (String participant : model.roles.keySet()) {
      if (!participant.equals(n.mediator())) {
        model.tokens.put(participant, t.invite(n, participant));
      }
    }
    for (int step = 0; step < 70; step++) {
      randomMove(random, n, model, scenario.space());
    }
    t.awaitRobots();

    for (var entry : model.tokens.entrySet()) {
      String participant = entry.getKey();
      String token = entry.getValue();
      String everything = readEverything(n, token, participant, model);
      Set<String> allowed = model.allowed.getOrDefault(participant, Set.of());
      for (String canary : model.canaries) {
        if (!allowed.contains(canary)) {
          assertThat(everything)
              .as(participant + " must not read " + canary)
              .doesNotContain(canary);
        }
      }
      // The scenario's preferences are the server's alone. A robot seat explains its amendments
      // with its own red lines, as a person might, and only to the mediators and itself.
      for (var owner : scenario.preferences().keySet()) {
        boolean spoken =
            model.robots.contains(owner)
                && (owner.equals(participant) || model.roles.get(participant) == Role.MEDIATOR);
        if (!spoken) {
          for (String secret : secretsOf(scenario, owner)) {
            assertThat(everything)
                .as(participant + " read " + owner + "'s red line in the scenario")
                .doesNotContain(secret);
          }
        }
      }
      checkReservations(everything, participant, model);
      for (String someToken : model.tokens.values()) {
        assertThat(everything).doesNotContain(someToken).doesNotContain(sha256(someToken));
      }
      assertThat(everything).doesNotContain("tokenHash");
      if (model.roles.get(participant) == Role.MEDIATOR) {
        assertThat(everything).doesNotContain("\"sealed\"");
        // The mediators read every answer's and message's canary: the filter is not vacuous.
        for (String canary : allowed) {
          assertThat(everything).contains(canary);
        }
      } else {
        checkPartyEvents(n, token, participant);
      }
      assertThat(status(other, token)).isEqualTo(403);
      assertThat(
              t.http
                  .post("/api/negotiations/" + other.id() + "/messages", token, "{\"text\":\"x\"}")
                  .status())
          .isEqualTo(403);
    }
    for (String token : model.revoked) {
      assertThat(status(n, token)).isEqualTo(401);
      assertThat(t.http.get("/api/negotiations/" + n.id() + "/events", token).status())
          .isEqualTo(401);
    }
    assertThat(status(n, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).isEqualTo(401);
    assertThat(status(n, null)).isEqualTo(401);
    assertThat(t.store.verify(n.id()).intact()).isTrue();
  }

  /**
   * A confided reservation is read by its party, and by the mediators exactly while it is the
   * party's latest and shared; by no one else.
   */
  private static void checkReservations(String everything, String participant, Model model) {
    boolean mediator = model.roles.get(participant) == Role.MEDIATOR;
    for (var entry : model.reservations.entrySet()) {
      String party = entry.getKey();
      if (party.equals(participant)) {
        continue;
      }
      for (String reservation : entry.getValue()) {
        boolean shown =
            Pattern.compile("(?<![0-9.])" + Pattern.quote(reservation) + "(?![0-9])")
                .matcher(everything)
                .find();
        if (mediator && reservation.equals(model.sharedReservations.get(party))) {
          assertThat(shown)
              .as(participant + " reads " + party + "'s shared " + reservation)
              .isTrue();
        } else {
          assertThat(shown)
              .as(participant + " must not read " + party + "'s reservation " + reservation)
              .isFalse();
        }
      }
    }
  }

  private int status(TestServer.Created n, String token) {
    return t.http.get("/api/negotiations/" + n.id(), token).status();
  }

  /** Every read endpoint's answer for one token, concatenated. */
  private String readEverything(TestServer.Created n, String token, String participant, Model model)
      throws Exception {
    StringBuilder all = new StringBuilder();
    String base = "/api/negotiations/" + n.id();
    Http.Reply view = t.http.get(base, token);
    assertThat(view.status()).isEqualTo(200);
    all.append(view.text());
    Http.Reply events = t.http.get(base + "/events?after=0", token);
    assertThat(events.status()).isEqualTo(200);
    all.append(events.text());
    all.append(t.http.get(base + "/agreement", token).text());
    Http.Reply space = t.http.get(base + "/utility-space", token);
    assertThat(space.status())
        .as(participant + " reads the utility space")
        .isEqualTo(model.roles.get(participant) == Role.MEDIATOR ? 200 : 403);
    all.append(space.text());
    // The mediator's day (issue 16): the timeline, the response grid, the agreement's PDF text.
    all.append(t.http.get(base + "/timeline", token).text());
    Http.Reply answers = t.http.get(base + "/answers", token);
    assertThat(answers.status())
        .as(participant + " reads the response grid")
        .isEqualTo(model.roles.get(participant) == Role.MEDIATOR ? 200 : 403);
    all.append(answers.text());
    int versions = model.notes.size();
    for (int v = 1; v <= versions; v++) {
      for (int u = 1; u <= versions; u++) {
        all.append(t.http.get(base + "/texts/" + v + "/diff?from=" + u, token).text());
      }
    }
    int count = events.json().size();
    try (StreamReader stream =
        new StreamReader(t.http.client(), t.http.base() + base + "/stream", token, null)) {
      assertThat(stream.status()).isEqualTo(200);
      List<StreamReader.Frame> frames = stream.take(count);
      for (int i = 0; i < count; i++) {
        assertThat(Json.MAPPER.readTree(frames.get(i).data()))
            .as(participant + "'s stream matches its event list")
            .isEqualTo(events.json().get(i));
        all.append(frames.get(i).data());
      }
    }
    return all.toString();
  }

  /** A party's events: only its own answers, confidences and seat; no drafts or suggestions. */
  private void checkPartyEvents(TestServer.Created n, String token, String party) {
    JsonNode events = t.http.get("/api/negotiations/" + n.id() + "/events", token).json();
    for (JsonNode event : events) {
      String type = event.get("type").asText();
      String actor = event.get("actor").asText();
      JsonNode payload = event.get("payload");
      assertThat(type)
          .as(party + " sees " + event)
          .isNotIn("text-drafted", "suggestion-made", "participant-invited", "invitation-revoked");
      if (type.equals("response-submitted") || type.equals("preferences-confided")) {
        assertThat(actor).as(party + " sees " + event).isEqualTo(party);
      }
      if (type.equals("seat-assigned")) {
        assertThat(payload.get("participant").asText()).isEqualTo(party);
      }
      if (payload.has("to")) {
        assertThat(payload.get("to").toString())
            .isEqualTo(actor.equals(party) ? "[\"mediator\"]" : "[\"" + party + "\"]");
      }
      if (payload.has("sealed")) {
        assertThat(type).isEqualTo("preferences-confided");
        assertThat(actor).isEqualTo(party);
      }
    }
    JsonNode view = t.http.get("/api/negotiations/" + n.id(), token).json();
    for (JsonNode response : view.get("responses")) {
      assertThat(response.get("party").asText()).isEqualTo(party);
    }
  }

  /**
   * A move of the mediator's day (issue 16): a private note (for the mediators alone, never a party
   * or a guarantor), a paraphrase (for the mediators and its addressees), or an outside event (for
   * everyone).
   */
  private void dayMove(Random random, String base, String mediatorToken, Model model) {
    int kind = random.nextInt(3);
    if (kind == 0) {
      String note = model.canary("private");
      Http.Reply reply = t.http.post(base + "/notes", mediatorToken, "{\"text\":\"" + note + "\"}");
      if (reply.status() == 201) {
        model.allowMediators(note);
      }
    } else if (kind == 1 && !model.partyMessages.isEmpty()) {
      List<Long> seqs = new ArrayList<>(model.partyMessages.keySet());
      long seq = seqs.get(random.nextInt(seqs.size()));
      String text = model.canary("para");
      List<String> to = subset(random, model.parties());
      Http.Reply reply =
          t.http.post(
              base + "/messages/" + seq + "/paraphrase",
              mediatorToken,
              "{\"to\":" + array(to) + ",\"text\":\"" + text + "\"}");
      if (reply.status() == 201) {
        model.allowMediators(text);
        to.forEach(p -> model.allow(p, text));
      }
    } else {
      String text = model.canary("outside");
      Http.Reply reply =
          t.http.post(base + "/outside-events", mediatorToken, "{\"text\":\"" + text + "\"}");
      if (reply.status() == 201) {
        model.roles.keySet().forEach(p -> model.allow(p, text));
      }
    }
  }

  private void randomMove(Random random, TestServer.Created n, Model model, OutcomeSpace space) {
    List<String> parties = model.parties();
    String mediator = n.mediator();
    String mediatorToken = model.tokens.get(mediator);
    String party = parties.get(random.nextInt(parties.size()));
    String partyToken = model.tokens.get(party);
    String base = "/api/negotiations/" + n.id();
    if (random.nextInt(8) == 0) {
      dayMove(random, base, mediatorToken, model);
      return;
    }
    int move = random.nextInt(100);
    if (move < 14) {
      String note = model.canary("note");
      Http.Reply reply =
          t.http.post(
              base + "/texts",
              mediatorToken,
              "{\"outcome\":" + randomOutcome(random, space) + ",\"note\":\"" + note + "\"}");
      if (reply.status() == 201) {
        int version = reply.json().get("payload").get("version").asInt();
        model.notes.put(version, note);
        model.releasedTo.put(version, new LinkedHashSet<>());
        model.allowMediators(note);
      }
    } else if (move < 30 && !model.notes.isEmpty()) {
      int version = 1 + random.nextInt(model.notes.size());
      List<String> to = subset(random, parties);
      Http.Reply reply =
          t.http.post(
              base + "/texts/" + version + "/release", mediatorToken, "{\"to\":" + array(to) + "}");
      if (reply.status() == 201) {
        for (String p : to) {
          model.releasedTo.get(version).add(p);
          model.allow(p, model.notes.get(version));
        }
      }
    } else if (move < 48) {
      String reason = model.canary("why" + party.length());
      JsonNode view = t.view(n, partyToken);
      int version = view.get("texts").size() == 0 ? 1 + random.nextInt(3) : lastVersion(view);
      String verdict = List.of("accept", "reject", "amend").get(random.nextInt(3));
      String body;
      if (verdict.equals("amend")) {
        int issue = random.nextInt(space.issueCount());
        Issue chosen = space.issue(issue);
        body =
            "{\"version\":"
                + version
                + ",\"verdict\":\"amend\",\"amendments\":[{\"issue\":\""
                + chosen.id()
                + "\",\"value\":"
                + valueJson(chosen, random.nextInt(chosen.size()))
                + ",\"reason\":\""
                + reason
                + "\"}]}";
      } else {
        body =
            "{\"version\":"
                + version
                + ",\"verdict\":\""
                + verdict
                + "\",\"reason\":\""
                + reason
                + "\"}";
      }
      Http.Reply reply = t.http.post(base + "/responses", partyToken, body);
      if (reply.status() == 201) {
        model.allow(party, reason);
        model.allowMediators(reason);
      } else {
        model.canaries.remove(reason);
      }
    } else if (move < 58) {
      String text = model.canary("msg");
      Http.Reply reply = t.http.post(base + "/messages", partyToken, "{\"text\":\"" + text + "\"}");
      if (reply.status() == 201) {
        model.allow(party, text);
        model.allowMediators(text);
        model.partyMessages.put(reply.json().get("seq").asLong(), text);
      }
    } else if (move < 64 && !model.partyMessages.isEmpty()) {
      List<Long> seqs = new ArrayList<>(model.partyMessages.keySet());
      long seq = seqs.get(random.nextInt(seqs.size()));
      List<String> to = subset(random, parties);
      Http.Reply reply =
          t.http.post(
              base + "/messages/" + seq + "/release", mediatorToken, "{\"to\":" + array(to) + "}");
      if (reply.status() == 201) {
        to.forEach(p -> model.allow(p, model.partyMessages.get(seq)));
      }
    } else if (move < 70) {
      String text = model.canary("tell");
      List<String> to = subset(random, parties);
      Http.Reply reply =
          t.http.post(
              base + "/messages",
              mediatorToken,
              "{\"to\":" + array(to) + ",\"text\":\"" + text + "\"}");
      if (reply.status() == 201) {
        model.allowMediators(text);
        to.forEach(p -> model.allow(p, text));
      }
    } else if (move < 78) {
      String label = model.canary("line");
      String reservation = model.reservation();
      boolean share = random.nextBoolean();
      Http.Reply reply =
          t.http.post(
              base + "/preferences",
              partyToken,
              randomPreferences(random, space, label, reservation, share));
      assertThat(reply.status()).as(reply.text()).isIn(201, 409);
      if (reply.status() == 201) {
        model.allow(party, label);
        model.confided(party, reservation, share);
      }
    } else if (move < 84) {
      Http.Reply reply = t.http.post(base + "/suggestions", mediatorToken, "{}");
      if (reply.status() == 201) {
        model.suggestions.add(reply.json().get("seq").asLong());
      }
    } else if (move < 88 && !model.suggestions.isEmpty()) {
      long seq = model.suggestions.get(random.nextInt(model.suggestions.size()));
      String name = List.of("nash", "kalai-smorodinsky", "egalitarian").get(random.nextInt(3));
      t.http.post(
          base + "/suggestions/" + seq + "/release",
          mediatorToken,
          "{\"to\":" + array(subset(random, parties)) + ",\"package\":\"" + name + "\"}");
    } else if (move < 93) {
      String old = model.tokens.get(party);
      Http.Reply reply =
          t.http.post(base + "/invitations", mediatorToken, "{\"participant\":\"" + party + "\"}");
      if (reply.status() == 409) {
        // Once the negotiation has ended, no one is invited (the old token stays valid).
        assertThat(t.http.get(base, mediatorToken).json().path("status").asText())
            .isNotEqualTo("open");
        assertThat(reply.json().path("detail").asText()).contains("has ended");
      } else {
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        model.revoked.add(old);
        model.tokens.put(party, reply.json().get("token").asText());
      }
    } else if (move < 95) {
      String strategy =
          List.of("boulware", "conceder", "tit-for-tat", "random").get(random.nextInt(4));
      Http.Reply reply =
          t.http.post(
              base + "/seats",
              mediatorToken,
              "{\"participant\":\"" + party + "\",\"strategy\":\"" + strategy + "\"}");
      if (reply.status() == 201) {
        model.robots.add(party);
      }
    } else {
      t.awaitRobots();
      List<StoredEvent> before = t.log(n);
      Http.Reply reply =
          t.http.post(
              base + "/texts", partyToken, "{\"outcome\":" + randomOutcome(random, space) + "}");
      assertThat(reply.status()).isEqualTo(403);
      assertThat(t.log(n)).isEqualTo(before);
    }
  }

  private static int lastVersion(JsonNode view) {
    ArrayNode texts = (ArrayNode) view.get("texts");
    return texts.get(texts.size() - 1).get("version").asInt();
  }

  private static List<String> subset(Random random, List<String> items) {
    List<String> chosen = new ArrayList<>();
    for (String item : items) {
      if (random.nextBoolean()) {
        chosen.add(item);
      }
    }
    if (chosen.isEmpty()) {
      chosen.add(items.get(random.nextInt(items.size())));
    }
    return chosen;
  }

  private static String array(List<String> items) {
    ArrayNode array = Json.MAPPER.createArrayNode();
    items.forEach(array::add);
    return array.toString();
  }

  private static String randomOutcome(Random random, OutcomeSpace space) {
    ObjectNode outcome = Json.MAPPER.createObjectNode();
    for (Issue issue : space.issues()) {
      outcome.set(issue.id(), Json.MAPPER.valueToTree(value(issue, random.nextInt(issue.size()))));
    }
    return outcome.toString();
  }

  private static Object value(Issue issue, int index) {
    return issue.valueAt(index);
  }

  private static String valueJson(Issue issue, int index) {
    return Json.MAPPER.valueToTree(value(issue, index)).toString();
  }

  /**
   * Valid preferences: all weight on one issue, random scores, the given reservation (shared with
   * the mediators' chart or not), one red line labelled.
   */
  private static String randomPreferences(
      Random random, OutcomeSpace space, String label, String reservation, boolean share) {
    ObjectNode body = Json.MAPPER.createObjectNode();
    ObjectNode weights = body.putObject("weights");
    ObjectNode scores = body.putObject("scores");
    int heavy = random.nextInt(space.issueCount());
    for (int i = 0; i < space.issueCount(); i++) {
      Issue issue = space.issue(i);
      weights.put(issue.id(), i == heavy ? 1.0 : 0.0);
      if (issue instanceof DiscreteIssue discrete) {
        ObjectNode table = scores.putObject(issue.id());
        discrete.labels().forEach(l -> table.put(l, random.nextInt(11) / 10.0));
      } else {
        scores.putObject(issue.id()).put("from", random.nextInt(11) / 10.0).put("to", 1.0);
      }
    }
    body.put("reservation", Double.parseDouble(reservation));
    body.put("shareReservation", share);
    Issue lined = space.issue(random.nextInt(space.issueCount()));
    ObjectNode forbid = body.putArray("redLines").addObject();
    ArrayNode values = forbid.putObject("forbid").putArray(lined.id());
    Object value = value(lined, random.nextInt(lined.size()));
    if (lined instanceof IntegerIssue) {
      values.add((Long) value);
    } else {
      values.add((String) value);
    }
    forbid.put("label", label);
    return body.toString();
  }

  /** Words of the scenario no participant may read: a party's red lines' labels. */
  private static Set<String> secretsOf(Scenario scenario, String party) {
    Set<String> secrets = new LinkedHashSet<>();
    for (var redLine : scenario.preferences().get(party).redLines()) {
      if (!redLine.label().isBlank()) {
        secrets.add(redLine.label());
      }
    }
    return secrets;
  }

  private static String sha256(String token) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
  }
}
