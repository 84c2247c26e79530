package specula.tla.syntax;

import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Exprs;
import specula.tla.syntax.ast.Node;
import specula.tla.syntax.ast.Parts;
import specula.tla.syntax.ast.Proof;
import specula.tla.syntax.ast.ProofStep;
import specula.tla.syntax.ast.StepBody;
import specula.tla.syntax.ast.Unit;

import java.util.ArrayList;
import java.util.List;

/** TLAPS: ASSUME ... PROVE, proofs, proof steps, USE / HIDE. */
abstract class ProofParser extends DeclParser {

    ProofParser(String file, List<Token> tokens) {
        super(file, tokens);
    }

    boolean atProofStart() {
        Token t = peek();
        return t.kind() == Token.Kind.STEP || t.isKeyword("PROOF") || t.isKeyword("BY") || t.isKeyword("OBVIOUS")
                || t.isKeyword("OMITTED");
    }

    /** A theorem statement or step assertion: ASSUME ... PROVE or an expression. */
    Expr statement() {
        if (at("ASSUME")) {
            return assumeProve();
        }
        return expr();
    }

    Expr assumeProve() {
        Token a = expect("ASSUME");
        List<Node> assumptions = new ArrayList<>();
        do {
            assumptions.add(assumption());
        } while (accept(","));
        expect("PROVE");
        Expr goal = expr();
        return new Exprs.AssumeProve(from(a), List.copyOf(assumptions), goal);
    }

    private Node assumption() {
        Token t = peek();
        boolean isNew = false;
        if (at("NEW")) {
            advance();
            isNew = true;
        }
        Token k = peek();
        String kind = "";
        if (at("CONSTANT") || at("VARIABLE") || at("STATE") || at("ACTION") || at("TEMPORAL")) {
            kind = advance().text();
        }
        if (isNew || !kind.isEmpty()) {
            Parts.OpDecl decl = opDecl();
            Expr set = null;
            if (accept("\\in")) {
                set = expr();
            }
            return new Unit.NewDecl(from(t), isNew, kind, decl, set);
        }
        if (at("ASSUME")) {
            return assumeProve();
        }
        if (looksLikeDefinition()) {
            return definition(false, k);
        }
        return expr();
    }

    /** A proof, or null when none follows. */
    Proof proof(int parentLevel) {
        Token first = peek();
        boolean kw = accept("PROOF");
        if (at("BY") || at("OBVIOUS") || at("OMITTED")) {
            return terminal(first, kw);
        }
        if (atKind(Token.Kind.STEP)) {
            return steps(first, kw, parentLevel);
        }
        if (kw) {
            throw error(peek(), "a proof step, BY, OBVIOUS or OMITTED");
        }
        return null;
    }

    private Proof terminal(Token first, boolean kw) {
        Token k = advance();
        if (!k.text().equals("BY")) {
            return new Proof.Terminal(from(first), kw, k.text(), false, List.of(), List.of());
        }
        Unit.UseHide u = useBody(k, true);
        return new Proof.Terminal(from(first), kw, "BY", u.only(), u.facts(), u.defs());
    }

    /** The body of BY / USE / HIDE: {@code [ONLY] facts [DEF names]}. */
    Unit.UseHide useBody(Token kw, boolean use) {
        boolean only = accept("ONLY");
        List<Expr> facts = new ArrayList<>();
        List<Expr> defs = new ArrayList<>();
        if (!at("DEF") && !at("DEFS")) {
            if (startsFact()) {
                do {
                    facts.add(fact());
                } while (accept(","));
            }
        }
        if (at("DEF") || at("DEFS")) {
            advance();
            do {
                defs.add(defName());
            } while (accept(","));
        }
        return new Unit.UseHide(from(kw), use, only, List.copyOf(facts), List.copyOf(defs));
    }

    private boolean startsFact() {
        Token t = peek();
        return t.kind() != Token.Kind.END && t.kind() != Token.Kind.EOF && t.kind() != Token.Kind.EQUALS
                && t.kind() != Token.Kind.DASHES && !(t.kind() == Token.Kind.KEYWORD && isUnitKeyword(t.text()));
    }

    static boolean isUnitKeyword(String k) {
        return switch (k) {
            case "CONSTANT", "CONSTANTS", "VARIABLE", "VARIABLES", "ASSUME", "ASSUMPTION", "AXIOM", "THEOREM",
                 "LEMMA", "PROPOSITION", "COROLLARY", "INSTANCE", "LOCAL", "RECURSIVE", "USE", "HIDE", "PROOF",
                 "QED", "BY", "OBVIOUS", "OMITTED", "DEF", "DEFS" -> true;
            default -> false;
        };
    }

    private Expr fact() {
        if (at("MODULE")) {
            Token m = advance();
            Token n = expectIdent();
            return new Exprs.Apply(from(m), "MODULE", List.of(new Exprs.Ident(range(n), n.text())));
        }
        return expr();
    }

    /** A name after DEF: identifier (with ! path) or an operator symbol. */
    private Expr defName() {
        Token t = peek();
        if (t.kind() == Token.Kind.OP && !t.is("(") && !t.is("<<") && !t.is("{") && !t.is("[")) {
            advance();
            return new Exprs.OpArg(range(t), t.text(), Operators.canonical(t.text()));
        }
        if (at("MODULE")) {
            return fact();
        }
        return expr();
    }

    private static int levelOf(Token step) {
        String s = step.text();
        int close = s.indexOf('>');
        String n = s.substring(1, close);
        if (n.equals("*") || n.equals("+")) {
            return -1;
        }
        try {
            return Integer.parseInt(n);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private Proof steps(Token first, boolean kw, int parentLevel) {
        int level = levelOf(peek());
        if (level < 0) {
            level = parentLevel + 1;
        }
        List<ProofStep> steps = new ArrayList<>();
        while (atKind(Token.Kind.STEP)) {
            int l = levelOf(peek());
            if (l >= 0 && l != level || (l < 0 && peek().text().startsWith("<+") && !steps.isEmpty())) {
                break;
            }
            ProofStep s = step(level);
            steps.add(s);
            if (s.body() instanceof StepBody.Qed) {
                break;
            }
        }
        return new Proof.Steps(from(first), kw, List.copyOf(steps));
    }

    private ProofStep step(int level) {
        Token label = advance();
        String text = label.text();
        boolean dot = text.endsWith(".");
        StepBody body = stepBody();
        Proof p = null;
        Token next = peek();
        if (next.kind() == Token.Kind.STEP) {
            int l = levelOf(next);
            if (l > level || (l < 0 && next.text().startsWith("<+"))) {
                p = proof(level);
            }
        } else if (atProofStart()) {
            p = proof(level);
        }
        return new ProofStep(from(label), dot ? text.substring(0, text.length() - 1) : text, dot, body, p);
    }

    private StepBody stepBody() {
        Token t = peek();
        if (t.kind() == Token.Kind.KEYWORD) {
            switch (t.text()) {
                case "QED":
                    advance();
                    return new StepBody.Qed(range(t));
                case "SUFFICES":
                    advance();
                    return new StepBody.Suffices(from(t), statement());
                case "CASE":
                    advance();
                    return new StepBody.CaseStep(from(t), expr());
                case "PICK": {
                    advance();
                    List<Parts.Bound> bounds = isBoundStart() ? boundGroups() : List.of(boundGroup(false));
                    expect(":");
                    return new StepBody.Pick(from(t), bounds, expr());
                }
                case "HAVE":
                    advance();
                    return new StepBody.Have(from(t), expr());
                case "TAKE": {
                    advance();
                    List<Parts.Bound> bounds = isBoundStart() ? boundGroups() : List.of(boundGroup(false));
                    return new StepBody.Take(from(t), bounds);
                }
                case "WITNESS":
                    advance();
                    return new StepBody.Witness(from(t), exprList());
                case "USE", "HIDE":
                    advance();
                    return new StepBody.Units(from(t), false, List.of(useBody(t, t.text().equals("USE"))));
                case "DEFINE": {
                    advance();
                    List<Unit> defs = new ArrayList<>();
                    do {
                        defs.add(definition(false, peek()));
                    } while (looksLikeDefinition());
                    return new StepBody.Units(from(t), true, List.copyOf(defs));
                }
                case "INSTANCE":
                    return new StepBody.Units(from(t), false, List.of(instance(false, t)));
                case "ASSUME":
                    return new StepBody.Assert(from(t), assumeProve());
                default:
                    break;
            }
        }
        if (looksLikeDefinition()) {
            Unit d = definition(false, t);
            return new StepBody.Units(from(t), false, List.of(d));
        }
        return new StepBody.Assert(from(t), expr());
    }
}
