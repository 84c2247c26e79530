---- MODULE Instances ----
EXTENDS Naturals
\* expectations for INSTANCE substitution, parameterised instances and LOCAL definitions
K == 10
I == INSTANCE Inner WITH C <- K
J(n) == INSTANCE Inner WITH C <- n
Plain == I!Double                                                  \* expect: 20
WithArgs == I!AddC(1)                                              \* expect: 11
Param == J(3)!Double                                               \* expect: 6
====
