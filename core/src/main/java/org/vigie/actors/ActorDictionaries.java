package org.vigie.actors;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigie.dictionary.DataFile;
import org.vigie.nlp.Folding;

/**
 * The actor dictionaries of one language: countries, roles, organisations, office holders and
 * reference words. Built once through a {@link Builder} (by {@link TsvActorReader} for Vigie's own
 * files, or by an importer of other formats), then immutable and thread-safe.
 */
public final class ActorDictionaries {

  /** Organisation kinds; {@code group} is what "ce groupe" points back to. */
  public static final Set<String> ORG_KINDS = Set.of("igo", "group", "agency", "party", "ngo", "media", "company");
  /** Reference kinds, see docs/dictionaries.md. */
  public static final Set<String> REFERENCE_KINDS = Set.of("person", "persons", "group", "pair", "parties", "title");

  private final NameMatcher matcher;
  private final Map<String, Country> countries;
  private final OfficeHolderDictionary people;
  private final Set<String> titles;

  private ActorDictionaries(Builder b) {
    this.matcher = b.matcher;
    this.countries = Map.copyOf(b.countries);
    this.people = new OfficeHolderDictionary(b.terms);
    this.titles = Set.copyOf(b.titles);
  }

  /** The bundled dictionaries of {@code lang} ({@code fr}, {@code en}). */
  public static ActorDictionaries bundled(String lang) {
    return bundledBuilder(lang).build();
  }

  /** A builder holding the bundled dictionaries of {@code lang}, to extend with other entries. */
  public static Builder bundledBuilder(String lang) {
    String dir = "/org/vigie/dictionaries/" + lang + "/";
    return TsvActorReader.read(new Builder(), name -> DataFile.resource(dir + name));
  }

  /** A builder holding only the bundled reference words of {@code lang} (il, he, ce groupe...). */
  public static Builder referencesBuilder(String lang) {
    String dir = "/org/vigie/dictionaries/" + lang + "/";
    return TsvActorReader.read(new Builder(),
        name -> name.equals("references.tsv") ? DataFile.resource(dir + name) : List.of());
  }

  /** An empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Dictionaries from a folder holding Vigie's files (any missing file counts as empty). */
  public static ActorDictionaries fromDirectory(Path dir) {
    return TsvActorReader.read(new Builder(),
        name -> Files.exists(dir.resolve(name)) ? DataFile.file(dir.resolve(name)) : List.of()).build();
  }

  public NameMatcher matcher() {
    return matcher;
  }

  public Optional<Country> country(String code) {
    return Optional.ofNullable(countries.get(code));
  }

  /** Folded nouns that denote one person (président, ministre): what {@code il} may refer to. */
  public Set<String> titleWords() {
    return titles;
  }

  public OfficeHolderDictionary people() {
    return people;
  }

  /**
   * Collects entries; callers validate their own input and report their own line numbers. Not
   * thread-safe; {@link #build} once.
   */
  public static final class Builder {
    private Builder() {}

    private final NameMatcher matcher = new NameMatcher();
    private final Map<String, Country> countries = new HashMap<>();
    private final List<OfficeTerm> terms = new ArrayList<>();
    private final Set<String> titles = new HashSet<>();

    /** Adds a state; false when its code is already there. */
    public boolean country(Country c) {
      if (countries.putIfAbsent(c.code(), c) != null) {
        return false;
      }
      String name = c.name();
      c.names().forEach(n -> matcher.add(n, new Entry(Entry.Type.COUNTRY, c.code(), name, null)));
      c.adjectives().forEach(n -> matcher.add(n, new Entry(Entry.Type.ADJECTIVE, c.code(), name, null)));
      c.inhabitants().forEach(n -> matcher.add(n, new Entry(Entry.Type.INHABITANT, c.code(), name, null)));
      c.capitals().forEach(n -> matcher.add(n, new Entry(Entry.Type.CAPITAL, c.code(), n, null)));
      return true;
    }

    /** A role phrase ("armée de l'air") and its CAMEO role code ({@code MIL}). */
    public Builder role(String phrase, String code) {
      matcher.add(phrase, new Entry(Entry.Type.ROLE, code, phrase, null));
      return this;
    }

    /** An organisation: full code, names (the first is canonical), kind (see {@link #ORG_KINDS}). */
    public Builder organization(String code, List<String> names, String kind) {
      names.forEach(n -> matcher.add(n, new Entry(Entry.Type.ORGANIZATION, code, names.get(0), kind)));
      return this;
    }

    /** One office term of a person; the first name is the person's key. */
    public Builder person(String code, List<String> names, LocalDate from, LocalDate to) {
      String key = names.get(0);
      names.forEach(n -> matcher.add(n, new Entry(Entry.Type.PERSON, code, key, key)));
      terms.add(new OfficeTerm(key, code, from, to));
      return this;
    }

    /** A reference phrase ("ce groupe") of a kind in {@link #REFERENCE_KINDS}. */
    public Builder reference(String phrase, String kind) {
      if (kind.equals("title")) {
        titles.addAll(Folding.pieces(phrase));
      } else {
        matcher.add(phrase, new Entry(Entry.Type.REFERENCE, "", phrase, kind));
      }
      return this;
    }

    public ActorDictionaries build() {
      return new ActorDictionaries(this);
    }
  }
}
