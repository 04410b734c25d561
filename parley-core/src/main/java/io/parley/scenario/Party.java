package io.parley.scenario;

/**
 * A participant in a negotiation.
 *
 * @param id the identifier used in files and outputs; never blank
 * @param name a display name; the id when none is given
 * @param role what the participant does
 */
public record Party(String id, String name, Role role) {

  /**
   * @throws IllegalArgumentException if the id is blank
   */
  public Party {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("party id is blank");
    }
    name = name == null || name.isBlank() ? id : name;
  }

  /** A party with role {@link Role#PARTY}, named by its id. */
  public static Party of(String id) {
    return new Party(id, id, Role.PARTY);
  }
}
