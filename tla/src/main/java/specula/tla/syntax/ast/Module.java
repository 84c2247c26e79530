package specula.tla.syntax.ast;

import java.util.List;

/**
 * A module: name, EXTENDS list and units in source order. {@code comments} are the comment blocks between units, kept
 * so the printer can put them back; they take no part in structural equality.
 */
public record Module(Range range, String name, List<Parts.Name> extendsList, List<Unit> units,
                     List<Parts.Comment> comments) implements Node {
}
