--------------------------- MODULE FunctionTheorems ---------------------------
(***************************************************************************)
(* Facts about restriction, range, inverse, injections, surjections and    *)
(* bijections (module Functions), stated without proofs.                   *)
(***************************************************************************)
EXTENDS Functions, Integers, FiniteSets

THEOREM Fun_RestrictProperties ==
  ASSUME NEW S, NEW T, NEW f \in [S -> T], NEW A \in SUBSET S
  PROVE  /\ Restrict(f, A) \in [A -> T]
         /\ \A x \in A : Restrict(f, A)[x] = f[x]
PROOF OMITTED

THEOREM Fun_RangeProperties ==
  ASSUME NEW S, NEW T, NEW f \in [S -> T]
  PROVE  /\ Range(f) \subseteq T
         /\ \A y \in Range(f) : \E x \in S : f[x] = y
         /\ f \in Surjection(S, Range(f))
PROOF OMITTED

THEOREM Fun_InverseProperties ==
  ASSUME NEW S, NEW T, NEW f \in [S -> T]
  PROVE  /\ (S = {} => T = {}) => Inverse(f, S, T) \in [T -> S]
         /\ \A y \in Range(f) : f[Inverse(f, S, T)[y]] = y
PROOF OMITTED

THEOREM Fun_IsInj ==
  ASSUME NEW S, NEW T, NEW F \in [S -> T], \A a, b \in S : F[a] = F[b] => a = b
  PROVE  F \in Injection(S, T)
PROOF OMITTED

THEOREM Fun_IsSurj ==
  ASSUME NEW S, NEW T, NEW F \in [S -> T], \A t \in T : \E s \in S : F[s] = t
  PROVE  F \in Surjection(S, T)
PROOF OMITTED

THEOREM Fun_IsBij ==
  ASSUME NEW S, NEW T, NEW F,
         \/ F \in Injection(S, T)
         \/ F \in [S -> T] /\ \A a, b \in S : F[a] = F[b] => a = b,
         \/ F \in Surjection(S, T)
         \/ F \in [S -> T] /\ \A t \in T : \E s \in S : F[s] = t
  PROVE  F \in Bijection(S, T)
PROOF OMITTED

THEOREM Fun_InjectionProperties ==
  ASSUME NEW S, NEW T, NEW F \in Injection(S, T)
  PROVE  /\ F \in [S -> T]
         /\ \A a, b \in S : F[a] = F[b] => a = b
PROOF OMITTED

THEOREM Fun_SurjectionProperties ==
  ASSUME NEW S, NEW T, NEW F \in Surjection(S, T)
  PROVE  /\ F \in [S -> T]
         /\ \A t \in T : \E s \in S : F[s] = t
         /\ Range(F) = T
PROOF OMITTED

THEOREM Fun_BijectionProperties ==
  ASSUME NEW S, NEW T, NEW F \in Bijection(S, T)
  PROVE  /\ F \in [S -> T]
         /\ F \in Injection(S, T)
         /\ F \in Surjection(S, T)
         /\ \A a, b \in S : F[a] = F[b] => a = b
         /\ \A t \in T : \E s \in S : F[s] = t
PROOF OMITTED

THEOREM Fun_SmallestSurjectionIsBijection ==
  ASSUME NEW S, NEW T, NEW f \in Surjection(S, T),
         \A U \in SUBSET S : U # S => Surjection(U, T) = {}
  PROVE  f \in Bijection(S, T)
PROOF OMITTED

THEOREM Fun_InjTransitive ==
  ASSUME NEW S, NEW T, NEW U, NEW F \in Injection(S, T), NEW G \in Injection(T, U)
  PROVE  [s \in S |-> G[F[s]]] \in Injection(S, U)
PROOF OMITTED

THEOREM Fun_SurjTransitive ==
  ASSUME NEW S, NEW T, NEW U, NEW F \in Surjection(S, T), NEW G \in Surjection(T, U)
  PROVE  [s \in S |-> G[F[s]]] \in Surjection(S, U)
PROOF OMITTED

THEOREM Fun_BijTransitive ==
  ASSUME NEW S, NEW T, NEW U, NEW F \in Bijection(S, T), NEW G \in Bijection(T, U)
  PROVE  [s \in S |-> G[F[s]]] \in Bijection(S, U)
PROOF OMITTED

THEOREM Fun_SurjInverse ==
  ASSUME NEW S, NEW T, NEW f \in Surjection(S, T)
  PROVE  Inverse(f, S, T) \in Injection(T, S)
PROOF OMITTED

THEOREM Fun_InjInverse ==
  ASSUME NEW S, NEW T, NEW f \in Injection(S, T), S = {} => T = {}
  PROVE  Inverse(f, S, T) \in Surjection(T, S)
PROOF OMITTED

THEOREM Fun_BijInverse ==
  ASSUME NEW S, NEW T, NEW f \in Bijection(S, T)
  PROVE  /\ Inverse(f, S, T) \in Bijection(T, S)
         /\ \A s \in S : Inverse(f, S, T)[f[s]] = s
         /\ Inverse(Inverse(f, S, T), T, S) = f
PROOF OMITTED

THEOREM Fun_BijRestrict ==
  ASSUME NEW S, NEW T, NEW F \in Bijection(S, T), NEW R \in SUBSET S
  PROVE  Restrict(F, R) \in Bijection(R, Range(Restrict(F, R)))
PROOF OMITTED

THEOREM Fun_InjMeansBijImage ==
  ASSUME NEW S, NEW T, NEW F \in Injection(S, T)
  PROVE  F \in Bijection(S, Range(F))
PROOF OMITTED

-----------------------------------------------------------------------------
\* Existence of injections, surjections and bijections.

THEOREM Fun_ExistsInj == \A S, T : ExistsInjection(S, T) <=> Injection(S, T) # {}
PROOF OMITTED

THEOREM Fun_ExistsSurj == \A S, T : ExistsSurjection(S, T) <=> Surjection(S, T) # {}
PROOF OMITTED

THEOREM Fun_ExistsBij == \A S, T : ExistsBijection(S, T) <=> Bijection(S, T) # {}
PROOF OMITTED

THEOREM Fun_ExistsSurjSubset ==
  ASSUME NEW S, NEW T \in SUBSET S, T # {}
  PROVE  ExistsSurjection(S, T)
PROOF OMITTED

THEOREM Fun_ExistsSurjMeansExistsRevInj ==
  ASSUME NEW S, NEW T, ExistsSurjection(S, T)
  PROVE  ExistsInjection(T, S)
PROOF OMITTED

THEOREM Fun_ExistsBijReflexive ==
  ASSUME NEW S
  PROVE  ExistsBijection(S, S)
PROOF OMITTED

THEOREM Fun_ExistsBijSymmetric ==
  ASSUME NEW S, NEW T, ExistsBijection(S, T)
  PROVE  ExistsBijection(T, S)
PROOF OMITTED

THEOREM Fun_ExistsBijTransitive ==
  ASSUME NEW S, NEW T, NEW U, ExistsBijection(S, T), ExistsBijection(T, U)
  PROVE  ExistsBijection(S, U)
PROOF OMITTED

THEOREM Fun_ExistsInjReflexive ==
  ASSUME NEW S
  PROVE  ExistsInjection(S, S)
PROOF OMITTED

THEOREM Fun_ExistsSurjReflexive ==
  ASSUME NEW S
  PROVE  ExistsSurjection(S, S)
PROOF OMITTED

THEOREM Fun_ExistsInjTransitive ==
  ASSUME NEW S, NEW T, NEW U, ExistsInjection(S, T), ExistsInjection(T, U)
  PROVE  ExistsInjection(S, U)
PROOF OMITTED

THEOREM Fun_ExistsSurjTransitive ==
  ASSUME NEW S, NEW T, NEW U, ExistsSurjection(S, T), ExistsSurjection(T, U)
  PROVE  ExistsSurjection(S, U)
PROOF OMITTED

\* Cantor-Bernstein-Schroeder.
THEOREM Fun_CantorBernsteinSchroeder_Lemma ==
  ASSUME NEW S, NEW T, T \subseteq S, ExistsInjection(S, T)
  PROVE  ExistsBijection(S, T)
PROOF OMITTED

THEOREM Fun_CantorBernsteinSchroeder ==
  ASSUME NEW S, NEW T, ExistsInjection(S, T), ExistsInjection(T, S)
  PROVE  ExistsBijection(S, T)
PROOF OMITTED

=============================================================================
