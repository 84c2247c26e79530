package specula.tla.eval.value;

/**
 * A TLA+ function with a finite domain, in canonical form: domain sorted in TLC order. A function whose domain is
 * {@code 1..n} is always a {@link TupleValue} (so {@code <<>>} is the function with empty domain); one whose
 * domain is a non-empty set of strings is always a {@link RecordValue}; anything else is an {@link FcnRcdValue}.
 * Build them through {@link FcnOps} so that the representation stays canonical. {@link LazyFunctionValue} is the
 * exception: a rule evaluated on demand, canonical once materialised.
 */
public sealed interface FunctionValue extends Value permits TupleValue, RecordValue, FcnRcdValue, LazyFunctionValue {

  @Override
  default ValueKind kind() {
    return ValueKind.FUNCTION;
  }

  /** Number of domain elements. */
  int size();

  /** The i-th domain element in canonical order. */
  Value domainAt(int i);

  /** The value at the i-th domain element. */
  Value valueAt(int i);

  /** {@code f[arg]}, or null when {@code arg} is not in the domain (TLC's errors for arguments of the wrong type). */
  Value select(Value arg);

  /** {@code f[arg]} with TLC's "not in the domain" error. */
  default Value apply(Value arg) {
    Value r = select(arg);
    if (r == null) {
      throw FcnOps.notInDomain(this, arg);
    }
    return r;
  }

  /** {@code DOMAIN f}. */
  SetValue domain();

  default long fingerprintFunction() {
    long fp = Fingerprint.extend(Fingerprint.SEED, ValueKind.FUNCTION.ordinal());
    fp = Fingerprint.extend(fp, size());
    for (int i = 0; i < size(); i++) {
      fp = Fingerprint.extend(fp, domainAt(i).fingerprint());
      fp = Fingerprint.extend(fp, valueAt(i).fingerprint());
    }
    return fp;
  }
}
