package specula.tla.check.store;

/**
 * TLC's two estimates of the probability that two distinct states shared a fingerprint, printed after a
 * successful run:
 * <pre>
 *   calculated (optimistic):  val = 2.4E-15
 *   based on the actual fingerprints:  val = 6.0E-8
 * </pre>
 * The optimistic one assumes ideal 64-bit hashing: {@code d * (g - d) / 2^64} for d distinct of g generated
 * states. The other is {@link FingerprintSet#actualCollisionProbability()}.
 */
public record CollisionEstimate(double optimistic, double actual) {

  public static double optimistic(long distinct, long generated) {
    return (double) distinct * (double) (generated - distinct) / Math.pow(2, 64);
  }

  public static CollisionEstimate of(FingerprintSet seen, long generated) {
    return new CollisionEstimate(optimistic(seen.size(), generated), seen.actualCollisionProbability());
  }

  /** The two lines as TLC prints them (after "Model checking completed. No error has been found."). */
  public String report() {
    return "  Estimates of the probability that TLC did not check all reachable states\n"
        + "  because two distinct states had the same fingerprint:\n"
        + "  calculated (optimistic):  val = " + format(optimistic) + "\n"
        + "  based on the actual fingerprints:  val = " + format(actual);
  }

  /** Two significant digits, exponent without padding, as TLC shows it: {@code 6.0E-8}, {@code 1.4E-15}. */
  public static String format(double p) {
    if (p == 0) {
      return "0.0";
    }
    String s = String.format(java.util.Locale.ROOT, "%.1E", p);
    int e = s.indexOf('E');
    int exp = Integer.parseInt(s.substring(e + 1));
    return s.substring(0, e) + "E" + exp;
  }
}
