package io.parley.analysis;

/** A stable merge sort of {@code int} indices by a primitive comparator, without boxing. */
final class IndexSort {
  /** Compares two indices. */
  @FunctionalInterface
  interface IndexComparator {
    int compare(int a, int b);
  }

  private IndexSort() {}

  /** The indices {@code 0 .. n-1} sorted by {@code comparator}, stable. */
  static int[] sorted(int n, IndexComparator comparator) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    int[] buffer = new int[n];
    for (int width = 1; width < n; width *= 2) {
      for (int lo = 0; lo < n - width; lo += 2 * width) {
        int mid = lo + width;
        int hi = Math.min(lo + 2 * width, n);
        if (comparator.compare(a[mid - 1], a[mid]) <= 0) {
          continue;
        }
        System.arraycopy(a, lo, buffer, lo, hi - lo);
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
          if (i < mid && (j >= hi || comparator.compare(buffer[i], buffer[j]) <= 0)) {
            a[k] = buffer[i++];
          } else {
            a[k] = buffer[j++];
          }
        }
      }
    }
    return a;
  }

  /** Orders candidate points by utilities descending, first party first. */
  static IndexComparator descending(long[][] utilities) {
    return (a, b) -> {
      for (long[] u : utilities) {
        int c = Long.compare(u[b], u[a]);
        if (c != 0) {
          return c;
        }
      }
      return 0;
    };
  }
}
