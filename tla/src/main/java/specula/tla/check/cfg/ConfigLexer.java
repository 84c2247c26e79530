package specula.tla.check.cfg;

import java.util.ArrayList;
import java.util.List;

/** Splits a .cfg file into tokens, skipping {@code \*} line comments and nested {@code (* *)} comments. */
final class ConfigLexer {
  enum Type { IDENT, NUMBER, STRING, PUNCT, EOF }

  record Token(Type type, String text, SourcePos pos) {
    boolean is(String s) {
      return (type == Type.PUNCT || type == Type.IDENT) && text.equals(s);
    }

    String describe() {
      return type == Type.EOF ? "the end of the file" : type == Type.STRING ? "\"" + text + "\"" : text;
    }
  }

  private final String file;
  private final String src;
  private int i;
  private int line = 1;
  private int col = 1;

  ConfigLexer(String file, String src) {
    this.file = file;
    this.src = src;
  }

  List<Token> tokens() {
    List<Token> out = new ArrayList<>();
    while (true) {
      skipSpaceAndComments();
      SourcePos pos = new SourcePos(file, line, col);
      if (i >= src.length()) {
        out.add(new Token(Type.EOF, "", pos));
        return out;
      }
      char c = src.charAt(i);
      if (isIdentChar(c)) {
        int start = i;
        boolean letter = false;
        while (i < src.length() && isIdentChar(src.charAt(i))) {
          letter |= !Character.isDigit(src.charAt(i));
          advance();
        }
        String text = src.substring(start, i);
        out.add(new Token(letter ? Type.IDENT : Type.NUMBER, text, pos));
      } else if (c == '"') {
        out.add(new Token(Type.STRING, string(pos), pos));
      } else if (src.startsWith("<-", i) || src.startsWith("<<", i) || src.startsWith(">>", i)) {
        out.add(new Token(Type.PUNCT, src.substring(i, i + 2), pos));
        advance();
        advance();
      } else if ("={},[]()-".indexOf(c) >= 0) {
        out.add(new Token(Type.PUNCT, String.valueOf(c), pos));
        advance();
      } else {
        throw new ConfigException(pos, "Unexpected character '" + c + "'.");
      }
    }
  }

  private static boolean isIdentChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private String string(SourcePos pos) {
    advance();
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (i >= src.length() || src.charAt(i) == '\n') {
        throw new ConfigException(pos, "Unterminated string.");
      }
      char c = src.charAt(i);
      advance();
      if (c == '"') {
        return sb.toString();
      }
      if (c == '\\' && i < src.length()) {
        char e = src.charAt(i);
        advance();
        switch (e) {
          case 'n' -> sb.append('\n');
          case 't' -> sb.append('\t');
          case 'r' -> sb.append('\r');
          case 'f' -> sb.append('\f');
          default -> sb.append(e);
        }
      } else {
        sb.append(c);
      }
    }
  }

  private void skipSpaceAndComments() {
    while (i < src.length()) {
      char c = src.charAt(i);
      if (Character.isWhitespace(c)) {
        advance();
      } else if (src.startsWith("\\*", i)) {
        while (i < src.length() && src.charAt(i) != '\n') {
          advance();
        }
      } else if (src.startsWith("(*", i)) {
        SourcePos start = new SourcePos(file, line, col);
        int depth = 0;
        do {
          if (i >= src.length()) {
            throw new ConfigException(start, "Unterminated comment.");
          }
          if (src.startsWith("(*", i)) {
            depth++;
            advance();
          } else if (src.startsWith("*)", i)) {
            depth--;
            advance();
          }
          advance();
        } while (depth > 0);
      } else {
        return;
      }
    }
  }

  private void advance() {
    if (src.charAt(i) == '\n') {
      line++;
      col = 1;
    } else {
      col++;
    }
    i++;
  }
}
