package io.parley.live;

import io.parley.live.codec.EventCodec;
import io.parley.live.consent.MediatorBasis;
import io.parley.live.events.Creation;
import io.parley.live.events.EventDraft;
import io.parley.live.events.Participant;
import io.parley.live.input.PreviewRequest;
import io.parley.live.log.Log;
import io.parley.live.log.LoggedEvent;
import io.parley.live.log.Quarantine;
import io.parley.live.log.Quarantined;
import io.parley.live.log.RequestFingerprint;
import io.parley.live.robots.Autopilot;
import io.parley.live.robots.Robots;
import io.parley.live.rooms.AgreementSheet;
import io.parley.live.rooms.AnswerGrid;
import io.parley.live.rooms.DayTimeline;
import io.parley.live.rooms.Feeds;
import io.parley.live.rooms.SeenEvent;
import io.parley.live.rooms.Subscription;
import io.parley.live.rooms.Viewer;
import io.parley.live.rooms.Visibility;
import io.parley.live.rules.Command;
import io.parley.live.rules.InvitationRequest;
import io.parley.live.rules.Move;
import io.parley.live.rules.MoveRequest;
import io.parley.live.rules.Rulebook;
import io.parley.live.state.Agreement;
import io.parley.live.state.Negotiation;
import io.parley.live.suggest.PreferencesPreview;
import io.parley.live.suggest.UtilitySpace;
import io.parley.live.tokens.TokenIndex;
import io.parley.live.tokens.Tokens;
import io.parley.live.views.AgreementDocument;
import io.parley.live.views.PreferencesPreviewView;
import io.parley.live.views.RoomView;
import io.parley.live.views.TextDiff;
import io.parley.live.views.UtilitySpaceView;
import io.parley.store.EventStore;
import io.parley.store.NewEvent;
import io.parley.store.StoreException;
import io.parley.store.StoredEvent;
import io.parley.store.TamperedLedgerException;
import io.parley.store.TamperedLogException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live mediated negotiations over an {@link EventStore}: the domain behind the HTTP API, free of
 * HTTP. Every durable fact is an event in the negotiation's log; the state is a fold of the log;
 * every read is built from the events {@link Visibility} lets the caller see; every move is checked
 * by the {@link Rulebook} against the state and appended under the negotiation's lock, or refused
 * with a {@link LiveException} and nothing stored. Robot seats move on a background thread ({@link
 * Autopilot}).
 */
public final class LiveNegotiations implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LiveNegotiations.class);
  private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

  private final EventStore store;
  private final String consoleKey;
  private final RandomGenerator secure;
  private final Map<String, Log> logs = new ConcurrentHashMap<>();
  private final TokenIndex tokens = new TokenIndex();
  private final Quarantine quarantine = new Quarantine();
  private final Feeds feeds = new Feeds();
  private final Autopilot autopilot = new Autopilot(this::takeAutomaticSteps);

  /** Each negotiation's robot seats; used only on the autopilot's thread. */
  private final Map<String, Robots> robots = new ConcurrentHashMap<>();

  /** A negotiation just created, with the lead mediator's token (shown once). */
  public record Created(String id, String mediator, String token) {}

  /** An invitation just made, with its token (shown once). */
  public record Invitation(
      String participant, io.parley.scenario.Role role, String token, SeenEvent event) {}

  /**
   * Opens the negotiations {@code store} holds (folding each log, indexing its tokens) and resumes
   * any robot seat that has a move due. Every log is verified as it is read, and the store's ledger
   * of negotiations is checked: a negotiation that fails (or cannot be read or folded) is
   * quarantined, and the others are served.
   *
   * @param consoleKey the organiser's key, needed to create negotiations
   * @param secure a cryptographically strong generator, for tokens, ids and seeds
   */
  public LiveNegotiations(EventStore store, String consoleKey, RandomGenerator secure) {
    this.store = store;
    this.consoleKey = consoleKey;
    this.secure = secure;
    quarantine.add(store.verifyLedger());
    for (String id : store.negotiations()) {
      try {
        tokens.reindex(log(id));
        autopilot.poke(id);
      } catch (LiveException e) {
        if (e.kind() != LiveException.Kind.QUARANTINED) {
          throw e;
        }
        LOG.error("{}", e.getMessage());
      }
    }
    quarantine.ledgerProblems().forEach(problem -> LOG.error("the store's ledger: {}", problem));
  }

  /**
   * Creates a negotiation from a scenario (YAML or JSON text), as the organiser holding the console
   * key; the lead mediator is invited at once.
   *
   * @param seed the robots' seed; the scenario's run seed, else a random one, when absent
   * @throws LiveException UNAUTHORIZED for a wrong key, BAD_INPUT for a scenario that breaks the
   *     format (the message names the line and key), QUARANTINED while the store's ledger of
   *     negotiations fails verification
   */
  public Created create(String presentedKey, String scenarioText, OptionalLong seed) {
    checkConsoleKey(presentedKey);
    String id;
    do {
      byte[] bytes = new byte[8];
      secure.nextBytes(bytes);
      id = "n" + HexFormat.of().formatHex(bytes);
    } while (!store.read(id).isEmpty());
    Creation creation =
        Creation.of(id, scenarioText, seed.orElse(Long.MIN_VALUE), secure.nextLong());
    String token = Tokens.generate(secure);
    Log log = logs.computeIfAbsent(id, Log::new);
    synchronized (log) {
      try {
        append(log, "system/create", Visibility.SYSTEM, creation.event());
      } catch (TamperedLedgerException e) {
        logs.remove(id);
        LOG.error("negotiation refused: {}", e.getMessage());
        throw new LiveException(
            LiveException.Kind.QUARANTINED,
            "the store's ledger of negotiations failed verification: " + e.getMessage());
      }
      append(
          log,
          "system/invite-lead",
          Visibility.SYSTEM,
          Rulebook.check(
              log.state(),
              Viewer.system(id),
              new Command.Invite(creation.lead(), Tokens.hash(token)),
              log.context()));
    }
    tokens.reindex(log);
    return new Created(id, creation.lead(), token);
  }

  /**
   * Throws unless {@code presented} is the console key.
   *
   * @throws LiveException UNAUTHORIZED
   */
  public void checkConsoleKey(String presented) {
    if (presented == null || presented.isBlank()) {
      throw LiveException.unauthorized(
          "missing console key: send Authorization: Bearer <console key>");
    }
    if (!Tokens.same(presented, consoleKey)) {
      throw LiveException.unauthorized("wrong console key");
    }
  }

  /**
   * The participant {@code token} admits to negotiation {@code negotiation}.
   *
   * @throws LiveException UNAUTHORIZED for a missing, unknown or revoked token; FORBIDDEN for the
   *     token of another negotiation
   */
  public Viewer authenticate(String negotiation, String token) {
    Optional<Quarantine.Entry> quarantined = quarantine.find(negotiation);
    if (quarantined.isPresent()) {
      throw LiveException.quarantined(quarantined.get());
    }
    if (token == null || token.isBlank()) {
      throw LiveException.unauthorized("missing token: send Authorization: Bearer <token>");
    }
    TokenIndex.Seat seat =
        tokens
            .find(token)
            .orElseThrow(() -> LiveException.unauthorized("unknown or revoked token"));
    if (!seat.negotiation().equals(negotiation)) {
      throw LiveException.forbidden("this token does not admit you to negotiation " + negotiation);
    }
    if (!Tokens.admits(seat.tokenHash(), token)) {
      throw LiveException.unauthorized("unknown or revoked token");
    }
    Participant participant =
        log(negotiation).state().participant(seat.participant()).orElseThrow();
    return Viewer.person(negotiation, participant.id(), participant.role());
  }

  /**
   * The negotiations quarantined because their logs failed verification, by id, and the problems of
   * the store's ledger that name no negotiation.
   *
   * @throws LiveException UNAUTHORIZED unless {@code presentedKey} is the console key
   */
  public Quarantined quarantined(String presentedKey) {
    checkConsoleKey(presentedKey);
    return new Quarantined(
        quarantine.entries().stream()
            .map(
                entry ->
                    new Quarantined.Negotiation(
                        entry.negotiation(), entry.problem(), entry.event()))
            .toList(),
        List.copyOf(quarantine.ledgerProblems()));
  }

  /** How many negotiations are quarantined (for the health check; names none). */
  public int quarantinedCount() {
    return quarantine.entries().size();
  }

  /**
   * Makes a move (any but an invitation) for {@code viewer}.
   *
   * @param pathParameter the version, sequence number or participant the path names, if any
   * @param body the JSON body; its optional {@code clientId} makes a retry store the move once
   * @return the stored event as the viewer sees it (the earlier one for a repeated client id)
   */
  public SeenEvent act(Viewer viewer, MoveRequest request) {
    Move move = request.move();
    if (move == Move.INVITE) {
      throw new IllegalArgumentException("an invitation is made by invite, which shows its token");
    }
    Rulebook.checkRole(viewer, move);
    String clientId = clientId(request.clientId());
    Log log = log(viewer.negotiation());
    SeenEvent seen;
    synchronized (log) {
      String key = clientKey(viewer, clientId);
      String fingerprint = request.fingerprint();
      Optional<LoggedEvent> earlier = log.byClientId(key);
      if (earlier.isPresent()) {
        if (log.fingerprint(key).filter(f -> !f.equals(fingerprint)).isPresent()) {
          throw LiveException.conflict(
              "clientId '"
                  + clientId
                  + "' was already used for a different request (event "
                  + earlier.get().seq()
                  + "); send the same request to retry it, or a new clientId for a new move");
        }
        return Visibility.see(viewer, earlier.get()).orElseThrow();
      }
      Command command = request.command().read(log.state(), viewer);
      LoggedEvent event =
          append(
              log,
              RequestFingerprint.stored(key, fingerprint),
              viewer.participant(),
              Rulebook.check(log.state(), viewer, command, log.context()));
      seen = Visibility.see(viewer, event).orElseThrow();
      if (move == Move.REVOKE) {
        // Under the log's lock: no request is admitted by the revoked token once the revocation
        // is stored and this returns.
        tokens.reindex(log);
      }
    }
    return seen;
  }

  /**
   * Invites a participant with a fresh token (body {@code {"participant": PID}}); re-inviting
   * revokes the participant's earlier token.
   */
  public Invitation invite(Viewer viewer, InvitationRequest request) {
    Rulebook.checkRole(viewer, Move.INVITE);
    String clientId = clientId(request.clientId());
    String participant = request.participant().get();
    String token = Tokens.generate(secure);
    Log log = log(viewer.negotiation());
    SeenEvent seen;
    synchronized (log) {
      if (log.byClientId(clientKey(viewer, clientId)).isPresent()) {
        throw LiveException.conflict(
            "an invitation with clientId '"
                + clientId
                + "' was already made and its token shown once; invite again with a new clientId"
                + " for a new token");
      }
      LoggedEvent event =
          check(log, viewer, new Command.Invite(participant, Tokens.hash(token)), clientId);
      seen = Visibility.see(viewer, event).orElseThrow();
      tokens.reindex(log);
    }
    return new Invitation(
        participant, log.state().participant(participant).orElseThrow().role(), token, seen);
  }

  /** The viewer's VIEW of its negotiation ({@link RoomView}). */
  public RoomView view(Viewer viewer) {
    Log log = log(viewer.negotiation());
    Log.Snapshot snapshot = log.snapshot(); // load: one committed state, read without the lock
    Negotiation state = visibleState(viewer, snapshot);
    MediatorBasis basis = null;
    if (viewer.isMediator()) { // consent: each party's consent, and full preferences by consent
      basis = log.mediatorBasis(snapshot);
    }
    return RoomView.of(state, viewer, basis);
  }

  /** The events the viewer may see with sequence number above {@code after}, in order. */
  public List<SeenEvent> events(Viewer viewer, long after) {
    return log(viewer.negotiation()).eventsAfter(Math.max(0, after)).stream()
        .map(event -> Visibility.see(viewer, event))
        .flatMap(Optional::stream)
        .toList();
  }

  /**
   * The agreement document.
   *
   * @throws LiveException NOT_FOUND before an agreement is recorded
   */
  public AgreementDocument agreement(Viewer viewer) {
    Negotiation state = visibleState(viewer);
    Agreement recorded =
        state
            .agreement()
            .orElseThrow(() -> LiveException.notFound("no agreement has been recorded"));
    return AgreementDocument.of(state, recorded);
  }

  // The mediator's day (issue 16).

  /**
   * The agreement as a person reads it: the source of the printable page and the PDF.
   *
   * @throws LiveException NOT_FOUND before an agreement is recorded
   */
  public AgreementSheet agreementSheet(Viewer viewer) {
    Negotiation state = visibleState(viewer);
    Agreement recorded =
        state
            .agreement()
            .orElseThrow(() -> LiveException.notFound("no agreement has been recorded"));
    return AgreementSheet.of(state, recorded);
  }

  /** The timeline of every event the viewer may see, timed in the negotiation's time zone. */
  public DayTimeline timeline(Viewer viewer) {
    return DayTimeline.of(visibleState(viewer), events(viewer, 0));
  }

  /**
   * The response grid: each party's latest answer to each version, with its time.
   *
   * @throws LiveException FORBIDDEN for anyone but a mediator
   */
  public AnswerGrid answers(Viewer viewer) {
    if (!viewer.isMediator()) {
      throw LiveException.forbidden("only a mediator may see every party's answers");
    }
    return AnswerGrid.of(visibleState(viewer), events(viewer, 0));
  }

  /**
   * The differences between two text versions the viewer may see: {@code {"from", "to", "changes":
   * [{"issue", "before", "after"}]}}.
   *
   * @param from the earlier version; the latest visible version before {@code version} when empty
   */
  public TextDiff diff(Viewer viewer, int version, OptionalInt from) {
    return TextDiff.between(visibleState(viewer), version, from);
  }

  /**
   * What the preferences a party is editing would make of each text released to it ({@link
   * PreferencesPreview}); nothing is stored.
   *
   * @throws LiveException FORBIDDEN for anyone but a party; BAD_INPUT for preferences a confiding
   *     would refuse
   */
  public PreferencesPreviewView previewPreferences(Viewer viewer, PreviewRequest request) {
    if (viewer.role() != io.parley.scenario.Role.PARTY) {
      throw LiveException.forbidden("only a party may preview its own preferences");
    }
    clientId(request.clientId()); // accepted as on every move, checked the same way
    Negotiation visible = visibleState(viewer);
    return PreferencesPreview.of(
        visible, request.preferences().apply(visible, viewer.participant()));
  }

  /**
   * The utility space for the mediators' chart: normalised utilities of the Pareto frontier, of
   * every text version and of the latest suggestion's packages, and the reservations of the parties
   * that consented to show them or have not confided ({@link UtilitySpace}).
   *
   * @throws LiveException FORBIDDEN for anyone but a mediator
   */
  public UtilitySpaceView utilitySpace(Viewer viewer) {
    return utilitySpace(viewer, Optional.empty(), Optional.empty());
  }

  /**
   * The utility space with the chart of parties {@code across} and {@code up} ({@link
   * DraftSpaceCharts}); the first two negotiating parties when empty.
   *
   * @throws LiveException FORBIDDEN for anyone but a mediator; BAD_INPUT when an axis is not a
   *     negotiating party
   */
  public UtilitySpaceView utilitySpace(
      Viewer viewer, Optional<String> across, Optional<String> up) {
    if (!viewer.isMediator()) {
      throw LiveException.forbidden("only a mediator may see the utility space");
    }
    Log log = log(viewer.negotiation());
    Log.Snapshot snapshot = log.snapshot();
    // consent: the chart sees only what consent allows
    MediatorBasis basis = log.mediatorBasis(snapshot);
    return UtilitySpace.compute(basis, visibleState(viewer, snapshot), across, up);
  }

  /**
   * Starts the viewer's live feed: the visible events after {@code after}, then each new one as it
   * is stored.
   */
  public Subscription subscribe(Viewer viewer, long after, Consumer<SeenEvent> sink) {
    return feeds.subscribe(log(viewer.negotiation()), viewer, Optional.empty(), after, sink);
  }

  /**
   * Starts the live feed of the viewer that {@code token} admits: as {@link #subscribe(Viewer,
   * long, Consumer)}, but the feed closes, delivering nothing more, as soon as the token is revoked
   * (or its participant invited again, which revokes it), and when the negotiation is quarantined.
   */
  public Subscription subscribe(Viewer viewer, String token, long after, Consumer<SeenEvent> sink) {
    return feeds.subscribe(
        log(viewer.negotiation()), viewer, Optional.of(Tokens.hash(token)), after, sink);
  }

  /**
   * Waits until no robot move is queued or running.
   *
   * @return whether that happened within {@code millis}
   */
  public boolean awaitRobots(long millis) throws InterruptedException {
    return autopilot.awaitIdle(millis);
  }

  @Override
  public void close() {
    autopilot.close();
    feeds.close();
  }

  private Negotiation visibleState(Viewer viewer) {
    return visibleState(viewer, log(viewer.negotiation()).snapshot());
  }

  private static Negotiation visibleState(Viewer viewer, Log.Snapshot snapshot) {
    List<SeenEvent> seen =
        snapshot.events().stream()
            .map(event -> Visibility.see(viewer, event))
            .flatMap(Optional::stream)
            .toList();
    return Negotiation.fold(viewer.negotiation(), seen);
  }

  /** Checks and appends {@code command} under the log's lock, which the caller holds. */
  private LoggedEvent check(Log log, Viewer viewer, Command command, String clientId) {
    EventDraft draft = Rulebook.check(log.state(), viewer, command, log.context());
    return append(log, clientKey(viewer, clientId), viewer.participant(), draft);
  }

  private LoggedEvent append(Log log, String clientKey, String actor, EventDraft draft) {
    StoredEvent stored;
    try {
      stored =
          store.append(
              log.id(),
              new NewEvent(
                  clientKey,
                  draft.type().wire(),
                  actor,
                  draft.recipients(),
                  EventCodec.payloadText(draft.event(), space(log))));
    } catch (TamperedLogException e) {
      throw quarantine(log.id(), e);
    } catch (RuntimeException e) {
      // The store may have kept the event before failing to say so: read back what it holds.
      try {
        log.catchUp(store);
      } catch (TamperedLogException tampered) {
        throw quarantine(log.id(), tampered);
      }
      throw e;
    }
    LoggedEvent event;
    try {
      event = log.add(stored);
    } catch (IllegalStateException e) {
      quarantine.add(log.id(), "the store answered out of step with its log: " + e.getMessage());
      throw drop(log.id());
    }
    if (!actor.equals(Visibility.SYSTEM)) {
      appendFollowUps(log);
    }
    feeds.announce(log);
    autopilot.poke(log.id());
    return event;
  }

  /**
   * Appends, as the server, the events a move settled (a constituency's decision, an improvement's
   * adoption: {@link io.parley.live.followthrough.FollowUps}); the caller holds the log's lock.
   */
  private void appendFollowUps(Log log) {
    if (log.state().followThrough().phase() == io.parley.live.followthrough.Phase.NONE) {
      return;
    }
    for (int i = 0; i < 1_000; i++) {
      Optional<io.parley.live.followthrough.FollowThroughDraft> next =
          io.parley.live.followthrough.FollowUps.next(log.state(), log.scenario());
      if (next.isEmpty()) {
        return;
      }
      append(
          log,
          Visibility.SYSTEM + "/follow-through-" + (log.state().lastSeq() + 1),
          Visibility.SYSTEM,
          new EventDraft(next.get().event(), next.get().recipients()));
    }
  }

  /** The negotiation's outcome space; none before its creation is stored. */
  private static io.parley.outcome.OutcomeSpace space(Log log) {
    return log.isEmpty() ? null : log.state().space();
  }

  private void takeAutomaticSteps(String id) {
    Robots seats = robots.computeIfAbsent(id, key -> new Robots());
    for (int i = 0; i < 100_000; i++) {
      Log log = log(id);
      Optional<Robots.Step> step = nextStep(seats, log);
      if (step.isEmpty()) {
        return;
      }
      Robots.Step next = step.get();
      synchronized (log) {
        if (log.byClientId(clientKey(next.viewer(), next.clientId())).isPresent()) {
          LOG.warn("negotiation {}: automatic step {} repeats itself", id, next.clientId());
          seats.reset();
          return;
        }
        try {
          check(log, next.viewer(), next.command(), next.clientId());
        } catch (LiveException e) {
          LOG.info("negotiation {}: automatic step {} refused: {}", id, next, e.getMessage());
          // The robot was asked for a move the log will not show: rebuild it from the log.
          seats.reset();
          return;
        }
      }
    }
  }

  /**
   * The automatic step due in the negotiation of {@code log}, if any: the engine's mechanism of the
   * negotiation decides ({@link Robots}), also without robot seats (the end at the deadline).
   */
  private static Optional<Robots.Step> nextStep(Robots seats, Log log) {
    // One committed snapshot, read without the log's lock (load).
    Log.Snapshot snapshot = log.snapshot();
    Negotiation state = snapshot.state();
    if (state.status() != io.parley.live.state.Status.OPEN) {
      return Optional.empty();
    }
    // consent: a robot mediator sees no more
    Map<String, io.parley.preference.Preferences> confided =
        log.mediatorBasis(snapshot).usableConfided();
    // Only the events the state holds: the log may grow while the robots decide.
    return seats.next(
        state,
        after -> log.eventsAfter(after).stream().filter(e -> e.seq() <= state.lastSeq()).toList(),
        log.scenario(),
        confided,
        log.seed());
  }

  /**
   * The negotiation's log, read from the store the first time it is asked for. This process is the
   * log's only writer (docs/server.md: one server per database), so afterwards the copy in memory
   * is kept current by {@link #append} alone, without asking the store again.
   */
  private Log log(String id) {
    Optional<Quarantine.Entry> quarantined = quarantine.find(id);
    if (quarantined.isPresent()) {
      throw LiveException.quarantined(quarantined.get());
    }
    Log log;
    try {
      log =
          logs.computeIfAbsent(
              id,
              key -> {
                Log loaded = new Log(key);
                loaded.catchUp(store);
                return loaded;
              });
    } catch (TamperedLogException e) {
      throw quarantine(id, e);
    } catch (LiveException | StoreException e) {
      throw e;
    } catch (RuntimeException e) {
      // A log that verifies but cannot be folded (written by another version, or by hand with
      // the key) is refused alone rather than failing every request that touches it.
      LOG.error("negotiation {}: its log cannot be read", id, e);
      quarantine.add(id, "its event log cannot be read: " + e.getMessage());
      throw drop(id);
    }
    if (log.isEmpty()) {
      // load: reads take no lock, but a log being created is empty until its first event is
      // stored; only under the lock (which the creation holds) is an empty log really unknown.
      synchronized (log) {
        if (log.isEmpty()) {
          logs.remove(id, log);
          throw LiveException.notFound("no negotiation " + id);
        }
      }
    }
    return log;
  }

  /** Quarantines negotiation {@code id}, whose log failed as {@code tampered} says. */
  private LiveException quarantine(String id, TamperedLogException tampered) {
    LOG.error("negotiation {} quarantined: {}", id, tampered.getMessage());
    quarantine.add(tampered.check());
    return drop(id);
  }

  /**
   * Stops serving the quarantined negotiation {@code id}: forgets its log and tokens and closes its
   * feeds; returns the refusal to throw.
   */
  private LiveException drop(String id) {
    logs.remove(id);
    robots.remove(id);
    tokens.drop(id);
    feeds.closeAll(id);
    return LiveException.quarantined(quarantine.find(id).orElseThrow());
  }

  /** The client id given, checked; a made-up one when none was given. */
  private static String clientId(Optional<String> given) {
    if (given.isEmpty()) {
      byte[] bytes = new byte[12];
      // Unique, not secret: a cheap source, not the token generator's.
      java.util.concurrent.ThreadLocalRandom.current().nextBytes(bytes);
      return "auto-" + HexFormat.of().formatHex(bytes);
    }
    if (!CLIENT_ID.matcher(given.get()).matches()) {
      throw LiveException.badInput(
          "field 'clientId' must be 1 to 100 letters, digits, '.', '_', ':' or '-'");
    }
    return given.get();
  }

  private static String clientKey(Viewer viewer, String clientId) {
    return viewer.participant() + "/" + clientId;
  }
}
