package org.vigie.store;

import java.util.Map;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
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
 */
final class IndexQueryParser {

  private static final float TITLE_BOOST = 2f;

  private IndexQueryParser() {}

  /** The query, or an {@link IllegalArgumentException} saying what is wrong with it. */
  static Query parse(String query) {
    String q = query == null ? "" : query.strip();
    if (q.isEmpty() || q.equals("*") || q.equals("*:*")) {
      return new MatchAllDocsQuery();
    }
    Aliasing parser = new Aliasing();
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(q);
    } catch (ParseException e) {
      String first = e.getMessage() == null ? "cannot parse" : e.getMessage().lines().findFirst().orElse("");
      throw new IllegalArgumentException("bad query '" + q + "': " + first.replace("Cannot parse '" + q + "': ", ""),
          e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new IllegalArgumentException("query '" + q + "' is too broad (too many terms): narrow it", e);
    }
  }

  static boolean matchesAll(Query q) {
    return q instanceof MatchAllDocsQuery;
  }

  /** The multi-field parser with {@code title:} and {@code text:} spread over both languages. */
  private static final class Aliasing extends MultiFieldQueryParser {

    Aliasing() {
      super(IndexFields.searched().toArray(String[]::new), IndexFields.analyzer(), Map.of(
          IndexFields.title("fr"), TITLE_BOOST, IndexFields.title("en"), TITLE_BOOST));
    }

    @FunctionalInterface
    private interface PerField {
      Query build(String field) throws ParseException;
    }

    /** For an alias, the query over its fields in each language (null parts dropped). */
    private Query spread(String field, PerField perField) throws ParseException {
      if (!"title".equals(field) && !"text".equals(field)) {
        return perField.build(field);
      }
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      int clauses = 0;
      for (String lang : IndexFields.LANGS) {
        Query q = perField.build(field + "_" + lang);
        if (q != null) {
          any.add(q, BooleanClause.Occur.SHOULD);
          clauses++;
        }
      }
      return clauses == 0 ? null : any.build();
    }

    @Override
    protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
      return field == null ? super.getFieldQuery(null, text, quoted)
          : spread(field, f -> super.getFieldQuery(f, text, quoted));
    }

    @Override
    protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
      return field == null ? super.getFieldQuery(null, text, slop)
          : spread(field, f -> super.getFieldQuery(f, text, slop));
    }

    @Override
    protected Query getPrefixQuery(String field, String text) throws ParseException {
      return field == null ? super.getPrefixQuery(null, text) : spread(field, f -> super.getPrefixQuery(f, text));
    }

    @Override
    protected Query getWildcardQuery(String field, String text) throws ParseException {
      return field == null ? super.getWildcardQuery(null, text)
          : spread(field, f -> super.getWildcardQuery(f, text));
    }

    @Override
    protected Query getFuzzyQuery(String field, String text, float similarity) throws ParseException {
      return field == null ? super.getFuzzyQuery(null, text, similarity)
          : spread(field, f -> super.getFuzzyQuery(f, text, similarity));
    }
  }
}
