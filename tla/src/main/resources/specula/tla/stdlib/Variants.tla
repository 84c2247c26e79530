------------------------------- MODULE Variants -------------------------------
(***************************************************************************)
(* Variants (tagged unions) of Apalache, with their untyped meaning: a     *)
(* variant is a record [tag |-> name, value |-> v].                        *)
(***************************************************************************)

\* The only value of the unit type.
UNIT == "U_OF_UNIT"

Variant(__tagName, __value) == [tag |-> __tagName, value |-> __value]

\* The values of the variants in __S tagged __tagName.
VariantFilter(__tagName, __S) ==
  { __v.value : __v \in { __e \in __S : __e.tag = __tagName } }

VariantTag(__variant) == __variant.tag

\* The value of __variant if it is tagged __tagName, else __defaultValue.
VariantGetOrElse(__tagName, __variant, __defaultValue) ==
  IF __variant.tag = __tagName THEN __variant.value ELSE __defaultValue

\* The value of __variant, assuming it is tagged __tagName.
VariantGetUnsafe(__tagName, __variant) == __variant.value

===============================================================================
