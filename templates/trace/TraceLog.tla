------------------------------- MODULE TraceLog -------------------------------
(***************************************************************************)
(* Reading a recorded trace and walking through it, for any spec.          *)
(*                                                                         *)
(* The trace is an NDJSON file: one JSON object per line. An object with   *)
(* an "event" field is an event; a first line without one is a header     *)
(* (e.g. the system's configuration) and is skipped. The file is named by  *)
(* the TRACE_PATH environment variable, else trace.ndjson in the working  *)
(* directory.                                                              *)
(*                                                                         *)
(* The cursor l is the position of the next event to match. Register 0   *)
(* keeps the furthest position any explored behaviour reached, so that    *)
(* after the search TraceAccepted can tell whether some behaviour matched *)
(* every event, and which line stopped all of them if none did.           *)
(***************************************************************************)
EXTENDS Naturals, Sequences, TLC, Json, IOUtils

TraceFile ==
    IF "TRACE_PATH" \in DOMAIN IOEnv THEN IOEnv.TRACE_PATH ELSE "trace.ndjson"

TraceLines == ndJsonDeserialize(TraceFile)

\* 1 when the first line is a header rather than an event.
TraceOffset ==
    IF Len(TraceLines) > 0 /\ "event" \notin DOMAIN TraceLines[1] THEN 1 ELSE 0

Trace == SubSeq(TraceLines, 1 + TraceOffset, Len(TraceLines))

TraceLen == Len(Trace)

VARIABLE l

logline == Trace[l]

\* The line of the file that holds event number i.
TraceLineNo(i) == i + TraceOffset

\* The current line is event e; it is consumed.
IsEvent(e) ==
    /\ l \in 1..TraceLen
    /\ logline.event = e
    /\ l' = l + 1

\* The last conjunct of every event's action: records the furthest position a whole step reached. (In IsEvent
\* it would count a line whose event name matched even when the action's guard then failed, TLCSet being a side
\* effect of evaluation, so a trace whose last line no action matches would be accepted.)
TraceStepMatched ==
    l' > TLCGet(0) => TLCSet(0, l')

TraceCursorInit ==
    /\ l = 1
    /\ TLCSet(0, 1)

\* Checked once the search is over (POSTCONDITION): some behaviour matched every event.
TraceAccepted ==
    LET reached == TLCGet(0) IN
    IF reached = TraceLen + 1 THEN TRUE
    ELSE Print(<<"Trace rejected: no action matches line", TraceLineNo(reached), Trace[reached]>>, FALSE)
===============================================================================
