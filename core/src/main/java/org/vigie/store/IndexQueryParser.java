package org.vigie.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Reads a user's query in Lucene's classic syntax ({@code frappes Syrie}, {@code "accord de
 * paix"}, {@code title:Kerry}, {@code lang:en}, {@code date:[2015-01-01 TO 2015-12-31]}). Words
 * without a field are looked for in the title and text of both languages, each analysed by its
 * language, titles counting double; {@code title:} and {@code text:} stand for both languages'
 * fields. All words must match (AND) unless {@code OR} says otherwise. An empty query or {@code *}
 * matches every document.
 *
 * <p>The query is read once per language and field (title, text), each reading with that field's
 * analyser, and a document matches when any reading does: a French stop word ("Corée du Nord") is
 * dropped by the French reading and must not become a required English word. (Lucene's
 * multi-field parser mixes fields within a word and, when a stop word leaves one clause, requires
 * the word in every field; hence one reading per field.)
 */
final class IndexQueryParser {

  private static final float TITLE_BOOST = 2f;

  private IndexQueryParser() {}

  /** The query (analysed by {@link IndexFields#analyzer}), or an {@link IllegalArgumentException} saying what is wrong with it. */
  static Query parse(String query, Analyzer analyzer) {
    String q = query == null ? "" : query.strip();
    if (q.isEmpty() || q.equals("*") || q.equals("*:*")) {
      return new MatchAllDocsQuery();
    }
    try {
      BooleanQuery.Builder either = new BooleanQuery.Builder();
      for (String lang : IndexFields.LANGS) {
        either.add(reading(q, analyzer, lang, IndexFields.text(lang)), BooleanClause.Occur.SHOULD);
        either.add(new BoostQuery(reading(q, analyzer, lang, IndexFields.title(lang)), TITLE_BOOST),
            BooleanClause.Occur.SHOULD);
      }
      return either.build();
    } catch (ParseException e) {
      String first = e.getMessage() == null ? "cannot parse" : e.getMessage().lines().findFirst().orElse("");
      throw new IllegalArgumentException("bad query '" + q + "': " + first.replace("Cannot parse '" + q + "': ", ""),
          e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new IllegalArgumentException("query '" + q + "' is too broad (too many terms): narrow it", e);
    }
  }

  private static Query reading(String q, Analyzer analyzer, String lang, String field) throws ParseException {
    Aliasing parser = new Aliasing(field, analyzer, lang);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    Query parsed = parser.parse(q);
    // a query of stop words only reads as nothing in this language
    return parsed == null ? new BooleanQuery.Builder().build() : parsed;
  }

  static boolean matchesAll(Query q) {
    return q instanceof MatchAllDocsQuery;
  }

  /** The parser of one field, with {@code title:} and {@code text:} the fields of its language. */
  private static final class Aliasing extends QueryParser {

    private final String lang;

    Aliasing(String field, Analyzer analyzer, String lang) {
      super(field, analyzer);
      this.lang = lang;
    }

    @FunctionalInterface
    private interface PerField {
      Query build(String field) throws ParseException;
    }

    /** For an alias ({@code title}, {@code text}), the query over this language's field. */
    private Query spread(String field, PerField perField) throws ParseException {
      if (!"title".equals(field) && !"text".equals(field)) {
        return perField.build(field);
      }
      return perField.build(field + "_" + lang);
    }

    @Override
    protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
      return spread(field, f -> super.getFieldQuery(f, text, quoted));
    }

    @Override
    protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
      return spread(field, f -> super.getFieldQuery(f, text, slop));
    }

    @Override
    protected Query getPrefixQuery(String field, String text) throws ParseException {
      return spread(field, f -> super.getPrefixQuery(f, text));
    }

    @Override
    protected Query getWildcardQuery(String field, String text) throws ParseException {
      return spread(field, f -> super.getWildcardQuery(f, text));
    }

    @Override
    protected Query getFuzzyQuery(String field, String text, float similarity) throws ParseException {
      return spread(field, f -> super.getFuzzyQuery(f, text, similarity));
    }
  }
}
