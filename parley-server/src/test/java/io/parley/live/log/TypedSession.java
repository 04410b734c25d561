package io.parley.live.log;

import io.parley.live.LiveNegotiations;
import io.parley.live.consent.Confiding;
import io.parley.live.consent.Consent;
import io.parley.live.rooms.SeenEvent;
import io.parley.live.rooms.Viewer;
import io.parley.live.rules.Command;
import io.parley.live.rules.InvitationRequest;
import io.parley.live.rules.Move;
import io.parley.live.rules.MoveRequest;
import io.parley.outcome.Issue;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.Preferences;
import io.parley.store.MemoryEventStore;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;

/**
 * One live negotiation on a memory store, driven through {@link LiveNegotiations} with typed
 * commands ({@link MoveRequest} with a fixed command): the server's whole path — rules, store, log,
 * fold — without any JSON in the test's hands, so the tests of the suggest and log packages do not
 * depend on how the edge reads a request.
 */
public final class TypedSession implements AutoCloseable {
  /** The organiser's key of every typed session. */
  public static final String KEY = "console-key-for-typed-sessions";

  /** The request fingerprint of moves made without a client id (which no retry can name). */
  static final String NO_FINGERPRINT = "0000000000000000";

  private final MemoryEventStore store;
  private final LiveNegotiations live;
  private final String id;
  private final Viewer lead;

  /**
   * Creates the negotiation of {@code scenarioText} (YAML) on a fresh memory store.
   *
   * @param seed the robots' seed and the seed of ids and tokens
   */
  public TypedSession(String scenarioText, long seed) {
    this(new MemoryEventStore(), scenarioText, seed);
  }

  /** Creates the negotiation of {@code scenarioText} on {@code store}. */
  public TypedSession(MemoryEventStore store, String scenarioText, long seed) {
    this.store = store;
    this.live = new LiveNegotiations(store, KEY, new SplittableRandom(seed));
    LiveNegotiations.Created created = live.create(KEY, scenarioText, OptionalLong.of(seed));
    this.id = created.id();
    this.lead = live.authenticate(id, created.token());
  }

  public LiveNegotiations live() {
    return live;
  }

  public MemoryEventStore store() {
    return store;
  }

  /** The negotiation's id. */
  public String id() {
    return id;
  }

  /** The lead mediator, who created the negotiation. */
  public Viewer lead() {
    return lead;
  }

  /** Invites {@code participant} and returns it, admitted by its fresh token. */
  public Viewer invite(String participant) {
    String token = live.invite(lead, InvitationRequest.of(participant)).token();
    return live.authenticate(id, token);
  }

  /** Makes {@code command} as {@code viewer} without a client id; the server makes one up. */
  public SeenEvent act(Viewer viewer, Move move, Command command) {
    return live.act(
        viewer, new MoveRequest(move, Optional.empty(), NO_FINGERPRINT, (s, v) -> command));
  }

  /** Makes {@code command} as {@code viewer} under client id {@code clientId}. */
  public SeenEvent act(
      Viewer viewer, Move move, String clientId, String fingerprint, Command command) {
    return live.act(
        viewer, new MoveRequest(move, Optional.of(clientId), fingerprint, (s, v) -> command));
  }

  /**
   * {@code party} confides {@code utility} with {@code reservation} and no red lines, under {@code
   * consent}: the body is written from the utility's own weights and scores, so the server reads
   * back preferences equal to {@link #preferences}.
   */
  public SeenEvent confide(
      Viewer party,
      LinearAdditiveUtility utility,
      double reservation,
      Consent consent,
      boolean shareReservation) {
    Confiding confiding =
        new Confiding(
            preferences(utility, reservation),
            consent,
            shareReservation,
            body(utility, reservation, consent, shareReservation));
    return act(party, Move.CONFIDE, new Command.Confide(confiding));
  }

  /** The preferences a confiding of {@code utility} and {@code reservation} states. */
  public static Preferences preferences(LinearAdditiveUtility utility, double reservation) {
    return Preferences.of(utility, reservation);
  }

  /**
   * The confiding body of {@code utility} (which must use discrete issues): {@code {"weights",
   * "scores", "reservation", "consent"}} and {@code "shareReservation": true} when it shares, every
   * number as Java prints it, so that it reads back to the same double.
   */
  public static String body(
      LinearAdditiveUtility utility,
      double reservation,
      Consent consent,
      boolean shareReservation) {
    OutcomeSpace space = utility.space();
    StringBuilder weights = new StringBuilder();
    StringBuilder scores = new StringBuilder();
    for (int i = 0; i < space.issueCount(); i++) {
      Issue issue = space.issue(i);
      String comma = i == 0 ? "" : ",";
      weights.append(comma).append(quote(issue.id())).append(':').append(utility.weight(i));
      scores.append(comma).append(quote(issue.id())).append(":{");
      for (int v = 0; v < issue.size(); v++) {
        scores
            .append(v == 0 ? "" : ",")
            .append(quote(issue.labelAt(v)))
            .append(':')
            .append(utility.score(i, v));
      }
      scores.append('}');
    }
    return String.format(
        Locale.ROOT,
        "{\"weights\":{%s},\"scores\":{%s},\"reservation\":%s,\"consent\":\"%s\"%s}",
        weights,
        scores,
        Double.toString(reservation),
        consent.wire(),
        shareReservation ? ",\"shareReservation\":true" : "");
  }

  private static String quote(String text) {
    return '"' + text + '"';
  }

  @Override
  public void close() {
    live.close();
  }
}
