-------------------------------- MODULE SVG --------------------------------
(***************************************************************************)
(* SVG elements as records [name, attrs, children, innerText], used to     *)
(* animate behaviors.  attrs maps attribute names to strings, children is  *)
(* a sequence of elements; innerText only matters for text elements.       *)
(***************************************************************************)
LOCAL INSTANCE Naturals
LOCAL INSTANCE Sequences
LOCAL INSTANCE Integers
LOCAL INSTANCE TLC
LOCAL INSTANCE FiniteSets

\* The record with the fields of both; r1 wins on common fields.
LOCAL Merge(r1, r2) ==
  [k \in (DOMAIN r1) \cup (DOMAIN r2) |-> IF k \in DOMAIN r1 THEN r1[k] ELSE r2[k]]

SVGElem(_name, _attrs, _children, _innerText) ==
  [name |-> _name, attrs |-> _attrs, children |-> _children,
   innerText |-> _innerText]

\* Coordinates and sizes are integers; they become attribute strings.
Line(x1, y1, x2, y2, attrs) ==
  SVGElem("line",
          Merge([x1 |-> ToString(x1), y1 |-> ToString(y1),
                 x2 |-> ToString(x2), y2 |-> ToString(y2)], attrs),
          << >>, "")

Circle(cx, cy, r, attrs) ==
  SVGElem("circle",
          Merge([cx |-> ToString(cx), cy |-> ToString(cy), r |-> ToString(r)],
                attrs),
          << >>, "")

Rect(x, y, w, h, attrs) ==
  SVGElem("rect",
          Merge([x |-> ToString(x), y |-> ToString(y),
                 width |-> ToString(w), height |-> ToString(h)], attrs),
          << >>, "")

Text(x, y, text, attrs) ==
  SVGElem("text", Merge([x |-> ToString(x), y |-> ToString(y)], attrs),
          << >>, text)

Image(x, y, width, height, href, attrs) ==
  SVGElem("image",
          Merge(("xlink:href" :> href) @@ ("x" :> ToString(x))
                  @@ ("y" :> ToString(y)) @@ ("width" :> ToString(width))
                  @@ ("height" :> ToString(height)),
                attrs),
          << >>, "")

\* A group of the elements in the sequence children.
Group(children, attrs) == SVGElem("g", attrs, children, "")

\* An svg container of the elements in the sequence children.
Svg(children, attrs) == SVGElem("svg", attrs, children, "")

\* A complete document showing children in the view box (vbX, vbY, vbW, vbH).
SVGDoc(children, vbX, vbY, vbW, vbH, attrs) ==
  LET box == ToString(vbX) \o " " \o ToString(vbY) \o " "
               \o ToString(vbW) \o " " \o ToString(vbH)
      docAttrs == ("xmlns:xlink" :> "http://www.w3.org/1999/xlink")
                    @@ ("xmlns" :> "http://www.w3.org/2000/svg")
                    @@ ("viewBox" :> box)
  IN  Svg(<< children >>, Merge(docAttrs, attrs))

\* The SVG text of elem (implemented natively).
SVGElemToString(elem) == TRUE

-------------------------------------------------------------------------------

\* Coordinates of the n-th of m nodes evenly placed on the circle of radius r
\* around (cx, cy) (implemented natively: TLC has no trigonometry).
NodeOfRingNetwork(cx, cy, r, n, m) == [x |-> 0, y |-> 0]

\* A layout: a function from nodes to coordinates (implemented natively).
NodesOfDirectedMultiGraph(nodes, edges, options) ==
  CHOOSE layout \in [nodes -> [x : Int, y : Int]] : TRUE

\* The point 1/segment of the way from from to to.
PointOnLine(from, to, segment) ==
  [x |-> from.x + ((to.x - from.x) \div segment),
   y |-> from.y + ((to.y - from.y) \div segment)]

-------------------------------------------------------------------------------

\* Writes the SVG text of svg to the file <frameNamePrefix><frameNumber>.svg.
SVGSerialize(svg, frameNamePrefix, frameNumber) ==
  LET IO == INSTANCE IOUtils
  IN  IO!Serialize(SVGElemToString(svg),
                   frameNamePrefix \o ToString(frameNumber) \o ".svg",
                   [format |-> "TXT", charset |-> "UTF-8",
                    openOptions |-> << "WRITE", "CREATE", "TRUNCATE_EXISTING" >>])

=============================================================================
