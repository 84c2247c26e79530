------------------------------ MODULE Bitwise ------------------------------
(***************************************************************************)
(* Bitwise operations on non-negative integers.                            *)
(***************************************************************************)
LOCAL INSTANCE Integers

\* Combines the binary digits of x and y with bit(_, _), digit by digit.
RECURSIVE BitOp(_, _, _)
LOCAL BitOp(x, y, bit(_, _)) ==
  IF x = 0 /\ y = 0 THEN bit(0, 0)
  ELSE bit(x % 2, y % 2) + 2 * BitOp(x \div 2, y \div 2, bit)

\* Bitwise AND.
x & y == BitOp(x, y, LAMBDA a, b : a * b)

\* Bitwise OR.
x | y == BitOp(x, y, LAMBDA a, b : IF a + b > 0 THEN 1 ELSE 0)

\* Bitwise exclusive OR (^ alone is exponentiation).
x ^^ y == BitOp(x, y, LAMBDA a, b : (a + b) % 2)

\* n shifted right by pos bits.
RECURSIVE shiftR(_, _)
shiftR(n, pos) == IF pos = 0 THEN n ELSE shiftR(n \div 2, pos - 1)

=============================================================================
