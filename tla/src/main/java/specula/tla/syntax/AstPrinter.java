package specula.tla.syntax;

import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Module;
import specula.tla.syntax.ast.Parts;
import specula.tla.syntax.ast.Proof;
import specula.tla.syntax.ast.ProofStep;
import specula.tla.syntax.ast.Range;
import specula.tla.syntax.ast.StepBody;
import specula.tla.syntax.ast.Unit;

import java.util.ArrayList;
import java.util.List;

/**
 * Syntax tree back to conventional TLA+ text: one unit per paragraph, junction lists aligned, module-level comments
 * restored between the units they stood between; comments that stood inside a unit follow it, so no text is lost.
 */
public final class AstPrinter extends ExprPrinter {
    private static final int WIDTH = 78;
    private int lastCommentEnd = -2;

    private AstPrinter() {
        super(new Out());
    }

    public static String print(Module m) {
        AstPrinter p = new AstPrinter();
        p.module(m);
        return p.out.toString() + "\n";
    }

    public static String print(Expr e) {
        AstPrinter p = new AstPrinter();
        p.expr(e);
        return p.out.toString();
    }

    public static String print(Unit u) {
        AstPrinter p = new AstPrinter();
        p.unit(u);
        return p.out.toString();
    }

    private void module(Module m) {
        String head = " MODULE " + m.name() + " ";
        int dashes = Math.max(4, (WIDTH - head.length()) / 2);
        out.text("-".repeat(dashes) + head + "-".repeat(Math.max(4, WIDTH - dashes - head.length())));
        if (!m.extendsList().isEmpty()) {
            out.newline(1);
            out.text("EXTENDS " + String.join(", ", m.extendsList().stream().map(Parts.Name::text).toList()));
        }
        List<Parts.Comment> comments = new ArrayList<>(m.comments());
        int ci = 0;
        for (Unit u : m.units()) {
            ci = commentsBefore(comments, ci, u.range());
            out.newline(1);
            if (!(u instanceof Unit.Separator)) {
                out.newline(1);
            }
            unit(u);
        }
        ci = commentsBefore(comments, ci, null);
        out.newline(1);
        out.text("=".repeat(WIDTH));
    }

    /** Emits the comments that start before {@code next} and lie outside every unit; returns the next index. */
    private int commentsBefore(List<Parts.Comment> comments, int ci, Range next) {
        while (ci < comments.size()) {
            Parts.Comment c = comments.get(ci);
            if (next != null && !before(c.range(), next)) {
                break;
            }
            ci++;
            if (next != null && inside(c.range(), next)) {
                continue;
            }
            if (c.range().line() > lastCommentEnd + 1) {
                out.newline(1);
            }
            out.newline(c.range().column());
            out.text(c.text());
            lastCommentEnd = c.range().endLine();
        }
        return ci;
    }

    private static boolean before(Range a, Range b) {
        return a.line() < b.line() || (a.line() == b.line() && a.column() < b.column());
    }

    private static boolean inside(Range c, Range u) {
        return !before(c, u) && (c.line() < u.endLine() || (c.line() == u.endLine() && c.column() <= u.endColumn()));
    }

    @Override
    void unit(Unit u) {
        if (u instanceof Unit.Constants c) {
            out.text(c.keyword() + " " + String.join(", ", c.decls().stream().map(AstPrinter::decl).toList()));
        } else if (u instanceof Unit.Variables v) {
            out.text(v.keyword() + " " + String.join(", ", v.names().stream().map(Parts.Name::text).toList()));
        } else if (u instanceof Unit.OpDef d) {
            out.text((d.local() ? "LOCAL " : "") + head(d) + " == ");
            expr(d.body());
        } else if (u instanceof Unit.FnDef f) {
            out.text((f.local() ? "LOCAL " : "") + f.name().text() + "[");
            bounds(f.bounds());
            out.text("] == ");
            expr(f.body());
        } else if (u instanceof Unit.Instance i) {
            instance(i);
        } else if (u instanceof Unit.ModuleDef d) {
            out.text((d.local() ? "LOCAL " : "") + d.name().text() + params(d.params()) + " == ");
            instance(d.instance());
        } else if (u instanceof Unit.Assume a) {
            out.text(a.keyword() + " " + (a.name() == null ? "" : a.name().text() + " == "));
            expr(a.body());
        } else if (u instanceof Unit.Theorem t) {
            out.text(t.keyword() + " " + (t.name() == null ? "" : t.name().text() + " == "));
            expr(t.statement());
            if (t.proof() != null) {
                proof(t.proof(), 1);
            }
        } else if (u instanceof Unit.Recursive r) {
            out.text("RECURSIVE " + String.join(", ", r.decls().stream().map(AstPrinter::decl).toList()));
        } else if (u instanceof Unit.Separator) {
            out.text("-".repeat(WIDTH));
        } else if (u instanceof Unit.Submodule s) {
            module(s.module());
        } else if (u instanceof Unit.UseHide h) {
            useHide(h.use() ? "USE" : "HIDE", h.only(), h.facts(), h.defs());
        } else if (u instanceof Unit.NewDecl n) {
            out.text((n.isNew() ? "NEW " : "") + (n.kind().isEmpty() ? "" : n.kind() + " ") + decl(n.decl()));
            if (n.set() != null) {
                out.text(" \\in ");
                expr(n.set());
            }
        }
    }

    private static String head(Unit.OpDef d) {
        return switch (d.fixity()) {
            case PREFIX -> d.name().text() + " " + d.params().get(0).name().text();
            case POSTFIX -> d.params().get(0).name().text() + d.name().text();
            case INFIX -> d.params().get(0).name().text() + " " + d.name().text() + " "
                    + d.params().get(1).name().text();
            default -> d.name().text() + params(d.params());
        };
    }

    private static String params(List<Parts.Param> ps) {
        if (ps.isEmpty()) {
            return "";
        }
        return "(" + String.join(", ", ps.stream().map(p -> decl(new Parts.OpDecl(p.range(), p.name(), p.arity(),
                p.fixity()))).toList()) + ")";
    }

    private static String decl(Parts.OpDecl d) {
        String n = d.name().text();
        return switch (d.fixity()) {
            case INFIX -> "_ " + n + " _";
            case PREFIX -> n + " _";
            case POSTFIX -> "_ " + n;
            default -> d.arity() == 0 ? n : n + "(" + String.join(", ", java.util.Collections.nCopies(d.arity(), "_"))
                    + ")";
        };
    }

    private void instance(Unit.Instance i) {
        out.text((i.local() ? "LOCAL " : "") + "INSTANCE " + i.module().text());
        if (!i.substitutions().isEmpty()) {
            out.text(" WITH ");
            for (int k = 0; k < i.substitutions().size(); k++) {
                if (k > 0) {
                    out.text(", ");
                }
                out.text(i.substitutions().get(k).name().text() + " <- ");
                expr(i.substitutions().get(k).value());
            }
        }
    }

    private void useHide(String kw, boolean only, List<Expr> facts, List<Expr> defs) {
        out.text(kw);
        if (only) {
            out.text(" ONLY");
        }
        if (!facts.isEmpty()) {
            out.text(" ");
            list(facts);
        }
        if (!defs.isEmpty()) {
            out.text(" DEF ");
            list(defs);
        }
    }

    private void proof(Proof p, int indent) {
        if (p instanceof Proof.Terminal t) {
            out.newline(indent * 2 + 1);
            if (t.proofKeyword()) {
                out.text("PROOF ");
            }
            if (t.kind().equals("BY")) {
                useHide("BY", t.only(), t.facts(), t.defs());
            } else {
                out.text(t.kind());
            }
        } else if (p instanceof Proof.Steps s) {
            if (s.proofKeyword()) {
                out.newline(indent * 2 + 1);
                out.text("PROOF");
            }
            for (ProofStep step : s.steps()) {
                out.newline(indent * 2 + 1);
                out.text(step.label() + (step.dot() ? "." : "") + " ");
                stepBody(step.body());
                if (step.proof() != null) {
                    proof(step.proof(), indent + 1);
                }
            }
        }
    }

    private void stepBody(StepBody b) {
        if (b instanceof StepBody.Assert a) {
            expr(a.statement());
        } else if (b instanceof StepBody.Suffices s) {
            out.text("SUFFICES ");
            expr(s.statement());
        } else if (b instanceof StepBody.CaseStep c) {
            out.text("CASE ");
            expr(c.condition());
        } else if (b instanceof StepBody.Pick p) {
            out.text("PICK ");
            bounds(p.bounds());
            out.text(" : ");
            expr(p.condition());
        } else if (b instanceof StepBody.Have h) {
            out.text("HAVE ");
            expr(h.condition());
        } else if (b instanceof StepBody.Take t) {
            out.text("TAKE ");
            bounds(t.bounds());
        } else if (b instanceof StepBody.Witness w) {
            out.text("WITNESS ");
            list(w.witnesses());
        } else if (b instanceof StepBody.Qed) {
            out.text("QED");
        } else if (b instanceof StepBody.Units u) {
            if (u.define()) {
                out.text("DEFINE ");
            }
            int col = out.column();
            for (int i = 0; i < u.units().size(); i++) {
                if (i > 0) {
                    out.newline(col);
                }
                unit(u.units().get(i));
            }
        }
    }
}
