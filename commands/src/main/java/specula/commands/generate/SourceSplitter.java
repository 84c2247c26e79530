package specula.commands.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a source file into chunks under a size limit, along top-level unit boundaries (Go {@code func}, Python
 * {@code def}/{@code class}, Rust {@code fn}/{@code impl}, Java methods, C functions). Comments and blank lines
 * right above a unit stay with it. A unit larger than the limit is cut into line windows; a file in an unknown
 * language is cut into line windows only.
 */
public final class SourceSplitter {
    private final int maxChars;

    public SourceSplitter(int maxChars) {
        if (maxChars < 200) {
            throw new IllegalArgumentException("chunk size must be at least 200 characters, got " + maxChars);
        }
        this.maxChars = maxChars;
    }

    public List<Chunk> split(SourceFile source) {
        String[] lines = source.text().replace("\r\n", "\n").split("\n", -1);
        int n = lines.length;
        if (n > 0 && lines[n - 1].isEmpty()) {
            n--; // the empty string after the final newline is not a line
        }
        Language lang = source.language();
        List<int[]> units = units(lines, n, lang);
        List<int[]> pieces = new ArrayList<>();
        for (int[] u : units) {
            if (size(lines, u[0], u[1]) <= maxChars) {
                pieces.add(u);
            } else {
                pieces.addAll(windows(lines, u[0], u[1]));
            }
        }
        List<int[]> packed = new ArrayList<>();
        int[] cur = null;
        for (int[] p : pieces) {
            if (cur != null && size(lines, cur[0], p[1]) <= maxChars) {
                cur = new int[] {cur[0], p[1]};
            } else {
                if (cur != null) {
                    packed.add(cur);
                }
                cur = p;
            }
        }
        if (cur != null) {
            packed.add(cur);
        }
        List<Chunk> out = new ArrayList<>();
        for (int i = 0; i < packed.size(); i++) {
            int[] c = packed.get(i);
            out.add(new Chunk(source.name(), lang, i + 1, packed.size(), c[0] + 1, c[1] + 1,
                    String.join("\n", java.util.Arrays.copyOfRange(lines, c[0], c[1] + 1)) + "\n"));
        }
        return out;
    }

    /** Line ranges [start, end] (0-based, inclusive) of the prelude and of each unit. */
    private static List<int[]> units(String[] lines, int n, Language lang) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 1; i < n; i++) {
            if (lang.startsUnit(lines[i])) {
                int s = i;
                while (s - 1 > starts.get(starts.size() - 1) && isLeadIn(lines[s - 1])) {
                    s--;
                }
                if (s > starts.get(starts.size() - 1)) {
                    starts.add(s);
                }
            }
        }
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) - 1 : n - 1;
            if (end >= starts.get(i)) {
                out.add(new int[] {starts.get(i), end});
            }
        }
        return out;
    }

    /** Comment, decorator/annotation or blank line that belongs to the unit below it. */
    private static boolean isLeadIn(String line) {
        String t = line.strip();
        return t.startsWith("//") || t.startsWith("#") || t.startsWith("@") || t.startsWith("/*")
                || t.startsWith("*") || t.startsWith("///");
    }

    private List<int[]> windows(String[] lines, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int s = from;
        while (s <= to) {
            int e = s;
            int chars = lines[s].length() + 1;
            while (e + 1 <= to && chars + lines[e + 1].length() + 1 <= maxChars) {
                e++;
                chars += lines[e].length() + 1;
            }
            out.add(new int[] {s, e});
            s = e + 1;
        }
        return out;
    }

    private static int size(String[] lines, int from, int to) {
        int n = 0;
        for (int i = from; i <= to; i++) {
            n += lines[i].length() + 1;
        }
        return n;
    }
}
