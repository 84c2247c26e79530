------------------------------ MODULE Functions ------------------------------
(***************************************************************************)
(* Restriction, range, inverse, injections, surjections and bijections,    *)
(* and folds over functions.                                               *)
(***************************************************************************)
EXTENDS Folds

\* f restricted to the set S (normally a subset of DOMAIN f).
Restrict(f, S) == [x \in S |-> f[x]]

\* f restricted to the arguments satisfying Test.
RestrictDomain(f, Test(_)) == Restrict(f, { x \in DOMAIN f : Test(x) })

\* f restricted to the arguments whose values satisfy Test.
RestrictValues(f, Test(_)) == Restrict(f, { x \in DOMAIN f : Test(f[x]) })

\* TRUE iff narrow agrees with wide on a domain contained in wide's.
IsRestriction(narrow, wide) ==
  /\ DOMAIN narrow \subseteq DOMAIN wide
  /\ \A x \in DOMAIN narrow : narrow[x] = wide[x]

\* The image of f.
Range(f) == { f[x] : x \in DOMAIN f }

\* Combines f and g argument-wise with T, over DOMAIN f.
Pointwise(f, g, T(_, _)) == [x \in DOMAIN f |-> T(f[x], g[x])]

\* A function from T to S mapping each value of f back to some argument.
Inverse(f, S, T) ==
  [y \in T |-> CHOOSE x \in S : y \in Range(f) => f[x] = y]

\* The inverse of f on its range.
AntiFunction(f) == Inverse(f, DOMAIN f, Range(f))

IsInjective(f) == \A x, y \in DOMAIN f : f[x] = f[y] => x = y

Injection(S, T) == { f \in [S -> T] : IsInjective(f) }

Surjection(S, T) == { f \in [S -> T] : \A y \in T : \E x \in S : f[x] = y }

Bijection(S, T) == Injection(S, T) \cap Surjection(S, T)

ExistsInjection(S, T) == Injection(S, T) # {}
ExistsSurjection(S, T) == Surjection(S, T) # {}
ExistsBijection(S, T) == Bijection(S, T) # {}

--------------------------------------------------------------------------------

\* Combines fun[i] for the i \in indices with op, starting from base, in
\* an unspecified order (op should be associative and commutative).
FoldFunctionOnSet(op(_, _), base, fun, indices) ==
  MapThenFoldSet(op, base, LAMBDA i : fun[i], LAMBDA D : CHOOSE i \in D : TRUE,
                 indices)

\* FoldFunctionOnSet over the whole domain of fun.
FoldFunction(op(_, _), base, fun) ==
  FoldFunctionOnSet(op, base, fun, DOMAIN fun)

=============================================================================
