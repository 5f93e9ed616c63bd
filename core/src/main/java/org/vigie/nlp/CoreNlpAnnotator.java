package org.vigie.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.vigie.model.AnnotatedDocument;
import org.vigie.model.CleanArticle;
import org.vigie.model.Sentence;
import org.vigie.model.Span;
import org.vigie.model.Token;

/**
 * Annotation with Stanford CoreNLP in two passes: a cheap one (tokenize, ssplit, mwt) over the
 * whole text, then POS tagging and dependency parsing of the selected sentences only.
 *
 * <p>Models are loaded once, in the constructor; {@link #annotate} is thread-safe.
 */
public final class CoreNlpAnnotator implements Annotator {

  private final String lang;
  private final StanfordCoreNLP splitter;
  private final StanfordCoreNLP parser;
  private final Lemmatizer lemmatizer;
  private final TagMapper tags;

  public CoreNlpAnnotator(LanguageModels models) {
    this(models, "pos,depparse");
  }

  /**
   * @param parseAnnotators the CoreNLP annotators run on selected sentences, e.g. {@code
   *     pos,depparse} or {@code pos,ner,depparse}
   */
  public CoreNlpAnnotator(LanguageModels models, String parseAnnotators) {
    this.lang = models.lang();
    this.lemmatizer = models.lemmatizer();
    this.tags = models.tags();
    Properties split = copy(models.coreNlp());
    split.setProperty("annotators", "tokenize,ssplit" + (hasMwt(models) ? ",mwt" : ""));
    this.splitter = new StanfordCoreNLP(split);
    Properties parse = copy(models.coreNlp());
    parse.setProperty("annotators", parseAnnotators);
    parse.setProperty("enforceRequirements", "false");
    this.parser = new StanfordCoreNLP(parse);
  }

  private static boolean hasMwt(LanguageModels models) {
    return models.coreNlp().getProperty("mwt.mappingFile") != null;
  }

  private static Properties copy(Properties source) {
    Properties p = new Properties();
    p.putAll(source);
    return p;
  }

  @Override
  public AnnotatedDocument annotate(CleanArticle article, SentenceSelector selector) {
    String text = article.text();
    Annotation doc = new Annotation(text);
    splitter.annotate(doc);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<CoreMap> chosen = new ArrayList<>();
    for (CoreMap s : sentences) {
      if (selector.worthParsing(rawTokens(s))) {
        chosen.add(s);
      }
    }
    parse(text, chosen);
    List<Sentence> out = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      CoreMap s = sentences.get(i);
      out.add(toSentence(i, s, text, chosen.contains(s)));
    }
    return new AnnotatedDocument(article, lang, out);
  }

  private List<SentenceSelector.RawToken> rawTokens(CoreMap sentence) {
    List<SentenceSelector.RawToken> out = new ArrayList<>();
    for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
      out.add(new SentenceSelector.RawToken(t.word(), lemmatizer.candidates(t.word())));
    }
    return out;
  }

  private void parse(String text, List<CoreMap> chosen) {
    if (chosen.isEmpty()) {
      return;
    }
    Annotation subset = new Annotation(text);
    List<CoreLabel> tokens = new ArrayList<>();
    for (CoreMap s : chosen) {
      tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
    }
    subset.set(CoreAnnotations.SentencesAnnotation.class, chosen);
    subset.set(CoreAnnotations.TokensAnnotation.class, tokens);
    parser.annotate(subset);
  }

  private Sentence toSentence(int index, CoreMap s, String text, boolean parsed) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    int[] heads = new int[labels.size()];
    String[] relations = new String[labels.size()];
    java.util.Arrays.fill(heads, -1);
    java.util.Arrays.fill(relations, "");
    SemanticGraph graph =
        parsed ? s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class) : null;
    if (graph != null) {
      for (SemanticGraphEdge e : graph.edgeIterable()) {
        int dep = e.getDependent().index() - 1;
        heads[dep] = e.getGovernor().index() - 1;
        relations[dep] = e.getRelation().toString();
      }
      for (IndexedWord root : graph.getRoots()) {
        relations[root.index() - 1] = "root";
      }
    }
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel t = labels.get(i);
      String pos = t.tag() != null ? tags.upos(t.tag()) : "X";
      String lemma =
          t.tag() != null
              ? lemmatizer.lemma(t.word(), pos)
              : lemmatizer.candidates(t.word()).get(0);
      tokens.add(
          new Token(i, t.word(), lemma, pos, t.beginPosition(), t.endPosition(), heads[i], relations[i]));
    }
    int start = labels.isEmpty() ? 0 : labels.get(0).beginPosition();
    int end = labels.isEmpty() ? 0 : labels.get(labels.size() - 1).endPosition();
    return new Sentence(index, new Span(start, end), text.substring(start, end), tokens, parsed);
  }
}
