package org.vigie.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.model.Article;

class FeedInputTest {

  @TempDir Path dir;

  private final ArticleSource source = new ArticleSource(SourceOptions.defaults());

  private String write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, UTF_8);
    return file.toString();
  }

  static final String LONG_DESCRIPTION =
      "Le ministre des Affaires étrangères a rencontré son homologue à Genève. ".repeat(8);

  static final String RSS =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
      <channel><title>Le Fil</title><language>fr-FR</language>
      <item>
        <title>Kerry rencontre Lavrov</title>
        <link>https://ex.fr/kerry</link>
        <guid isPermaLink="false">fil-1</guid>
        <pubDate>Wed, 05 Mar 2014 23:30:00 +0100</pubDate>
        <description>Court chapeau.</description>
        <content:encoded><![CDATA[<p>John Kerry a rencontré <b>Sergueï Lavrov</b>.</p><p>Ils se reverront.</p>]]></content:encoded>
      </item>
      <item>
        <title>Une brève</title>
        <link>https://ex.fr/breve</link>
        <pubDate>6 Mar 14 08:00 GMT</pubDate>
        <description>Un chapeau de deux lignes.</description>
      </item>
      <item>
        <title>Longue description</title>
        <link>https://ex.fr/long</link>
        <description>&lt;p&gt;%s&lt;/p&gt;</description>
      </item>
      <item><title>Rien</title></item>
      </channel></rss>
      """
          .formatted(LONG_DESCRIPTION);

  @Test
  void rssItemsWithContentAreArticlesAndTheOthersLinks() throws IOException {
    String file = write("fil.xml", RSS);

    Results results = Results.of(source, file);

    Article first = results.articles().get(0);
    assertEquals(
        new Article(
            "fil-1",
            "https://ex.fr/kerry",
            "Kerry rencontre Lavrov",
            LocalDate.of(2014, 3, 5),
            "fr",
            "John Kerry a rencontré Sergueï Lavrov.\nIls se reverront.",
            file + "#1"),
        first);
    assertEquals(
        new ReadResult.Link(
            "https://ex.fr/breve", "Une brève", LocalDate.of(2014, 3, 6), file + "#2"),
        results.all().get(1));
    Article third = results.articles().get(1);
    assertEquals(ArticleIds.fromUrl("https://ex.fr/long"), third.id());
    assertEquals(LONG_DESCRIPTION.strip(), third.text());
    assertEquals(
        List.of("ERROR " + file + "#4: item without content or link, skipped"), results.messages());
  }

  @Test
  void atomEntriesReadTheirContentLinkIdAndDates() throws IOException {
    String file =
        write(
            "fil.atom",
            """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
              <title>Wire</title>
              <entry>
                <id>urn:wire:1</id>
                <title type="html">Kerry &amp;amp; Lavrov</title>
                <link rel="self" href="https://ex.com/self"/>
                <link rel="alternate" href="https://ex.com/kerry"/>
                <updated>2014-03-06T10:00:00Z</updated>
                <published>2014-03-05T23:30:00-05:00</published>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Kerry met Lavrov.</p><p>Talks go on.</p></div></content>
              </entry>
              <entry>
                <id>urn:wire:2</id>
                <title>Short</title>
                <link href="https://ex.com/short"/>
                <updated>not a date</updated>
                <summary>A teaser.</summary>
              </entry>
            </feed>
            """);

    Results results = Results.of(source, file);

    Article article = results.onlyArticle();
    assertEquals("urn:wire:1", article.id());
    assertEquals("https://ex.com/kerry", article.url());
    assertEquals("Kerry & Lavrov", article.title());
    assertEquals(LocalDate.of(2014, 3, 5), article.date(), "published, as written");
    assertEquals("en", article.lang());
    assertEquals("Kerry met Lavrov.\nTalks go on.", article.text());
    assertEquals(
        new ReadResult.Link("https://ex.com/short", "Short", null, file + "#2"),
        results.all().get(2));
    assertEquals(
        List.of("WARNING " + file + "#2: unparsable date \"not a date\", left empty"),
        results.messages());
  }

  @Test
  void xmlThatIsNotAFeedIsSkippedWithAWarning() throws IOException {
    String file =
        write("sitemap.xml", "<?xml version=\"1.0\"?><urlset><url><loc>x</loc></url></urlset>");

    assertEquals(
        List.of(
            "WARNING "
                + file
                + ": XML but neither an RSS nor an Atom feed (root <urlset>), skipped"),
        Results.of(source, file).messages());
  }

  @Test
  void aFeedWithoutExtensionIsSniffed() throws IOException {
    String file = write("feed", RSS);

    assertEquals(2, Results.of(source, file).articles().size());
  }

  @Test
  void anUnclosedTagInOneItemDoesNotLoseTheNextOnes() throws IOException {
    String file =
        write(
            "broken.rss",
            RSS.replace("<title>Une brève</title>", "<title>Une brève<b></title>")
                .replace("<pubDate>6 Mar 14 08:00 GMT</pubDate>", "<pubDate>6 Mar 14"));

    Results results = Results.of(source, file);

    assertEquals(2, results.articles().size(), results.all().toString());
    assertEquals("https://ex.fr/long", results.articles().get(1).url());
  }

  @Test
  void externalEntitiesAreNeverResolved() throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET");
    String file =
        write(
            "xxe.rss",
            """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "%s">]>
            <rss><channel><item><title>&xxe;</title><link>https://ex.fr/x</link>
            <content:encoded>&lt;p&gt;Texte &amp;xxe; ici&lt;/p&gt;</content:encoded></item></channel></rss>
            """
                .formatted(secret.toUri()));

    Results results = Results.of(source, file);

    assertFalse(results.all().toString().contains("TOP-SECRET"), results.all().toString());
    assertTrue(results.articles().size() + results.all().size() > 0);
  }

  @Test
  void rfc822DatesAreReadAsWritten() {
    assertEquals(
        LocalDate.of(2014, 3, 5), FeedDates.parse("Wed, 05 Mar 2014 23:30:00 +0100").orElseThrow());
    assertEquals(LocalDate.of(2014, 3, 5), FeedDates.parse("5 March 2014 10:00 EST").orElseThrow());
    assertEquals(
        LocalDate.of(1999, 12, 31), FeedDates.parse("Fri, 31 Dec 99 23:59:59 GMT").orElseThrow());
    assertEquals(
        LocalDate.of(2014, 3, 5), FeedDates.parse("2014-03-05T23:30:00+01:00").orElseThrow());
    assertTrue(FeedDates.parse("31 Feb 2014").isEmpty());
    assertTrue(FeedDates.parse("hier").isEmpty());
  }
}
