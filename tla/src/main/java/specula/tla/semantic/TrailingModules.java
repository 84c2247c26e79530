package specula.tla.semantic;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A .tla file may hold more modules after the end of its first one; SANY makes them available to EXTENDS and
 * INSTANCE by name. Each is returned as a text of its own with the lines before it blanked, so positions stay those
 * of the file.
 */
final class TrailingModules {
    private static final Pattern HEADER = Pattern.compile("(?m)^\\s*-{4,}\\s*MODULE\\s+(\\w+)");

    private TrailingModules() {
    }

    static List<ModuleSource.SourceText> find(ModuleSource.SourceText file, int endLine) {
        List<ModuleSource.SourceText> out = new ArrayList<>();
        String text = file.text();
        int offset = offsetOfLine(text, endLine + 1);
        if (offset < 0) {
            return out;
        }
        Matcher m = HEADER.matcher(text);
        m.region(offset, text.length());
        while (m.find()) {
            String blanked = blank(text, m.start());
            out.add(new ModuleSource.SourceText(m.group(1), blanked, file.origin() + "#" + m.group(1),
                    file.builtin()));
        }
        return out;
    }

    private static int offsetOfLine(String text, int line) {
        int off = 0;
        for (int l = 1; l < line; l++) {
            off = text.indexOf('\n', off);
            if (off < 0) {
                return -1;
            }
            off++;
        }
        return off;
    }

    private static String blank(String text, int upTo) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < upTo; i++) {
            char c = text.charAt(i);
            b.append(c == '\n' ? '\n' : ' ');
        }
        return b.append(text, upTo, text.length()).toString();
    }
}
