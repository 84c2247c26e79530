------------------------------- MODULE Graphs -------------------------------
(***************************************************************************)
(* Directed graphs as records [node |-> N, edge |-> E], E \subseteq N \X N.*)
(***************************************************************************)
LOCAL INSTANCE Naturals
LOCAL INSTANCE Sequences
LOCAL INSTANCE SequencesExt
LOCAL INSTANCE FiniteSets

IsDirectedGraph(G) ==
  /\ G = [node |-> G.node, edge |-> G.edge]
  /\ G.edge \subseteq G.node \X G.node

DirectedSubgraph(G) ==
  { H \in [node : SUBSET G.node, edge : SUBSET (G.node \X G.node)] :
      IsDirectedGraph(H) /\ H.edge \subseteq G.edge }

\* G with every edge reversed.
Transpose(G) == [node |-> G.node, edge |-> { << e[2], e[1] >> : e \in G.edge }]

-----------------------------------------------------------------------------

IsUndirectedGraph(G) ==
  IsDirectedGraph(G) /\ \A e \in G.edge : << e[2], e[1] >> \in G.edge

UndirectedSubgraph(G) == { H \in DirectedSubgraph(G) : IsUndirectedGraph(H) }

-----------------------------------------------------------------------------

\* Non-empty sequences of nodes in which consecutive nodes are joined by edges.
Path(G) ==
  { p \in Seq(G.node) :
      p # << >> /\ \A i \in 1 .. Len(p) - 1 : << p[i], p[i + 1] >> \in G.edge }

\* Paths that visit no node twice.
SimplePath(G) ==
  { p \in SeqOf(G.node, Cardinality(G.node)) :
      /\ p # << >>
      /\ IsInjective(p)
      /\ \A i \in 1 .. Len(p) - 1 : << p[i], p[i + 1] >> \in G.edge }

AreConnectedIn(m, n, G) ==
  \E p \in SimplePath(G) : p[1] = m /\ p[Len(p)] = n

\* The Boolean matrix of reachability (paths of length >= 0), computed
\* with Warshall's algorithm.
ConnectionsIn(G) ==
  LET reach[Mid \in SUBSET G.node] ==
        IF Mid = {} THEN [m, n \in G.node |-> m = n \/ << m, n >> \in G.edge]
        ELSE LET u == CHOOSE v \in Mid : TRUE
                 prev == reach[Mid \ {u}]
             IN  [m, n \in G.node |-> prev[m, n] \/ (prev[m, u] /\ prev[u, n])]
  IN  reach[G.node]

IsStronglyConnected(G) == \A m, n \in G.node : AreConnectedIn(m, n, G)

-----------------------------------------------------------------------------

\* G is a tree whose edges point towards the root r.
IsTreeWithRoot(G, r) ==
  /\ IsDirectedGraph(G)
  /\ \A e \in G.edge : /\ e[1] # r
                       /\ \A f \in G.edge : e[1] = f[1] => e = f
  /\ \A n \in G.node : AreConnectedIn(n, r, G)

=============================================================================
