package org.vigie.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;
import org.vigie.model.Article;

/**
 * Turns one JSONL line into an article, or into an error when the line cannot give one.
 *
 * <p>Fields: {@code text} (required string), {@code id}, {@code url}, {@code title}, {@code date},
 * {@code lang}; others are ignored. A field that is absent, {@code null} or blank counts as
 * missing; a number is taken as its text (numeric ids); an object or array where a string is
 * expected is ignored with a warning. Thread-safe.
 */
final class JsonArticleParser {

  private final SourceOptions options;
  private final ObjectReader reader;

  JsonArticleParser(SourceOptions options) {
    this.options = options;
    // Jackson refuses strings over 20M characters by default; a line is already bounded.
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder().maxStringLength(options.maxLineBytes()).build())
            // A raw tab or line feed inside a string has one meaning: accept it.
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();
    this.reader =
        new ObjectMapper(factory)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .readerFor(JsonNode.class);
  }

  /**
   * Reports the line's article, with any warnings before it, or one error.
   *
   * @param json a non-blank line
   */
  void parse(String origin, long line, String json, Consumer<ReadResult> out) {
    JsonNode node;
    try {
      node = reader.readTree(json);
    } catch (JsonProcessingException e) {
      out.accept(ReadIssue.error(origin, line, "not JSON" + describe(e)));
      return;
    }
    if (!node.isObject()) {
      out.accept(ReadIssue.error(origin, line, "expected a JSON object, found " + describe(node)));
      return;
    }
    JsonNode text = node.get("text");
    if (text == null || text.isNull()) {
      out.accept(ReadIssue.error(origin, line, "no \"text\" field"));
      return;
    }
    if (!text.isTextual()) {
      out.accept(ReadIssue.error(origin, line, "\"text\" is not a string but " + describe(text)));
      return;
    }
    toArticle(new Fields(node, origin, line, out), text.textValue());
  }

  private void toArticle(Fields fields, String fullText) {
    if (fullText.isBlank()) {
      fields.warn("empty \"text\", skipped");
      return;
    }
    String id = fields.string("id");
    String url = fields.string("url");
    if (id == null) {
      id = url != null ? ArticleIds.fromUrl(url) : ArticleIds.fromText(fullText);
    }
    String title = fields.string("title");
    LocalDate date = date(fields);
    String lang = fields.string("lang");
    lang = lang == null ? options.defaultLang() : normalizeLang(lang);
    String text = TextDecoding.truncate(fullText, options.maxTextChars());
    if (text.length() < fullText.length()) {
      fields.warn(
          "text of " + fullText.length() + " characters truncated to " + options.maxTextChars());
    }
    String origin = fields.origin + ":" + fields.line;
    fields.out.accept(new ReadResult.Ok(new Article(id, url, title, date, lang, text, origin)));
  }

  private LocalDate date(Fields fields) {
    String value = fields.string("date");
    if (value == null) {
      return options.defaultDate();
    }
    LocalDate date = IsoDates.parse(value).orElse(null);
    if (date == null) {
      fields.warn("unparsable date \"" + value + "\", left empty");
    }
    return date;
  }

  /** Jackson's message without its internals: {@code " at column 12: Unexpected end-of-input"}. */
  private static String describe(JsonProcessingException e) {
    String column = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
    String message = String.valueOf(e.getOriginalMessage());
    if (message.startsWith("Trailing token")) {
      message = "more after the value";
    }
    int internals = message.indexOf(" (start marker at");
    return column + ": " + (internals < 0 ? message : message.substring(0, internals));
  }

  /** {@code FR}, {@code fr-FR}, {@code fr_CA} → {@code fr}: later stages know languages only. */
  private static String normalizeLang(String lang) {
    String primary = lang.split("[-_]", 2)[0].strip().toLowerCase(Locale.ROOT);
    return primary.isEmpty() ? null : primary;
  }

  private static String describe(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case STRING -> "a string";
      case NULL -> "null";
      default -> node.getNodeType().toString().toLowerCase(Locale.ROOT);
    };
  }

  /** The optional fields of one record, with where to report about them. */
  private record Fields(JsonNode node, String origin, long line, Consumer<ReadResult> out) {

    /** The field as stripped text, or null when missing, blank or not a scalar. */
    String string(String name) {
      JsonNode value = node.get(name);
      if (value == null || value.isNull()) {
        return null;
      }
      if (!value.isTextual() && !value.isNumber()) {
        warn("\"" + name + "\" is not a string but " + describe(value) + ", ignored");
        return null;
      }
      String text = value.asText().strip();
      return text.isEmpty() ? null : text;
    }

    void warn(String reason) {
      out.accept(ReadIssue.warning(origin, line, reason));
    }
  }
}
