package specula.shell.commands;

import java.util.List;

import specula.shell.console.Output;

/** Plain aligned columns: readable in a terminal and still easy to grep when piped. */
final class Tables {
    private Tables() {
    }

    /** Spring Shell passes null for an absent option or argument whose default is empty. */
    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String render(List<String[]> rows, Output out) {
        int cols = rows.get(0).length;
        int[] width = new int[cols];
        for (String[] r : rows) for (int c = 0; c < cols; c++) width[c] = Math.max(width[c], r[c].length());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < cols; c++) {
                String cell = c == cols - 1 ? r[c] : String.format("%-" + width[c] + "s  ", r[c]);
                line.append(cell);
            }
            String text = line.toString().stripTrailing();
            sb.append(i == 0 ? out.bold(text) : text);
            if (i < rows.size() - 1) sb.append('\n');
        }
        return sb.toString();
    }
}
