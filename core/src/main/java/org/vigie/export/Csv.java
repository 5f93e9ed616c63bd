package org.vigie.export;

import java.util.List;

/** RFC 4180 fields: quoted when they hold a comma, a quote or a line break; quotes doubled. */
public final class Csv {

  private Csv() {}

  /** One record, fields separated by commas, ended by CRLF as RFC 4180 says. */
  public static String record(List<String> fields) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(fields.get(i)));
    }
    return out.append("\r\n").toString();
  }

  /** A field as written: null is empty. */
  public static String field(String value) {
    if (value == null) {
      return "";
    }
    boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
        || value.indexOf('\r') >= 0;
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
