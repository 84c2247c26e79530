package specula.tla.syntax;

import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Module;
import specula.tla.syntax.ast.Parts;
import specula.tla.syntax.ast.Proof;
import specula.tla.syntax.ast.Range;
import specula.tla.syntax.ast.Unit;

import java.util.ArrayList;
import java.util.List;

/** Modules and their units, with recovery: after an error it skips to the next unit that starts in column 1. */
final class ModuleParser extends ProofParser {
    private static final int MAX_ERRORS = 25;
    private static final String MODULE_BODY = "\"==== or more Module body\"";
    private final List<Parts.Comment> comments;

    ModuleParser(String file, List<Token> tokens, List<Parts.Comment> comments) {
        super(file, tokens);
        this.comments = comments;
    }

    List<SyntaxDiagnostic> diagnostics() {
        return errors;
    }

    Module parseModule() {
        try {
            return module();
        } catch (ParseError e) {
            errors.add(e.diagnostic);
            return null;
        }
    }

    private Module module() {
        Token head = peek();
        if (head.kind() != Token.Kind.DASHES || !rawAt(1).isKeyword("MODULE")) {
            ParseError e = error(head, "\"---- MODULE\" (beginning of module)");
            throw new ParseError(e.diagnostic.withHint("no module header: the text must contain a line like"
                    + " ---- MODULE Name ---- (and the name must match the file name)"));
        }
        advance();
        advance();
        Token name = expectIdent();
        if (peek().kind() != Token.Kind.DASHES) {
            throw error(peek(), "\"----\"");
        }
        advance();
        List<Parts.Name> ext = new ArrayList<>();
        if (at("EXTENDS")) {
            advance();
            do {
                Token n = expectIdent();
                ext.add(new Parts.Name(range(n), n.text()));
            } while (accept(","));
        }
        List<Unit> units = new ArrayList<>();
        while (peek().kind() != Token.Kind.EQUALS) {
            if (peek().kind() == Token.Kind.EOF) {
                throw error(peek(), MODULE_BODY);
            }
            int before = index;
            try {
                units.add(unit());
            } catch (ParseError e) {
                errors.add(e.diagnostic);
                if (errors.size() >= MAX_ERRORS) {
                    throw new ParseError(e.diagnostic);
                }
                recover(before);
            }
        }
        advance();
        Range r = from(head);
        List<Parts.Comment> inside = comments.stream().filter(c -> within(c.range(), r)).toList();
        return new Module(r, name.text(), List.copyOf(ext), List.copyOf(units), inside);
    }

    private static boolean within(Range c, Range r) {
        return (c.line() > r.line() || (c.line() == r.line() && c.column() >= r.column()))
                && (c.line() < r.endLine() || (c.line() == r.endLine() && c.column() <= r.endColumn()));
    }

    /** Skips to a plausible unit start: a token in column 1 (or the module end) after at least one token. */
    private void recover(int before) {
        if (index == before) {
            advance();
        }
        while (true) {
            Token t = rawAt(0);
            if (t.kind() == Token.Kind.EOF || t.kind() == Token.Kind.EQUALS || t.kind() == Token.Kind.DASHES) {
                return;
            }
            if (t.column() == 1 && (t.kind() == Token.Kind.IDENT || t.kind() == Token.Kind.KEYWORD)) {
                return;
            }
            advance();
        }
    }

    private Unit unit() {
        Token t = peek();
        switch (t.kind()) {
            case DASHES:
                if (rawAt(1).isKeyword("MODULE")) {
                    Module m = module();
                    return new Unit.Submodule(m.range(), m);
                }
                advance();
                return new Unit.Separator(range(t));
            case KEYWORD:
                return keywordUnit(t);
            case IDENT:
            case OP:
                if (looksLikeDefinition()) {
                    return definition(false, t);
                }
                throw unitError(t);
            default:
                throw unitError(t);
        }
    }

    private ParseError unitError(Token t) {
        ParseError e = error(t, MODULE_BODY);
        String hint = Hints.forUnitStart(this, t);
        return hint == null ? e : new ParseError(e.diagnostic.withHint(hint));
    }

    private Unit keywordUnit(Token t) {
        if (rawAt(1).kind() == Token.Kind.IDENT && rawAt(2).is("==")
                && (t.text().equals("INSTANCE") || t.text().startsWith("CONSTANT") || t.text().startsWith("VARIABLE"))) {
            // SANY marks "Name ==" as the beginning of a definition, so the keyword has nothing to apply to.
            throw new ParseError(new SyntaxDiagnostic(range(t), "E_PARSE", "Encountered \"" + t.text()
                    + " Beginning of definition\" at line " + t.line() + ", column " + t.column()
                    + ". Was expecting " + MODULE_BODY, "this " + t.text() + " is incomplete: something is missing"
                    + " before the definition that follows it"));
        }
        switch (t.text()) {
            case "CONSTANT", "CONSTANTS":
                return constants(t);
            case "VARIABLE", "VARIABLES":
                return variables(t);
            case "RECURSIVE":
                return recursive(t);
            case "INSTANCE":
                return instance(false, t);
            case "LOCAL": {
                advance();
                if (at("INSTANCE")) {
                    return instance(true, t);
                }
                return definition(true, t);
            }
            case "ASSUME", "ASSUMPTION", "AXIOM": {
                advance();
                Parts.Name name = optionalName();
                Expr body = expr();
                return new Unit.Assume(from(t), t.text(), name, body);
            }
            case "THEOREM", "LEMMA", "PROPOSITION", "COROLLARY": {
                advance();
                Parts.Name name = optionalName();
                Expr stmt = statement();
                Proof p = atProofStart() ? proof(0) : null;
                return new Unit.Theorem(from(t), t.text(), name, stmt, p);
            }
            case "USE", "HIDE":
                advance();
                return useBody(t, t.text().equals("USE"));
            default:
                throw unitError(t);
        }
    }

    private Parts.Name optionalName() {
        if (peek().kind() == Token.Kind.IDENT && rawAt(1).is("==")) {
            Token n = advance();
            advance();
            return new Parts.Name(range(n), n.text());
        }
        return null;
    }

    @Override
    Unit letDefinition() {
        Token t = peek();
        if (at("RECURSIVE")) {
            return recursive(t);
        }
        if (at("LOCAL")) {
            advance();
            return definition(true, t);
        }
        if (!looksLikeDefinition()) {
            throw error(t, "\"IN\" or a definition");
        }
        return definition(false, t);
    }
}
