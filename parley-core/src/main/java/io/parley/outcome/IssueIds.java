package io.parley.outcome;

/** The rule every issue id follows. */
final class IssueIds {
  private IssueIds() {}

  static void check(String id) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("issue id is blank");
    }
  }
}
