-------------------------------- MODULE Option --------------------------------
(***************************************************************************)
(* Option types Some(v) | None built on Apalache variants.                 *)
(***************************************************************************)
EXTENDS Apalache, Variants

Some(__x) == Variant("Some", __x)

None == Variant("None", UNIT)

IsSome(__o) == VariantTag(__o) = "Some"

IsNone(__o) == VariantTag(__o) = "None"

\* __caseSome(v) if __o = Some(v), else __caseNone(UNIT).
OptionCase(__o, __caseSome(_), __caseNone(_)) ==
  IF IsSome(__o) THEN __caseSome(VariantGetUnsafe("Some", __o))
  ELSE __caseNone(UNIT)

\* Some(__f(v)) if __o = Some(v), else None.
OptionMap(__f(_), __o) ==
  LET __some(__x) == Some(__f(__x))
      __none(__u) == None
  IN  OptionCase(__o, __some, __none)

\* __f(v) if __o = Some(v), else None.
OptionFlatMap(__f(_), __o) ==
  LET __some(__x) == __f(__x)
      __none(__u) == None
  IN  OptionCase(__o, __some, __none)

\* v if __o = Some(v), else __default.
OptionGetOrElse(__o, __default) ==
  LET __some(__x) == __x
      __none(__u) == __default
  IN  OptionCase(__o, __some, __none)

OptionToSeq(__o) ==
  LET __some(__x) == << __x >>
      __none(__u) == << >>
  IN  OptionCase(__o, __some, __none)

OptionToSet(__o) ==
  LET __some(__x) == { __x }
      __none(__u) == {}
  IN  OptionCase(__o, __some, __none)

\* None if __s is empty, else Some(x) for some x \in __s.
OptionGuess(__s) ==
  LET __pick(__acc, __b) == IF IsSome(__acc) THEN __acc ELSE Some(__b)
  IN  ApaFoldSet(__pick, None, __s)

\* Some(__f[v]) if __o = Some(v), else None.
OptionFunApp(__f, __o) ==
  LET __apply(__x) == __f[__x]
  IN  OptionMap(__apply, __o)

\* Extends __f to __undefined, mapping its elements to None and the other
\* arguments x to Some(__f[x]).
OptionPartialFun(__f, __undefined) ==
  [__x \in (DOMAIN __f) \cup __undefined |->
     IF __x \in __undefined THEN None ELSE Some(__f[__x])]

===============================================================================
