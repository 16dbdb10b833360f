package dev.berth.dockerfile.shell;

import dev.berth.core.Span;
import java.util.Optional;

/**
 * An option of a command as the command reads it: {@code name} with its dashes ({@code -y}, {@code
 * --yes}; each letter of a bundle {@code -yq} is an option of its own), its span (the letter alone
 * in a bundle), its value when it takes one ({@code --opt=value}, {@code --opt value}, {@code
 * -ovalue}, {@code -o value}) and that value's span, and the word it was read from.
 */
public record Option(
    String name, Span span, Optional<String> value, Optional<Span> valueSpan, ShellWord word) {

  /** True when this is one of {@code names} (dashes included). */
  public boolean is(String... names) {
    for (String n : names) {
      if (name.equals(n)) {
        return true;
      }
    }
    return false;
  }
}
