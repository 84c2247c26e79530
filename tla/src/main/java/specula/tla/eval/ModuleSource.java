package specula.tla.eval;

import specula.tla.stdlib.StandardLibrary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where module texts come from: the one seam between the checker and module lookup (a folder, the session
 * workspace, later the semantic front end's module-source chain). The built-in library answers for names the
 * source does not hold; {@link #isLibrary} tells the loader which texts are the library's, whose placeholder
 * operators get Java implementations.
 */
public interface ModuleSource {
  /** The text of the user's module {@code name}, if this source holds it. */
  Optional<String> text(String name);

  static ModuleSource of(Function<String, Optional<String>> lookup) {
    return lookup::apply;
  }

  /** Modules as {@code NAME.tla} files in a folder. */
  static ModuleSource directory(Path dir) {
    return name -> {
      Path p = dir.resolve(name + ".tla");
      if (!Files.isRegularFile(p)) {
        return Optional.empty();
      }
      try {
        return Optional.of(Files.readString(p));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  /** Resolution with the built-in library as fallback; the user's module wins on a name clash, as in TLC. */
  static Function<String, Optional<String>> withLibrary(ModuleSource src, StandardLibrary lib) {
    return name -> {
      Optional<String> t = src.text(name);
      return t.isPresent() ? t : lib.moduleText(name);
    };
  }
}
