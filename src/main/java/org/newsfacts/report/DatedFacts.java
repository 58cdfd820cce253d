package org.newsfacts.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.fact.EventFact;
import org.newsfacts.fact.ExtractedArticle;
import org.newsfacts.fact.Fact;
import org.newsfacts.fact.QuantityFact;

/** The facts of a report that carry a calendar date, oldest first, for timelines. */
final class DatedFacts {
  // TIMEX3 values that name a year, month or day; vaguer ones ("2024-W05", "PAST_REF") are left out.
  private static final Pattern CALENDAR = Pattern.compile("(\\d{4})(?:-(\\d{2}))?(?:-\\d{2})?(?:T.*)?");

  private DatedFacts() {}

  /** A fact with its date and the article it comes from. */
  record Dated(String date, int year, int month, Fact fact, ExtractedArticle article) {}

  static List<Dated> of(List<ExtractedArticle> articles) {
    List<Dated> dated = new ArrayList<>();
    for (ExtractedArticle article : articles) {
      for (Fact fact : article.facts()) {
        String date = dateOf(fact);
        Matcher m = date == null ? null : CALENDAR.matcher(date);
        if (m != null && m.matches()) {
          int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
          dated.add(new Dated(date, Integer.parseInt(m.group(1)), month, fact, article));
        }
      }
    }
    dated.sort(Comparator.comparing(Dated::date));
    return dated;
  }

  private static String dateOf(Fact fact) {
    if (fact instanceof EventFact event) {
      return event.date();
    }
    return fact instanceof QuantityFact quantity ? quantity.date() : null;
  }
}
