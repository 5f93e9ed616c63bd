package org.vigie.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.actors.ActorDictionaries;
import org.vigie.actors.Country;

/**
 * Puts PETRARCH actor records into Vigie's actor dictionaries:
 *
 * <ul>
 *   <li>a record coded with a state's code ({@code AFGHANISTAN_ [AFG]}, {@code RUSSIAN_ [RUS]},
 *       {@code UKRAINE_ ... [UKR >911221]}) gives that state's names (capitals and adjectives
 *       included, as PETRARCH codes them all as the state); lat/lon 0;
 *   <li>a record with dated codes is a person with office terms ({@code >date} from, {@code <date}
 *       until, {@code a-b} between, both days included); its undated code, if any, applies whenever
 *       no term does;
 *   <li>any other record is an organisation: {@code igo} for IGO…, {@code group} for IMG… and
 *       rebels or insurgents (…REB, …INS), {@code ngo} for NGO…/NGM…, {@code company} for MNC…,
 *       else {@code agency}.
 * </ul>
 */
final class ActorImport {

  /** The first day of a term open at its start ({@code <date}, or the undated code). */
  static final LocalDate SINCE_ALWAYS = LocalDate.MIN;

  private final ActorDictionaries.Builder builder;
  private final Map<String, Conversion> conversions;
  private final Map<String, State> states = new LinkedHashMap<>();

  private record State(Set<String> names, Origin origin) {}

  private ActorImport(ActorDictionaries.Builder builder, Map<String, Conversion> conversions) {
    this.builder = builder;
    this.conversions = conversions;
  }

  /**
   * @param conversions the conversion of each file, by file name
   */
  static void into(
      ActorDictionaries.Builder builder,
      List<ActorFile> files,
      Map<String, Conversion> conversions) {
    ActorImport i = new ActorImport(builder, conversions);
    files.forEach(f -> f.entries().forEach(i::entry));
    i.addStates();
  }

  private void entry(ActorEntry e) {
    Conversion c = conversions.get(e.origin().file());
    c.count("entries");
    List<DatedCode> coded = e.codes().stream().filter(d -> d.code() != null).toList();
    if (coded.isEmpty()) {
      c.notRepresentable(
          e.origin(),
          e.codes().isEmpty()
              ? "no code: names of no actor"
              : "only the null code [---]: names of no actor");
      return;
    }
    List<String> names = displayNames(e.names());
    String state = stateCode(coded);
    if (state != null) {
      states
          .computeIfAbsent(state, k -> new State(new LinkedHashSet<>(), e.origin()))
          .names()
          .addAll(names);
      c.count("state records");
      List<DatedCode> others = coded.stream().filter(d -> !d.code().equals(state)).toList();
      if (!others.isEmpty()) {
        c.approximated(
            e.origin(),
            "a Vigie state has no dates: names kept as " + state + ", codes dropped " + others);
      }
      return;
    }
    List<DatedCode> undated = coded.stream().filter(DatedCode::isDefault).toList();
    if (undated.size() > 1) {
      c.approximated(
          e.origin(),
          "several undated codes: kept "
              + undated.get(0)
              + ", dropped "
              + undated.subList(1, undated.size()));
    }
    if (undated.size() == coded.size()) {
      String code = undated.get(0).code();
      builder.organization(code, names, kind(code));
      c.count("organizations");
      return;
    }
    for (DatedCode d : coded) {
      if (!d.isDefault()) {
        builder.person(d.code(), names, d.from() == null ? SINCE_ALWAYS : d.from(), d.to());
        c.count("person terms");
      }
    }
    if (!undated.isEmpty()) {
      // added last: a person's terms are tried in order, so this one only when no dated one applies
      builder.person(undated.get(0).code(), names, SINCE_ALWAYS, null);
      c.count("person default codes");
    }
    c.count("people");
  }

  /** The state code of a record: its undated code, else its latest dated one, if a state's. */
  private static String stateCode(List<DatedCode> coded) {
    for (DatedCode d : coded) {
      if (d.isDefault()) {
        return CountryCodes.isState(d.code()) ? d.code() : null;
      }
    }
    String latest = null;
    for (DatedCode d : coded) {
      if (CountryCodes.isState(d.code()) && (latest == null || d.to() == null)) {
        latest = d.code();
      }
    }
    return latest;
  }

  static String kind(String code) {
    if (code.startsWith("IGO")) {
      return "igo";
    }
    if (code.startsWith("IMG") || code.endsWith("REB") || code.endsWith("INS")) {
      return "group";
    }
    if (code.startsWith("NGO") || code.startsWith("NGM")) {
      return "ngo";
    }
    return code.startsWith("MNC") ? "company" : "agency";
  }

  private void addStates() {
    states.forEach(
        (code, state) -> {
          Conversion c = conversions.get(state.origin().file());
          List<String> names = List.copyOf(state.names());
          if (builder.country(new Country(code, names, List.of(), List.of(), List.of(), 0, 0))) {
            c.count("states");
            c.count("state names", names.size());
          } else {
            c.notRepresentable(
                state.origin(),
                "state "
                    + code
                    + " is already in the base dictionaries: its "
                    + names.size()
                    + " PETRARCH names are not added (a state's names cannot be extended)");
          }
        });
  }

  /**
   * Names as shown: a short single word stays as written (acronyms: NATO, ISIS), others in title
   * case (JOHN KERRY → John Kerry). Matching ignores case anyway.
   */
  private static List<String> displayNames(List<String> names) {
    List<String> out = new ArrayList<>(names.size());
    for (String n : names) {
      out.add(n.indexOf(' ') < 0 && n.length() <= 5 ? n : Phrases.title(n));
    }
    return out;
  }
}
