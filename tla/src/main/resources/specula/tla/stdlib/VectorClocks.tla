---------------------------- MODULE VectorClocks ----------------------------
(***************************************************************************)
(* Causal ordering of logs whose entries carry vector clocks.              *)
(***************************************************************************)
EXTENDS Naturals, Sequences, Functions

\* Neither clock happened before the other.
LOCAL Concurrent(v1, v2) ==
  \E i, j \in DOMAIN v1 : i # j /\ v1[i] < v2[i] /\ v1[j] > v2[j]

LOCAL HappenedBefore(v1, v2) ==
  /\ \A i \in DOMAIN v1 : v1[i] \leq v2[i]
  /\ \E i \in DOMAIN v1 : v1[i] < v2[i]

\* TRUE iff no entry of log is preceded by an entry it happened before.
\* Clocks are compared on the union of their domains (missing entries = 0).
IsCausalOrder(log, clock(_)) ==
  \A i \in 1 .. Len(log) : \A j \in 1 .. i - 1 :
    LET D == DOMAIN clock(log[i]) \cup DOMAIN clock(log[j])
        Pad(c) == [d \in D |-> IF d \in DOMAIN c THEN c[d] ELSE 0]
        ci == Pad(clock(log[i]))
        cj == Pad(clock(log[j]))
    IN  HappenedBefore(cj, ci) \/ Concurrent(cj, ci)

\* A reordering of log that respects causality; node(e) is the node that
\* logged entry e and domain(vc) the nodes a clock vc has entries for.
CausalOrder(log, clock(_), node(_), domain(_)) ==
  CHOOSE sorted \in { f \in [1 .. Len(log) -> Range(log)] : Range(f) = Range(log) } :
    IsCausalOrder(sorted, clock)

=============================================================================
