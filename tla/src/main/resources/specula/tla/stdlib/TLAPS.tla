-------------------------------- MODULE TLAPS --------------------------------
(***************************************************************************)
(* Backend pragmas of the TLA+ proof system.  A pragma cited in a BY or    *)
(* USE clause selects the prover (and options) TLAPS runs on the step; the *)
(* X argument is a timeout in seconds, or for IsaM the Isabelle tactic.   *)
(* For every other tool these are plain definitions equal to TRUE.         *)
(***************************************************************************)

\* SMT solvers (SMT and SimpleArithmetic use the default solver).
SimpleArithmetic == TRUE
SMT == TRUE
SMTT(X) == TRUE
CVC3 == TRUE
CVC3T(X) == TRUE
CVC4 == TRUE
CVC4T(X) == TRUE
Yices == TRUE
YicesT(X) == TRUE
veriT == TRUE
veriTT(X) == TRUE
Z3 == TRUE
Z3T(X) == TRUE

\* First-order provers.
Zipper == TRUE
ZipperT(X) == TRUE
Spass == TRUE
SpassT(X) == TRUE
Zenon == TRUE
ZenonT(X) == TRUE

\* Propositional temporal logic (LS4 decision procedure).
LS4 == TRUE
LS4T(X) == TRUE
PTL == TRUE

\* Isabelle, optionally with a tactic (IsaM) and a timeout.
Isa == TRUE
IsaT(X) == TRUE
IsaM(X) == TRUE
IsaMT(X, Y) == TRUE

\* Isabelle with the set-extensionality rule.
IsaWithSetExtensionality == TRUE

THEOREM SetExtensionality == \A S, T : (\A x : x \in S <=> x \in T) => S = T
PROOF OMITTED

\* Needed to show that CHOOSE v : v \notin S yields a non-member of S.
THEOREM NoSetContainsEverything == \A S : \E x : x \notin S
PROOF OMITTED

-----------------------------------------------------------------------------
\* Older pragmas, kept because existing proofs cite them.

SlowZenon == TRUE
SlowerZenon == TRUE
VerySlowZenon == TRUE
SlowestZenon == TRUE

Auto == TRUE
SlowAuto == TRUE
SlowerAuto == TRUE
SlowestAuto == TRUE

Force == TRUE
SlowForce == TRUE
SlowerForce == TRUE
SlowestForce == TRUE

SimplifyAndSolve == TRUE
SlowSimplifyAndSolve == TRUE
SlowerSimplifyAndSolve == TRUE
SlowestSimplifyAndSolve == TRUE

Simplification == TRUE
SlowSimplification == TRUE
SlowerSimplification == TRUE
SlowestSimplification == TRUE

Blast == TRUE
SlowBlast == TRUE
SlowerBlast == TRUE
SlowestBlast == TRUE

AutoBlast == TRUE

-----------------------------------------------------------------------------
\* Run several backends in turn until one succeeds.

AllProvers == TRUE
AllProversT(X) == TRUE
AllSMT == TRUE
AllSMTT(X) == TRUE
AllIsa == TRUE
AllIsaT(X) == TRUE

-----------------------------------------------------------------------------
\* Expansion of ENABLED and \cdot, and related rewritings.

ExpandENABLED == TRUE
ExpandCdot == TRUE
AutoUSE == TRUE
Lambdify == TRUE
ENABLEDaxioms == TRUE
LevelComparison == TRUE

\* Appear only in TLAPM's intermediate representation.
EnabledWrapper(Op(_)) == FALSE
CdotWrapper(Op(_)) == FALSE

\* For testing TLAPM's triviality checks (BY ONLY Trivial).
Trivial == TRUE

=============================================================================
