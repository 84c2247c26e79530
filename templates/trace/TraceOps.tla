------------------------------- MODULE TraceOps -------------------------------
(***************************************************************************)
(* How one logged update changes a variable.                               *)
(*                                                                         *)
(* An update is [op |-> Name, path |-> <<k1, ..., kn>>, args |-> <<a, ...>>] *)
(* (path and args may be left out). The path walks into nested functions   *)
(* and records, and the operation applies to the value found there. A     *)
(* variable's logged updates apply in order, left to right.                *)
(*                                                                         *)
(* Operations: Init (back to the variable's default), Update (set), Add,   *)
(* Sub (integers), AddElement, AddElements, RemoveElement, Clear (sets),   *)
(* AppendElement, ClearSeq (sequences), SetKey (key, value), UpdateRec     *)
(* (overwrite some fields), AddToBag, RemoveFromBag (bags as functions to  *)
(* counts), Unchanged.                                                     *)
(***************************************************************************)
EXTENDS Naturals, Sequences, SequencesExt, TLC

UpdatePath(u) == IF "path" \in DOMAIN u THEN u.path ELSE <<>>
UpdateArgs(u) == IF "args" \in DOMAIN u THEN u.args ELSE <<>>

RECURSIVE DefaultAt(_, _)
DefaultAt(d, path) == IF path = <<>> THEN d ELSE DefaultAt(d[Head(path)], Tail(path))

OpResult(op, cur, args) ==
    CASE op = "Update"        -> args[1]
      [] op = "Add"           -> cur + args[1]
      [] op = "Sub"           -> cur - args[1]
      [] op = "AddElement"    -> cur \cup {args[1]}
      [] op = "AddElements"   -> cur \cup ToSet(args[1])
      [] op = "RemoveElement" -> cur \ {args[1]}
      [] op = "Clear"         -> {}
      [] op = "AppendElement" -> Append(cur, args[1])
      [] op = "ClearSeq"      -> <<>>
      [] op = "SetKey"        -> (args[1] :> args[2]) @@ cur
      [] op = "UpdateRec"     -> [k \in DOMAIN cur |-> IF k \in DOMAIN args[1] THEN args[1][k] ELSE cur[k]]
      [] op = "AddToBag"      -> IF args[1] \in DOMAIN cur
                                 THEN [cur EXCEPT ![args[1]] = @ + 1] ELSE (args[1] :> 1) @@ cur
      [] op = "RemoveFromBag" -> IF args[1] \in DOMAIN cur
                                 THEN [cur EXCEPT ![args[1]] = @ - 1] ELSE cur
      [] op = "Unchanged"     -> cur

\* Applies op at the end of rest; done is the part of the path already walked (to find the default).
RECURSIVE AtPath(_, _, _, _, _, _)
AtPath(op, cur, default, done, rest, args) ==
    IF rest = <<>>
    THEN IF op = "Init" THEN DefaultAt(default, done) ELSE OpResult(op, cur, args)
    ELSE [cur EXCEPT ![Head(rest)] =
              AtPath(op, @, default, Append(done, Head(rest)), Tail(rest), args)]

RECURSIVE ApplyUpdates(_, _, _)
ApplyUpdates(cur, default, updates) ==
    IF updates = <<>> THEN cur
    ELSE LET u == Head(updates) IN
         ApplyUpdates(AtPath(u.op, cur, default, <<>>, UpdatePath(u), UpdateArgs(u)), default, Tail(updates))
===============================================================================
