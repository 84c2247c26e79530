------------------------------- MODULE ShiViz -------------------------------
(***************************************************************************)
(* Host and vector clock of the current trace state, in the format of the  *)
(* ShiViz log visualizer.                                                  *)
(***************************************************************************)
LOCAL INSTANCE Integers
LOCAL INSTANCE Json
LOCAL INSTANCE TLC

\* Not LOCAL: a LOCAL instance would hide the tool's override of _TETrace.
INSTANCE Toolbox

-----------------------------------------------------------------------------

\* hosts[i]: the process whose pc changed between trace states i-1 and i
\* ("--" for the initial state, the previous host if no pc changed).
LOCAL Hosts ==
  LET hosts[i \in DOMAIN _TETrace] ==
        IF i = 1 THEN "--"
        ELSE IF _TETrace[i - 1].pc = _TETrace[i].pc THEN hosts[i - 1]
        ELSE CHOOSE p \in DOMAIN _TETrace[i - 1].pc :
               _TETrace[i - 1].pc[p] # _TETrace[i].pc[p]
  IN  TLCEval(hosts)

Host == Hosts[_TEPosition]

-----------------------------------------------------------------------------

LOCAL Tick(n) ==
  [p \in DOMAIN _TETrace[n].pc |-> IF n > 1 /\ p = Hosts[n] THEN 1 ELSE 0]

LOCAL Clocks ==
  LET vc[i \in DOMAIN _TETrace] ==
        IF i = 1 THEN Tick(1)
        ELSE LET prev == TLCEval(vc[i - 1])
             IN  [p \in DOMAIN prev |-> prev[p] + Tick(i)[p]]
  IN  TLCEval(vc)

\* The vector clock of the current state as a JSON object.
Clock == ToJsonObject(Clocks[_TEPosition])

=============================================================================
