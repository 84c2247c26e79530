-------------------------- MODULE DyadicRationals ---------------------------
(***************************************************************************)
(* Dyadic rationals num / den (den a power of two) as records             *)
(* [num |-> n, den |-> d], kept in lowest terms.                           *)
(***************************************************************************)
LOCAL INSTANCE FiniteSets
LOCAL INSTANCE Integers
LOCAL INSTANCE Sequences
LOCAL INSTANCE FiniteSetsExt
LOCAL INSTANCE TLC

LOCAL Frac(n, d) == [num |-> n, den |-> d]

LOCAL GCD(m, n) ==
  Max({ d \in 1 .. n : (m % d = 0) /\ (n % d = 0) })

LOCAL Normalize(p) ==
  LET g == GCD(p.num, p.den)
  IN  Frac(p.num \div g, p.den \div g)

\* TRUE iff the denominator of r is a power of two.
IsDyadicRational(r) == \E k \in 0 .. r.den : 2^k = r.den

Zero == Frac(0, 1)

One == Frac(1, 1)

\* p + q; the larger denominator is a common one since both are powers of two.
Add(p, q) ==
  IF p = Zero THEN q
  ELSE LET d == Max({p.den, q.den})
       IN  Normalize(Frac(p.num * (d \div p.den) + q.num * (d \div q.den), d))

\* p / 2.
Half(p) == Normalize(Frac(p.num, 2 * p.den))

\* "0", "1", or "num/den".
PrettyPrint(p) ==
  IF p = Zero THEN "0"
  ELSE IF p = One THEN "1"
  ELSE ToString(p.num) \o "/" \o ToString(p.den)

=============================================================================
