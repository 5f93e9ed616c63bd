package org.vigie.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page bytes to text. A byte-order mark wins; then the page's own declaration ({@code <meta
 * charset>} or {@code http-equiv Content-Type} in the first 4 KB) when the bytes agree with it;
 * then UTF-8 when the bytes are valid UTF-8, else Windows-1252. A declaration the bytes contradict
 * (UTF-8 declared on Latin-1 bytes, Latin-1 declared on UTF-8 bytes) is overruled with a warning.
 */
final class HtmlCharset {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int SNIFF_BYTES = 4096;
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

  private HtmlCharset() {}

  /** The decoded text and what was overruled or guessed. */
  record Decoded(String text, Charset charset, List<String> warnings) {}

  static Decoded decode(byte[] bytes) {
    List<String> warnings = new ArrayList<>();
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, warnings);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, warnings);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, warnings);
    }
    String declaredName = declared(bytes);
    Charset declared = charset(declaredName);
    if (declaredName != null && declared == null) {
      warnings.add("unknown charset '" + declaredName + "' declared: decoded by content");
    }
    String utf8 = strictUtf8(bytes);
    if (declared != null && !isUtf8(declared)) {
      // A single-byte declaration on bytes that are valid UTF-8 with non-ASCII characters is
      // almost always a copy of a template's header: the bytes are the better witness.
      if (utf8 != null && hasNonAscii(bytes) && isLatin(declared)) {
        warnings.add("declared charset " + declared.name() + " but the bytes are UTF-8: read as UTF-8");
        return new Decoded(utf8, StandardCharsets.UTF_8, warnings);
      }
      Charset used = isLatin(declared) ? WINDOWS_1252 : declared;
      return new Decoded(new String(bytes, used), used, warnings);
    }
    if (utf8 != null) {
      return new Decoded(utf8, StandardCharsets.UTF_8, warnings);
    }
    warnings.add((declared != null ? "declared UTF-8 but" : "no charset declared and")
        + " the bytes are not valid UTF-8: read as Windows-1252");
    return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, warnings);
  }

  /** The charset named in the first bytes, or null. */
  static String declared(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  private static Charset charset(String name) {
    if (name == null) {
      return null;
    }
    try {
      return Charset.forName(name.strip());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static boolean isUtf8(Charset c) {
    return c.equals(StandardCharsets.UTF_8);
  }

  /** Latin-1 is read as its superset Windows-1252, as browsers do. */
  private static boolean isLatin(Charset c) {
    String n = c.name().toLowerCase(Locale.ROOT);
    return n.equals("iso-8859-1") || n.equals("windows-1252") || n.equals("iso-8859-15") || n.equals("us-ascii");
  }

  private static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static boolean hasNonAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
