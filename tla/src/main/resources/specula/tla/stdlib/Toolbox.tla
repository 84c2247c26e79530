------------------------------ MODULE Toolbox ------------------------------
(***************************************************************************)
(* Trace-exploration helpers of the TLA+ Toolbox.                          *)
(***************************************************************************)
LOCAL INSTANCE Naturals
LOCAL INSTANCE FiniteSets
LOCAL INSTANCE TLC

\* The explored trace; supplied by the tool running trace exploration.
_TETrace == CHOOSE trace \in [(Nat \ {0}) -> STRING] : TRUE

LOCAL traceLength == Cardinality(DOMAIN _TETrace)

\* The position in the trace of the state being evaluated.
_TEPosition ==
  LET level == TLCGet("level")
  IN  IF level >= traceLength THEN traceLength
      ELSE IF level = 0 THEN 1 ELSE level

=============================================================================
