#: The spec-specific trace module written by `trace spec`. Placeholders: {{module}} {{spec}} {{source}}
#: {{defaults}} {{updates}} {{events}} {{internal}} {{next}} {{init}} {{vars}}. Lines starting with #: are dropped.
---------------------------- MODULE {{module}} ----------------------------
\* Trace validation for {{spec}}, written by specula from {{source}}.
\* A behaviour of this spec is a behaviour of {{spec}} in which every step is explained by the
\* next recorded event: the values the event logs are assigned first, so the action's own
\* assignments become checks against them. Regenerate with `trace spec` after editing the
\* configuration; hand edits to this file are kept in the session history like any other.
EXTENDS {{spec}}, TraceLog, TraceOps

\* Where a logged "Init" update resets each variable to.
{{defaults}}

\* The values the current line logs; variables it does not mention are left to the action.
TraceUpdates ==
{{updates}}

{{events}}
\* A line logged for a step that changed nothing.
StutterIsEvent ==
    /\ IsEvent("Stuttering")
    /\ UNCHANGED {{vars}}
    /\ TraceStepMatched
{{internal}}
TraceInit ==
    /\ TraceCursorInit
    /\ {{init}}

TraceNext ==
{{next}}

TraceSpec == TraceInit /\ [][TraceNext]_<<{{vars}}, l>>

\* The cursor is part of the view: the same state at two places in the trace is two states.
TraceView == <<{{vars}}, l>>
=============================================================================
