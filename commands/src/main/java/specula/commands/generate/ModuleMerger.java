package specula.commands.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merges the modules translated from separate chunks into one module: union of EXTENDS, CONSTANTS and VARIABLES,
 * definitions de-duplicated by name (first wins; a different later body is reported), one Init with one
 * conjunct per variable, one Next with every distinct disjunct, and {@code vars}/{@code Spec} regenerated.
 * Definitions are ordered so that each comes after the ones it uses, since a chunk may call an operator that
 * another chunk defines.
 */
public final class ModuleMerger {
    private static final Set<String> GENERATED = Set.of("vars", "Init", "Next", "Spec");
    private static final Pattern IDENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern ASSIGNED = Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(?:=|\\\\in\\b)");

    public record Merged(String text, List<String> notes) {
    }

    public Merged merge(String moduleName, List<String> moduleTexts) {
        List<String> notes = new ArrayList<>();
        Set<String> ext = new LinkedHashSet<>();
        Set<String> cons = new LinkedHashSet<>();
        Set<String> vars = new LinkedHashSet<>();
        Map<String, String> defs = new LinkedHashMap<>();
        Map<String, String> initItems = new LinkedHashMap<>();
        Set<String> nextItems = new LinkedHashSet<>();
        List<String> others = new ArrayList<>();
        int part = 0;
        for (String text : moduleTexts) {
            part++;
            ModuleParts p = ModuleParts.parse(text);
            ext.addAll(p.extendsList());
            cons.addAll(p.constants());
            vars.addAll(p.variables());
            for (String o : p.others()) {
                if (!others.contains(o)) {
                    others.add(o);
                }
            }
            for (Map.Entry<String, String> d : p.definitions().entrySet()) {
                String name = d.getKey();
                if (name.equals("Init")) {
                    for (String item : items(ModuleParts.bodyOf(d.getValue()), "/\\")) {
                        Matcher m = ASSIGNED.matcher(item);
                        String key = m.find() ? m.group(1) : item;
                        if (initItems.putIfAbsent(key, item) != null && !initItems.get(key).equals(item)) {
                            notes.add("Init: kept the first initial value of " + key + ", dropped the one of part "
                                    + part);
                        }
                    }
                } else if (name.equals("Next")) {
                    nextItems.addAll(items(ModuleParts.bodyOf(d.getValue()), "\\/"));
                } else if (!GENERATED.contains(name)) {
                    String before = defs.putIfAbsent(name, d.getValue());
                    if (before != null && !normal(before).equals(normal(d.getValue()))) {
                        notes.add("kept the first definition of " + name + ", dropped a different one from part "
                                + part);
                    }
                }
            }
        }
        for (String v : vars) {
            if (!initItems.containsKey(v)) {
                notes.add("Init gives no initial value to " + v);
            }
        }
        StringBuilder b = new StringBuilder();
        b.append("---- MODULE ").append(moduleName).append(" ----\n");
        if (!ext.isEmpty()) {
            b.append("EXTENDS ").append(String.join(", ", ext)).append("\n");
        }
        b.append("\n");
        if (!cons.isEmpty()) {
            b.append("CONSTANTS ").append(String.join(", ", cons)).append("\n\n");
        }
        if (!vars.isEmpty()) {
            b.append("VARIABLES ").append(String.join(", ", vars)).append("\n\n");
            b.append("vars == <<").append(String.join(", ", vars)).append(">>\n\n");
        }
        for (String o : others) {
            b.append(o).append("\n\n");
        }
        for (String name : dependencyOrder(defs)) {
            b.append(defs.get(name)).append("\n\n");
        }
        b.append("Init ==\n");
        appendItems(b, new ArrayList<>(initItems.values()), "/\\", "TRUE");
        b.append("\nNext ==\n");
        appendItems(b, new ArrayList<>(nextItems), "\\/", "UNCHANGED vars");
        b.append("\nSpec == Init /\\ [][Next]_vars\n\n====\n");
        return new Merged(b.toString(), notes);
    }

    /** Top-level items of a junction list; a body without a leading bullet is one item. */
    static List<String> items(String body, String bullet) {
        List<String> lines = new ArrayList<>(List.of(body.split("\n")));
        while (!lines.isEmpty() && lines.get(0).isBlank()) {
            lines.remove(0);
        }
        List<String> out = new ArrayList<>();
        if (lines.isEmpty()) {
            return out;
        }
        String first = lines.get(0);
        int col = first.indexOf(bullet);
        if (col < 0 || !first.substring(0, col).isBlank()) {
            out.add(String.join("\n", lines).strip());
            return out;
        }
        StringBuilder cur = null;
        for (String line : lines) {
            boolean starts = line.length() > col && line.startsWith(bullet, col) && line.substring(0, col).isBlank();
            if (starts) {
                if (cur != null) {
                    out.add(cur.toString().stripTrailing());
                }
                cur = new StringBuilder(line.substring(col + bullet.length()).strip());
            } else if (cur != null) {
                // continuation: keep its indentation relative to the item text
                int shift = col + bullet.length() + 1;
                String rest = line.length() >= shift && line.substring(0, shift).isBlank()
                        ? line.substring(shift) : line.stripLeading();
                cur.append("\n").append(rest);
            }
        }
        if (cur != null) {
            out.add(cur.toString().stripTrailing());
        }
        return out;
    }

    private static void appendItems(StringBuilder b, List<String> items, String bullet, String empty) {
        if (items.isEmpty()) {
            b.append("    ").append(empty).append("\n");
            return;
        }
        String pad = "    " + " ".repeat(bullet.length() + 1);
        for (String item : items) {
            String[] ls = item.split("\n");
            b.append("    ").append(bullet).append(" ").append(ls[0]).append("\n");
            for (int i = 1; i < ls.length; i++) {
                b.append(pad).append(ls[i]).append("\n");
            }
        }
    }

    /** Definitions after the ones they mention; recursion and cycles keep the original order. */
    static List<String> dependencyOrder(Map<String, String> defs) {
        Map<String, Set<String>> uses = new LinkedHashMap<>();
        for (Map.Entry<String, String> d : defs.entrySet()) {
            Set<String> u = new LinkedHashSet<>();
            Matcher m = IDENT.matcher(ModuleParts.bodyOf(d.getValue()).replaceAll("\\\\\\*[^\n]*", ""));
            while (m.find()) {
                String id = m.group();
                if (!id.equals(d.getKey()) && defs.containsKey(id)) {
                    u.add(id);
                }
            }
            uses.put(d.getKey(), u);
        }
        List<String> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        Set<String> visiting = new HashSet<>();
        for (String name : defs.keySet()) {
            visit(name, uses, done, visiting, out);
        }
        return out;
    }

    private static void visit(String n, Map<String, Set<String>> uses, Set<String> done, Set<String> visiting,
                              List<String> out) {
        if (done.contains(n) || visiting.contains(n)) {
            return;
        }
        visiting.add(n);
        for (String u : uses.get(n)) {
            visit(u, uses, done, visiting, out);
        }
        visiting.remove(n);
        done.add(n);
        out.add(n);
    }

    private static String normal(String s) {
        return s.replaceAll("\\\\\\*[^\n]*", "").replaceAll("\\s+", " ").strip();
    }
}
