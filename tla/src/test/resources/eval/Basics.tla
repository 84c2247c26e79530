---- MODULE Basics ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
\* Each definition marked "expect" is evaluated and printed as TLC prints values.
Arith == <<1 + 2, 7 \div 2, (-7) \div 2, -7 \div 2, -7 % 3, 2 ^ 10, -(3)>>  \* expect: <<3, 3, -4, -3, 2, 1024, -3>>
Cmp == <<1 < 2, 2 =< 2, 3 >= 4, 1 # 2>>                             \* expect: <<TRUE, TRUE, FALSE, TRUE>>
Range == 2..5                                                      \* expect: 2..5
SetOps == <<{1, 2} \cup {3}, {1, 2} \cap {2, 3}, {1, 2} \ {1}>>     \* expect: <<{1, 2, 3}, {2}, {2}>>
Subset == {1, 2} \subseteq {1, 2, 3}                               \* expect: TRUE
Powerset == Cardinality(SUBSET {1, 2, 3})                          \* expect: 8
Union == UNION {{1}, {2, 3}}                                       \* expect: {1, 2, 3}
Filter == {x \in 1..10 : x % 3 = 0}                                \* expect: {3, 6, 9}
Map == {x * x : x \in 1..3}                                        \* expect: {1, 4, 9}
MapTwo == {<<x, y>> : x \in 1..2, y \in {"a"}}                     \* expect: {<<1, "a">>, <<2, "a">>}
Forall == \A x \in 1..5 : x > 0                                    \* expect: TRUE
Exists == \E x, y \in 1..3 : x + y = 6                             \* expect: TRUE
TupleBound == \E <<a, b>> \in {<<1, 2>>} : a + b = 3               \* expect: TRUE
Choose == CHOOSE x \in 1..10 : x > 4                               \* expect: 5
Fcn == [i \in 1..3 |-> i * 2]                                      \* expect: <<2, 4, 6>>
FcnApply == [i \in {"a", "b"} |-> i][("b")]                        \* expect: "b"
Rec == [a |-> 1, b |-> "x"]                                        \* expect: [a |-> 1, b |-> "x"]
RecField == [a |-> 1, b |-> "x"].b                                 \* expect: "x"
Except == [[a |-> 1, b |-> 2] EXCEPT !.a = @ + 10]                 \* expect: [a |-> 11, b |-> 2]
ExceptNested == [[i \in 1..2 |-> <<0, 0>>] EXCEPT ![2][1] = 5]     \* expect: <<<<0, 0>>, <<5, 0>>>>
Domain == DOMAIN <<"x", "y">>                                      \* expect: 1..2
FcnSetSize == Cardinality([{1, 2} -> {3, 4, 5}])                   \* expect: 9
RecSetMember == [a |-> 1] \in [a : Nat]                            \* expect: TRUE
IfCase == <<IF 1 > 2 THEN "a" ELSE "b", CASE 1 = 2 -> 1 [] OTHER -> 2>>  \* expect: <<"b", 2>>
Let == LET sq(x) == x * x  y == 3 IN sq(y)                         \* expect: 9
Seqs == <<Len(<<1, 2>>), Append(<<1>>, 2), Head(<<3, 4>>), Tail(<<3, 4>>), <<1>> \o <<2>>>>  \* expect: <<2, <<1, 2>>, 3, <<4>>, <<1, 2>>>>
SubSeqs == SubSeq(<<1, 2, 3, 4>>, 2, 3)                            \* expect: <<2, 3>>
Select == SelectSeq(<<1, 2, 3, 4>>, LAMBDA x : x % 2 = 0)          \* expect: <<2, 4>>
SeqMember == <<1, 2>> \in Seq(Nat)                                 \* expect: TRUE
RECURSIVE Fact(_)
Fact(n) == IF n = 0 THEN 1 ELSE n * Fact(n - 1)
RecOp == Fact(5)                                                   \* expect: 120
fib[n \in Nat] == IF n < 2 THEN n ELSE fib[n - 1] + fib[n - 2]
RecFcn == fib[20]                                                  \* expect: 6765
Apply2(F(_, _), a, b) == F(a, b)
HigherOrder == <<Apply2(+, 2, 3), Apply2(LAMBDA x, y : x * y, 2, 3)>> \* expect: <<5, 6>>
Merge == (1 :> "a") @@ (2 :> "b")                                  \* expect: <<"a", "b">>
Perms == Cardinality(Permutations({1, 2, 3}))                      \* expect: 6
Sort == SortSeq(<<3, 1, 2>>, <)                                    \* expect: <<1, 2, 3>>
InfiniteFilter == 4 \in {n \in Nat : n % 2 = 0}                    \* expect: TRUE
Str == ToString(<<1, "a">>)                                        \* expect: "<<1, \"a\">>"
Strings == "abc" \in STRING                                        \* expect: TRUE
Bool == BOOLEAN                                                    \* expect: {FALSE, TRUE}
Overflow == 2147483647 + 1                                         \* error: Overflow
NotInDomain == <<1, 2>>[3]                                         \* error: domain
ChooseNone == CHOOSE x \in 1..3 : x > 5                            \* error: no element of S satisfied P
BadAssert == Assert(1 = 2, "boom")                                 \* error: boom
====
