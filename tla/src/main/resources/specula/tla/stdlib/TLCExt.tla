------------------------------- MODULE TLCExt -------------------------------
(***************************************************************************)
(* Experimental TLC operators.  All are implemented natively; the bodies   *)
(* state only their logical value.                                         *)
(***************************************************************************)
LOCAL INSTANCE TLC
LOCAL INSTANCE Integers

\* a = b; on failure TLC also prints both values.
AssertEq(a, b) ==
  IF a = b THEN TRUE
  ELSE /\ PrintT("Assertion failed")
       /\ PrintT(a)
       /\ PrintT(b)
       /\ a = b

\* TRUE iff evaluating exp fails with exactly the error message err.
AssertError(err, exp) ==
  LET failed == CHOOSE b \in BOOLEAN : TRUE
      message == CHOOSE m \in STRING : TRUE
  IN  IF failed THEN Assert(err = message, message) ELSE TRUE

\* TLCGet(key), or defaultVal when register key has not been set.
TLCGetOrDefault(key, defaultVal) == CHOOSE value : TRUE

\* Atomically sets register key to Op(old, val); equals the old value.
TLCGetAndSet(key, Op(_, _), val, defaultVal) ==
  LET old == TLCGetOrDefault(key, defaultVal)
  IN  CHOOSE result \in {old} : TLCSet(key, Op(old, val))

\* The behavior prefix ending in the current state, as a sequence of records.
Trace == TRUE

\* Within POSTCONDITION: the counterexample graph [state, action].
CounterExample == TRUE

\* The counterexample CE as a sequence of states.
ToTrace(CE) == TRUE

\* A (typed) model value named str.
TLCModelValue(str) == CHOOSE v : ToString(v) = str

\* Defers evaluation of expression (simulation mode); logically TRUE.
TLCDefer(expression) == TRUE

\* Identity; a hook for debugging the evaluator.
TLCNoOp(val) == val

\* Interactive successor selection; logically TRUE when exp holds.
PickSuccessor(exp) == IF exp THEN TRUE ELSE CHOOSE b \in BOOLEAN : TRUE

\* Memoizes expression per value of closure; logically expression.
TLCCache(expression, closure) == expression

\* The fingerprint TLC computes for var.
TLCFP(var) == CHOOSE i \in Int : TRUE

\* The value of the definition named definitionName.
TLCEvalDefinition(definitionName) == TRUE

=============================================================================
