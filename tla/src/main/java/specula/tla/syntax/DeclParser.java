package specula.tla.syntax;

import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Exprs;
import specula.tla.syntax.ast.Parts;
import specula.tla.syntax.ast.Unit;

import java.util.ArrayList;
import java.util.List;

/** Declarations and definitions: CONSTANT, VARIABLE, RECURSIVE, operator/function/module definitions, INSTANCE. */
abstract class DeclParser extends CompoundExprParser {

    DeclParser(String file, List<Token> tokens) {
        super(file, tokens);
    }

    /**
     * True when a definition header ({@code F ==}, {@code F(p) ==}, {@code f[x \in S] ==}, {@code a + b ==},
     * {@code -. a ==}, {@code a ^+ ==}) starts at the current token. SANY decides this before committing, which is
     * why a malformed header is reported at its first token.
     */
    boolean looksLikeDefinition() {
        Token t = raw(); // SANY checks alignment on expression tokens only, not on definition headers
        Token n1 = rawAt(1);
        if (t.kind() == Token.Kind.IDENT) {
            if (n1.is("==")) {
                return true;
            }
            if (n1.is("(") || n1.is("[")) {
                int close = matching(1);
                return close > 0 && rawAt(close + 1).is("==");
            }
            if (n1.kind() == Token.Kind.OP && rawAt(2).kind() == Token.Kind.IDENT && rawAt(3).is("==")) {
                return Operators.infix(n1.text()) != null;
            }
            return n1.kind() == Token.Kind.OP && Operators.postfix(n1.text()) != null && rawAt(2).is("==");
        }
        if (t.kind() == Token.Kind.OP) {
            if (t.is("-.") && n1.kind() == Token.Kind.IDENT && rawAt(2).is("==")) {
                return true;
            }
            return Operators.prefix(t.text()) != null && n1.kind() == Token.Kind.IDENT && rawAt(2).is("==");
        }
        return false;
    }

    @Override
    boolean definitionStartsHere() {
        return looksLikeDefinition();
    }

    /** Index (relative) of the bracket closing the one at relative index {@code open}, or -1. */
    private int matching(int open) {
        int depth = 0;
        for (int k = open; ; k++) {
            Token t = rawAt(k);
            if (t.kind() == Token.Kind.EOF || t.kind() == Token.Kind.EQUALS || t.kind() == Token.Kind.DASHES) {
                return -1;
            }
            if (t.is("(") || t.is("[") || t.is("{") || t.is("<<")) {
                depth++;
            } else if (t.is(")") || t.is("]") || t.is("}") || t.is(">>") || t.is("]_") || t.is(">>_")) {
                depth--;
                if (depth == 0) {
                    return k;
                }
            } else if (t.is("==") && depth > 0) {
                return -1;
            }
        }
    }

    /** A definition; {@code local} and {@code start} come from a preceding LOCAL. */
    Unit definition(boolean local, Token start) {
        if (!looksLikeDefinition()) {
            throw error(peek(), "a definition");
        }
        Token t = advance();
        if (t.kind() == Token.Kind.OP) { // prefix operator definition
            String name = t.text();
            Token p = advance();
            advance();
            return opDef(start, local, new Parts.Name(range(t), name), Parts.Fixity.PREFIX,
                    List.of(plainParam(p)));
        }
        Token n1 = peek();
        if (n1.is("==")) {
            advance();
            if (at("INSTANCE")) {
                Unit.Instance inst = instance(false, peek());
                return new Unit.ModuleDef(from(start), local, name(t), List.of(), inst);
            }
            return opDef(start, local, name(t), Parts.Fixity.NAME, List.of());
        }
        if (n1.is("(")) {
            advance();
            List<Parts.Param> params = new ArrayList<>();
            do {
                params.add(param());
            } while (accept(","));
            expect(")");
            expect("==");
            if (at("INSTANCE")) {
                Unit.Instance inst = instance(false, peek());
                return new Unit.ModuleDef(from(start), local, name(t), List.copyOf(params), inst);
            }
            return opDef(start, local, name(t), Parts.Fixity.NAME, List.copyOf(params));
        }
        if (n1.is("[")) {
            advance();
            List<Parts.Bound> bounds = boundGroups();
            expect("]");
            expect("==");
            Expr body = expr();
            return new Unit.FnDef(from(start), local, name(t), bounds, body);
        }
        Token op = advance();
        if (Operators.postfix(op.text()) != null && at("==")) {
            advance();
            return opDef(start, local, name(op), Parts.Fixity.POSTFIX, List.of(plainParam(t)));
        }
        Token rhs = advance();
        expect("==");
        return opDef(start, local, name(op), Parts.Fixity.INFIX, List.of(plainParam(t), plainParam(rhs)));
    }

    private Parts.Name name(Token t) {
        return new Parts.Name(range(t), t.text());
    }

    private Parts.Param plainParam(Token t) {
        return new Parts.Param(range(t), name(t), 0, Parts.Fixity.NAME);
    }

    private Unit opDef(Token start, boolean local, Parts.Name name, Parts.Fixity fixity, List<Parts.Param> params) {
        Expr body = expr();
        return new Unit.OpDef(from(start), local, name, fixity, params, body);
    }

    /** {@code x}, {@code F(_, _)}, {@code _ + _}, {@code -. _}, {@code _ ^+}. */
    Parts.Param param() {
        Parts.OpDecl d = opDecl();
        return new Parts.Param(d.range(), d.name(), d.arity(), d.fixity());
    }

    Parts.OpDecl opDecl() {
        Token t = peek();
        if (t.kind() == Token.Kind.IDENT) {
            advance();
            int arity = 0;
            if (at("(")) {
                advance();
                do {
                    expect("_");
                    arity++;
                } while (accept(","));
                expect(")");
            }
            return new Parts.OpDecl(from(t), name(t), arity, Parts.Fixity.NAME);
        }
        if (t.is("_")) {
            advance();
            Token op = peek();
            if (op.kind() != Token.Kind.OP || op.is(",") || op.is(")")) {
                throw error(op, "an operator symbol");
            }
            advance();
            if (Operators.postfix(op.text()) != null && !at("_")) {
                return new Parts.OpDecl(from(t), name(op), 1, Parts.Fixity.POSTFIX);
            }
            expect("_");
            return new Parts.OpDecl(from(t), name(op), 2, Parts.Fixity.INFIX);
        }
        if (t.kind() == Token.Kind.OP && (Operators.prefix(t.text()) != null || t.is("-."))) {
            advance();
            String n = t.text();
            expect("_");
            return new Parts.OpDecl(from(t), new Parts.Name(range(t), n), 1, Parts.Fixity.PREFIX);
        }
        throw error(t, "an identifier or an operator declaration");
    }

    Unit constants(Token kw) {
        advance();
        List<Parts.OpDecl> decls = new ArrayList<>();
        do {
            decls.add(opDecl());
        } while (accept(","));
        return new Unit.Constants(from(kw), kw.text(), List.copyOf(decls));
    }

    Unit variables(Token kw) {
        advance();
        List<Parts.Name> names = new ArrayList<>();
        do {
            names.add(name(expectIdent()));
        } while (accept(","));
        return new Unit.Variables(from(kw), kw.text(), List.copyOf(names));
    }

    Unit recursive(Token kw) {
        advance();
        List<Parts.OpDecl> decls = new ArrayList<>();
        do {
            decls.add(opDecl());
        } while (accept(","));
        return new Unit.Recursive(from(kw), List.copyOf(decls));
    }

    /** {@code INSTANCE M WITH a <- e, + <- -}. */
    Unit.Instance instance(boolean local, Token start) {
        expect("INSTANCE");
        Token m = expectIdent();
        List<Parts.Substitution> subs = new ArrayList<>();
        if (accept("WITH")) {
            do {
                Token n = peek();
                if (n.kind() != Token.Kind.IDENT && n.kind() != Token.Kind.OP) {
                    throw error(n, "an identifier");
                }
                advance();
                String nm = n.text();
                expect("<-");
                Token v = peek();
                Expr value;
                if (v.kind() == Token.Kind.OP && (Operators.infix(v.text()) != null
                        || Operators.prefix(v.text()) != null || Operators.postfix(v.text()) != null)
                        && (rawAt(1).is(",") || !(isExprStartAfterSymbol()))) {
                    advance();
                    value = new Exprs.OpArg(range(v), v.text(), Operators.canonical(v.text()));
                } else {
                    value = expr();
                }
                subs.add(new Parts.Substitution(from(n), new Parts.Name(range(n), nm), value));
            } while (accept(","));
        }
        return new Unit.Instance(from(start), local, name(m), List.copyOf(subs));
    }

    /** After an operator symbol in a WITH substitution: does an operand follow (so the symbol is a prefix op)? */
    private boolean isExprStartAfterSymbol() {
        Token n = rawAt(1);
        if (n.line() != rawAt(0).line()) {
            return false;
        }
        return n.kind() == Token.Kind.IDENT || n.kind() == Token.Kind.NUMBER || n.is("(") || n.is("{")
                || n.is("<<") || n.is("[");
    }
}
