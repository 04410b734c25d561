package io.parley.example;

import io.parley.negotiator.Action;
import io.parley.negotiator.Amendment;
import io.parley.negotiator.DraftRequest;
import io.parley.negotiator.Mediator;
import io.parley.negotiator.MediatorContext;
import io.parley.outcome.Outcome;

/**
 * The example mediator of docs/agents.md: drafts the middle value of every issue, then grants each
 * amendment that no other party's amendment contradicts.
 */
public final class MidpointMediator implements Mediator {
  private MediatorContext context;

  @Override
  public void start(MediatorContext context) {
    this.context = context;
  }

  @Override
  public Outcome draft(DraftRequest request) {
    if (request.current().isEmpty()) {
      int[] middle = new int[context.space().issueCount()];
      for (int i = 0; i < middle.length; i++) {
        middle[i] = context.space().issue(i).size() / 2;
      }
      return new Outcome(middle);
    }
    int[] text = request.current().get().valueIndices();
    int[] asked = new int[text.length];
    java.util.Arrays.fill(asked, -1);
    for (Action response : request.responses().values()) {
      if (response instanceof Action.Amend amend) {
        for (Amendment amendment : amend.amendments()) {
          int previous = asked[amendment.issue()];
          asked[amendment.issue()] =
              previous == -1 || previous == amendment.value() ? amendment.value() : -2;
        }
      }
    }
    for (int i = 0; i < text.length; i++) {
      if (asked[i] >= 0) {
        text[i] = asked[i];
      }
    }
    return new Outcome(text);
  }
}
