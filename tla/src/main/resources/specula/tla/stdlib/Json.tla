-------------------------------- MODULE Json --------------------------------
(***************************************************************************)
(* Conversion of values to JSON text and (nd)JSON file input/output.  The  *)
(* engine implements every exported operator natively; the definitions     *)
(* below give the intended meaning where it can be stated in TLA+.         *)
(***************************************************************************)
LOCAL INSTANCE Naturals
LOCAL INSTANCE Sequences
LOCAL INSTANCE FiniteSets
LOCAL INSTANCE TLC

\* Whether the function F with domain D is a sequence (decided natively).
LOCAL IsSequenceFn(F, D) == CHOOSE b \in BOOLEAN : TRUE

LOCAL Member(F, d) == ToString(ToString(d)) \o ":" \o ToString(F[d])

\* Joins item(d) for every d \in D with ", ".
LOCAL Joined(D, item(_)) ==
  LET join[T \in SUBSET D] ==
        IF T = {} THEN ""
        ELSE LET d == CHOOSE x \in T : TRUE
                 rest == T \ {d}
             IN  item(d) \o (IF rest = {} THEN "" ELSE ", " \o join[rest])
  IN  join[D]

LOCAL ObjectText(F) == "{" \o Joined(DOMAIN F, LAMBDA d : Member(F, d)) \o "}"

LOCAL ArrayText(F) == "[" \o Joined(DOMAIN F, LAMBDA d : ToString(F[d])) \o "]"

\* Records become JSON objects, tuples and sets become arrays.
ToJson(value) ==
  IF DOMAIN value = {} THEN "{}"
  ELSE IF IsFiniteSet(value) \/ IsSequenceFn(value, DOMAIN value)
       THEN ArrayText(value)
       ELSE ObjectText(value)

ToJsonArray(value) == IF DOMAIN value = {} THEN "[]" ELSE ArrayText(value)

ToJsonObject(value) == IF DOMAIN value = {} THEN "{}" ELSE ObjectText(value)

\* Writes value to the file as one JSON document; equals TRUE.
JsonSerialize(absoluteFilename, value) == TRUE

\* The value of the JSON document in the file.
JsonDeserialize(absoluteFilename) == CHOOSE val : TRUE

\* Writes the elements of the tuple value as newline-delimited JSON; TRUE.
ndJsonSerialize(absoluteFilename, value) == TRUE

\* The tuple of values read from a newline-delimited JSON file.
ndJsonDeserialize(absoluteFilename) == CHOOSE val : TRUE

=============================================================================
