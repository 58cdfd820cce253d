package org.newsfacts.index;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.newsfacts.fact.EventFact;
import org.newsfacts.fact.ExtractedArticle;
import org.newsfacts.fact.Fact;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;
import org.newsfacts.fact.OrganizationFact;
import org.newsfacts.fact.PersonFact;
import org.newsfacts.fact.PlaceFact;
import org.newsfacts.fact.QuantityFact;

/**
 * Extracted articles written by hand as extraction would produce them (text in our own words),
 * so index, search and report tests need no NLP models. Offsets are computed from the text.
 */
public final class SampleArticles {
  public static final String SEED_ID = "seed-iraq-withdrawal";

  private SampleArticles() {}

  /** All samples: the seed story and three others on other dates. */
  public static List<ExtractedArticle> all() {
    return List.of(seed(), oilExports(), waterTalks(), cocoa());
  }

  /** "U.S. Plans Troops Withdrawal From Iraq by 2026", 2024-09-27. */
  public static ExtractedArticle seed() {
    Builder b =
        new Builder(
            SEED_ID,
            "corpus/us-troops-withdrawal-iraq.txt",
            "U.S. Plans Troops Withdrawal From Iraq by 2026",
            "2024-09-27",
            "The United States will complete the withdrawal of its troops from Iraq by the end of"
                + " 2026, Iraqi Defense Minister Thabit al-Abbasi said on Friday.",
            "About 2,500 U.S. troops are stationed in Iraq and 900 in neighbouring Syria as part"
                + " of the coalition against Islamic State.",
            "Prime Minister Mohammed Shia al-Sudani has pressed for the coalition to leave, while"
                + " officials in Kurdistan want some forces to stay.",
            "In January, three U.S. soldiers were killed in a drone strike in Jordan.",
            "Representative Adam Smith said the plan reflects how much Iraq has changed since the"
                + " fall of Saddam Hussein.",
            "Al-Sudani said Iraq no longer needs foreign combat troops.");
    b.person("Thabit al-Abbasi", "Defense Minister", 1, "Thabit al-Abbasi", 0);
    b.person("Mohammed Shia al-Sudani", "Prime Minister", 2, "Mohammed Shia al-Sudani", 2);
    b.person("Adam Smith", null, 1, "Adam Smith", 4);
    b.person("Saddam Hussein", null, 1, "Saddam Hussein", 4);
    b.place("United States", "COUNTRY", "US", 2, "United States", 0);
    b.place("Iraq", "COUNTRY", "IQ", 4, "Iraq", 0);
    b.place("Syria", "COUNTRY", "SY", 1, "Syria", 1);
    b.place("Kurdistan", "REGION", null, 1, "Kurdistan", 2);
    b.place("Jordan", "COUNTRY", "JO", 1, "Jordan", 3);
    b.org("Islamic State", 1, "Islamic State", 1);
    b.quantity("2500", "troops", "2,500", "2,500 U.S. troops", "Iraq", "2024-09-27", 1);
    b.quantity("900", "troops", "900", "900", "Syria", "2024-09-27", 1);
    b.event("2026", "2026", List.of("Thabit al-Abbasi"), List.of("United States", "Iraq"), 0);
    b.event("2024-01", "January", List.of(), List.of("Jordan"), 3);
    return b.build();
  }

  /** An article naming al-Sudani again, a month earlier. */
  public static ExtractedArticle oilExports() {
    Builder b =
        new Builder(
            "iraq-oil-exports",
            "corpus/iraq-oil-exports.txt",
            "Iraq Oil Exports Rise in August",
            "2024-09-02",
            "Iraq exported 3.4 million barrels of oil per day in August, the oil ministry said.",
            "Prime Minister Mohammed Shia al-Sudani welcomed the figures in Baghdad.");
    b.person("Mohammed Shia al-Sudani", "Prime Minister", 1, "Mohammed Shia al-Sudani", 1);
    b.place("Iraq", "COUNTRY", "IQ", 1, "Iraq", 0);
    b.place("Baghdad", "CITY", null, 1, "Baghdad", 1);
    b.org("Oil Ministry", 1, "oil ministry", 0);
    b.quantity("3400000", "barrels", "3.4 million", "3.4 million barrels", "Iraq", "2024-08", 0);
    b.event("2024-08", "August", List.of(), List.of("Iraq"), 0);
    return b.build();
  }

  /** A 2023 article with a small number of troops, in Jordan. */
  public static ExtractedArticle waterTalks() {
    Builder b =
        new Builder(
            "jordan-water-talks",
            "corpus/jordan-water-talks.txt",
            "Jordan Hosts Regional Water Talks",
            "2023-11-15",
            "Officials from Jordan, Syria and Iraq met in Amman to discuss sharing the Yarmouk"
                + " river.",
            "Foreign Minister Ayman Safadi chaired the talks, guarded by 40 troops.");
    b.person("Ayman Safadi", "Foreign Minister", 1, "Ayman Safadi", 1);
    b.place("Jordan", "COUNTRY", "JO", 1, "Jordan", 0);
    b.place("Syria", "COUNTRY", "SY", 1, "Syria", 0);
    b.place("Iraq", "COUNTRY", "IQ", 1, "Iraq", 0);
    b.place("Amman", "CITY", null, 1, "Amman", 0);
    b.quantity("40", "troops", "40", "40 troops", "Amman", null, 1);
    return b.build();
  }

  /** An old article with nothing in common with the others. */
  public static ExtractedArticle cocoa() {
    Builder b =
        new Builder(
            "cocoa-prices",
            "corpus/cocoa-prices.txt",
            "Cocoa Prices Climb on Dry Weather",
            "1987-02-26",
            "Cocoa prices rose in London as dry weather hurt crops in Ivory Coast.",
            "Traders said 1,200 tonnes changed hands on Thursday.");
    b.place("London", "CITY", null, 1, "London", 0);
    b.place("Ivory Coast", "COUNTRY", "CI", 1, "Ivory Coast", 0);
    b.quantity("1200", "tonnes", "1,200", "1,200 tonnes", null, "1987-02-26", 1);
    return b.build();
  }

  /**
   * A 2015 story with "al-" names but no al-Abbasi, and "Abbas" apart: a hyphenated name must
   * not match its parts spread over the text. Not in {@link #all()}.
   */
  public static ExtractedArticle craneCollapse() {
    Builder b =
        new Builder(
            "mecca-crane",
            "corpus/mecca-crane.txt",
            "Crane Collapses at the Grand Mosque in Mecca",
            "2015-09-12",
            "A crane collapsed at the Grand Mosque in Mecca on Friday, the civil defence said.",
            "Director General Suleiman al-Amr told al-Ikhbariya television the injured were in"
                + " hospital.",
            "Pilgrims from Abbas province were among the injured, and 19 of the wounded have COVID"
                + " symptoms, doctors said.");
    b.person("Suleiman al-Amr", "Director General", 1, "Suleiman al-Amr", 1);
    b.place("Mecca", "CITY", null, 1, "Mecca", 0);
    b.event("2015-09-11", "Friday", List.of(), List.of("Mecca"), 0);
    return b.build();
  }

  /** A 2021 story on COVID-19 written with the hyphen. Not in {@link #all()}. */
  public static ExtractedArticle covidWards() {
    Builder b =
        new Builder(
            "covid-wards",
            "corpus/covid-wards.txt",
            "Hospitals Open New Wards",
            "2021-01-20",
            "Hospitals in Amman opened new wards as COVID-19 cases rose for a third week.",
            "The health ministry said it had counted 1,200 new cases.");
    b.place("Amman", "CITY", null, 1, "Amman", 0);
    b.quantity("1200", "cases", "1,200", "1,200 new cases", "Amman", "2021-01-20", 1);
    return b.build();
  }

  /** A 1987 story naming a president by his surname alone. Not in {@link #all()}. */
  public static ExtractedArticle reaganBudget() {
    Builder b =
        new Builder(
            "reagan-budget",
            "corpus/reagan-budget.txt",
            "Reagan Sends Budget to Congress",
            "1987-01-05",
            "President Reagan sent his budget to Congress on Monday.");
    b.person("Reagan", "President", 1, "Reagan", 0);
    return b.build();
  }

  /** A 1987 story naming another Reagan. Not in {@link #all()}. */
  public static ExtractedArticle nancyReagan() {
    Builder b =
        new Builder(
            "nancy-reagan",
            "corpus/nancy-reagan.txt",
            "First Lady Visits School",
            "1987-02-10",
            "Nancy Reagan visited a school in Ohio.");
    b.person("Nancy Reagan", null, 1, "Nancy Reagan", 0);
    return b.build();
  }

  /** Builds an article from sentences, finding every span in the text. */
  static final class Builder {
    private final String id;
    private final String source;
    private final String title;
    private final String published;
    private final String[] sentences;
    private final int[] sentenceStarts;
    private final String text;
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Fact> facts = new ArrayList<>();

    Builder(String id, String source, String title, String published, String... sentences) {
      this.id = id;
      this.source = source;
      this.title = title;
      this.published = published;
      this.sentences = sentences;
      this.sentenceStarts = new int[sentences.length];
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < sentences.length; i++) {
        sb.append(i == 0 ? "" : " ");
        sentenceStarts[i] = sb.length();
        sb.append(sentences[i]);
      }
      this.text = sb.toString();
    }

    void person(String name, String role, int count, String written, int sentence) {
      int start = find(written, sentence);
      mentions.add(entity(MentionType.PERSON, start, written, name, null, null, sentence));
      facts.add(new PersonFact(name, role, count, start, start + written.length(), sentences[sentence]));
    }

    void place(String name, String subtype, String iso, int count, String written, int sentence) {
      int start = find(written, sentence);
      mentions.add(entity(MentionType.LOCATION, start, written, name, subtype, iso, sentence));
      facts.add(
          new PlaceFact(name, subtype, iso, count, start, start + written.length(), sentences[sentence]));
    }

    void org(String name, int count, String written, int sentence) {
      int start = find(written, sentence);
      mentions.add(entity(MentionType.ORGANIZATION, start, written, name, null, null, sentence));
      facts.add(new OrganizationFact(name, count, start, start + written.length(), sentences[sentence]));
    }

    void quantity(
        String value, String unit, String written, String phrase, String place, String date, int s) {
      int start = find(phrase, s);
      mentions.add(
          new Mention(MentionType.NUMBER, start, start + written.length(), written,
              new BigDecimal(value), null, null, null, null, s));
      facts.add(
          new QuantityFact(new BigDecimal(value), unit, null, written, place, date, start,
              start + phrase.length(), sentences[s]));
    }

    void event(String date, String written, List<String> people, List<String> places, int s) {
      int start = find(written, s);
      mentions.add(
          new Mention(MentionType.DATE, start, start + written.length(), written, date,
              null, null, null, null, s));
      facts.add(
          new EventFact(date, written, people, places, start, start + written.length(), sentences[s]));
    }

    ExtractedArticle build() {
      List<Mention> inTextOrder = new ArrayList<>(mentions);
      inTextOrder.sort(java.util.Comparator.comparingInt(Mention::start));
      return new ExtractedArticle(id, source, title, List.of(), published, text, inTextOrder, facts);
    }

    private Mention entity(
        MentionType type, int start, String written, String canonical, String subtype, String iso,
        int sentence) {
      return new Mention(type, start, start + written.length(), written, null, canonical, subtype,
          iso, null, sentence);
    }

    private int find(String written, int sentence) {
      int at = sentences[sentence].indexOf(written);
      if (at < 0) {
        throw new IllegalArgumentException("'" + written + "' is not in sentence " + sentence);
      }
      return sentenceStarts[sentence] + at;
    }
  }
}
