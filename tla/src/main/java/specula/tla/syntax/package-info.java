/**
 * TLA+ front end, syntax phase: a hand-written lexer and recursive-descent / precedence-climbing parser that accepts
 * what SANY accepts and reports syntax errors where SANY does.
 *
 * <p>Public API:
 * <ul>
 *   <li>{@link specula.tla.syntax.TlaParser#parse(String, String)} returns a {@link specula.tla.syntax.ParseResult}:
 *       the (possibly partial) {@link specula.tla.syntax.ast.Module} and {@link specula.tla.syntax.SyntaxDiagnostic}s
 *       (range, stable code, SANY-style message, optional hint). No exception escapes.</li>
 *   <li>{@link specula.tla.syntax.AstPrinter#print(specula.tla.syntax.ast.Module)}: tree back to text; parsing the
 *       text gives the same tree modulo ranges ({@link specula.tla.syntax.AstDump#sameModuloRanges}).</li>
 *   <li>{@link specula.tla.syntax.AstDump}: outline of a tree (with ranges, to a depth) for {@code ast MODULE}.</li>
 *   <li>{@link specula.tla.syntax.DiagnosticFormatter}: message, hint and source excerpt with a caret.</li>
 *   <li>{@link specula.tla.syntax.WorkspaceParser}: a module plus the EXTENDS/INSTANCE closure found in a
 *       workspace; other names are reported as external (standard library).</li>
 * </ul>
 *
 * <p>Layers (each a subclass of the previous): {@code ParserBase} (cursor and SANY's offside rule for junction lists),
 * {@code ExprParser} (operator precedence by SANY's ranges), {@code CompoundExprParser} (bracketed and keyword forms),
 * {@code DeclParser} (declarations, definitions), {@code ProofParser} (TLAPS), {@code ModuleParser} (units, recovery).
 * Identifiers are not resolved here: operator applications keep their spelling and a canonical name.
 */
package specula.tla.syntax;
