package specula.commands.session;

import java.util.ArrayList;
import java.util.List;

/**
 * Line-based unified diff (as {@code diff -u}) between two texts. Uses a longest-common-subsequence table over the
 * part that differs after trimming the common head and tail, which keeps spec-sized inputs cheap.
 */
public final class UnifiedDiff {
    /** Largest LCS table (cells) computed; about 16 MB. */
    private static final long MAX_TABLE = 4_000_000L;
    private UnifiedDiff() {
    }

    /** A diff line: ' ' context, '-' removed, '+' added, '@' hunk header, 'h' file header. */
    public record Line(char kind, String text) {
        @Override
        public String toString() {
            return kind == '@' || kind == 'h' ? text : kind + text;
        }
    }

    public static List<Line> diff(String oldName, String oldText, String newName, String newText, int context) {
        List<String> a = lines(oldText);
        List<String> b = lines(newText);
        List<Character> ops = script(a, b);
        List<Line> out = new ArrayList<>();
        if (ops.stream().allMatch(c -> c == ' ')) return out;
        out.add(new Line('h', "--- " + oldName));
        out.add(new Line('h', "+++ " + newName));
        // Walk the edit script and cut it into hunks with `context` lines around each change.
        int n = ops.size();
        int[] aLine = new int[n + 1];
        int[] bLine = new int[n + 1];
        for (int i = 0; i < n; i++) {
            aLine[i + 1] = aLine[i] + (ops.get(i) != '+' ? 1 : 0);
            bLine[i + 1] = bLine[i] + (ops.get(i) != '-' ? 1 : 0);
        }
        int i = 0;
        while (i < n) {
            while (i < n && ops.get(i) == ' ') i++;
            if (i >= n) break;
            int start = Math.max(0, i - context);
            int end = i;
            int lastChange = i;
            while (end < n) {
                if (ops.get(end) != ' ') lastChange = end;
                else if (end - lastChange > 2 * context) break;
                end++;
            }
            end = Math.min(n, lastChange + context + 1);
            int aCount = aLine[end] - aLine[start];
            int bCount = bLine[end] - bLine[start];
            out.add(new Line('@', "@@ -" + range(aLine[start], aCount) + " +" + range(bLine[start], bCount) + " @@"));
            for (int k = start; k < end; k++) {
                char op = ops.get(k);
                String text = op == '+' ? b.get(bLine[k]) : a.get(aLine[k]);
                out.add(new Line(op, text));
            }
            i = end;
        }
        return out;
    }

    private static String range(int startIndex, int count) {
        int first = count == 0 ? startIndex : startIndex + 1;
        return count == 1 ? String.valueOf(first) : first + "," + count;
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        if (text.isEmpty()) return out;
        String[] parts = text.split("\n", -1);
        int count = text.endsWith("\n") ? parts.length - 1 : parts.length;
        for (int i = 0; i < count; i++) out.add(parts[i]);
        return out;
    }

    /** Edit script: ' ' keep, '-' delete from a, '+' insert from b, in order. */
    private static List<Character> script(List<String> a, List<String> b) {
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) head++;
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) tail++;
        int n = a.size() - head - tail;
        int m = b.size() - head - tail;
        List<Character> ops = new ArrayList<>();
        for (int k = 0; k < head; k++) ops.add(' ');
        if ((long) n * m > MAX_TABLE) {
            // A rewrite this large is better shown whole than matched line by line at quadratic cost.
            for (int k = 0; k < n; k++) ops.add('-');
            for (int k = 0; k < m; k++) ops.add('+');
            for (int k = 0; k < tail; k++) ops.add(' ');
            return ops;
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(head + i).equals(b.get(head + j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(head + i).equals(b.get(head + j))) {
                ops.add(' ');
                i++;
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                ops.add('-');
                i++;
            } else {
                ops.add('+');
                j++;
            }
        }
        for (int k = 0; k < tail; k++) ops.add(' ');
        return ops;
    }
}
