------------------------------ MODULE RealTime ------------------------------
(***************************************************************************)
(* Real-time bounds on actions (Specifying Systems, chapter 9).  now is    *)
(* the current time.                                                       *)
(***************************************************************************)
EXTENDS Reals

VARIABLE now

\* Action A, with subscript v, happens no sooner than D and no later than E
\* time units after it becomes (continuously) enabled.
RTBound(A, v, D, E) ==
  LET TNext(t) == t' = IF <<A>>_v \/ ~(ENABLED <<A>>_v)'
                         THEN 0
                         ELSE t + (now' - now)
      Timer(t) == (t = 0) /\ [][TNext(t)]_<<t, v, now>>
      MaxTime(t) == [](t \leq E)
      MinTime(t) == [][A => t \geq D]_v
  IN  \EE t : Timer(t) /\ MaxTime(t) /\ MinTime(t)

\* now is a real that keeps increasing without bound, and stays unchanged
\* when v changes.
RTnow(v) ==
  LET NowNext == /\ now' \in { r \in Real : r > now }
                 /\ UNCHANGED v
  IN  /\ now \in Real
      /\ [][NowNext]_now
      /\ \A r \in Real : WF_now(NowNext /\ (now' > r))

=============================================================================
