package specula.tla.eval.value;

/** Coarse kind of a value; the ordinal is also the tag used by fingerprints and the binary codec. */
public enum ValueKind {
  BOOL, INT, STRING, MODEL, SET, FUNCTION
}
