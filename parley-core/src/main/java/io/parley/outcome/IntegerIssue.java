package io.parley.outcome;

/**
 * An issue whose values are the integers {@code min, min+step, ... <= max}.
 *
 * @param min the smallest value
 * @param max the largest value allowed; the last value is the largest {@code min + k*step <= max}
 * @param step the distance between values, positive
 */
public record IntegerIssue(String id, String name, long min, long max, long step) implements Issue {

  /** The largest number of values an integer issue may have. */
  public static final long MAX_VALUES = 10_000_000L;

  /**
   * @throws IllegalArgumentException if min > max, step <= 0 or there are more than {@link
   *     #MAX_VALUES} values
   */
  public IntegerIssue {
    IssueIds.check(id);
    name = name == null || name.isBlank() ? id : name;
    if (min > max) {
      throw new IllegalArgumentException(
          "issue '" + id + "' has range min " + min + " > max " + max);
    }
    if (step <= 0) {
      throw new IllegalArgumentException("issue '" + id + "' has step " + step + ", expected > 0");
    }
    if ((max - min) / step + 1 > MAX_VALUES) {
      throw new IllegalArgumentException(
          "issue '"
              + id
              + "' has "
              + ((max - min) / step + 1)
              + " values, more than "
              + MAX_VALUES);
    }
  }

  /** A range with step 1, named by its id. */
  public static IntegerIssue of(String id, long min, long max) {
    return new IntegerIssue(id, id, min, max, 1);
  }

  @Override
  public int size() {
    return (int) ((max - min) / step + 1);
  }

  /** The last value, {@code min + (size()-1)*step}. */
  public long last() {
    return min + (size() - 1L) * step;
  }

  @Override
  public Object valueAt(int index) {
    return Long.valueOf(valueOf(index));
  }

  /** The integer at {@code index}. */
  public long valueOf(int index) {
    return min + index * step;
  }

  @Override
  public int indexOf(String text) {
    long value;
    try {
      value = Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
    return indexOfValue(value);
  }

  /** The index of {@code value}, or -1 if it is not on the grid. */
  public int indexOfValue(long value) {
    if (value < min || value > max || (value - min) % step != 0) {
      return -1;
    }
    long index = (value - min) / step;
    return index < size() ? (int) index : -1;
  }
}
