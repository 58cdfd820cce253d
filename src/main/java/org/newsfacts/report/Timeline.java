package org.newsfacts.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsfacts.fact.EventFact;
import org.newsfacts.fact.ExtractedArticle;
import org.newsfacts.fact.Fact;
import org.newsfacts.fact.QuantityFact;
import org.newsfacts.index.DateRanges;

/**
 * The dated facts of a report (events and dated quantities), newest first, limited to dates near
 * their article's publication date. A date years away from its article is history the article
 * recalls ("since 1991") or a number misread as a year ("0014"): it stays among the article's
 * own facts, but it does not lead the report's timeline.
 *
 * @param dated facts dated within {@link #YEARS_AROUND} years of their article's publication,
 *     newest first (ties keep report order)
 * @param farFromPublication how many dated facts were left out for lying further away
 */
public record Timeline(List<Dated> dated, int farFromPublication) {
  /** How many years before or after its article's publication a fact may be dated. */
  public static final int YEARS_AROUND = 3;

  public Timeline {
    dated = List.copyOf(dated);
  }

  /**
   * A fact with its calendar date (day, month or year) and the article it comes from.
   *
   * @param month 1-12, or 0 when the date names a year only
   */
  public record Dated(String date, int year, int month, Fact fact, ExtractedArticle article) {}

  /**
   * The timeline of {@code articles}. An undated article's facts are measured against the span
   * of the other articles' publication dates; when no article has one, nothing is left out.
   */
  static Timeline of(List<ExtractedArticle> articles) {
    Window reportWide = Window.around(articles);
    List<Dated> near = new ArrayList<>();
    int far = 0;
    for (ExtractedArticle article : articles) {
      Window window = article.published() == null ? reportWide : Window.around(List.of(article));
      for (Fact fact : article.facts()) {
        String date = dateOf(fact);
        DateRanges.DayRange days = DateRanges.ofTimex(date);
        if (days == null) {
          continue; // vague ("2024-W05", "PAST_REF") or relative ("XXXX-01"): not on a calendar
        }
        if (window.holds(days)) {
          LocalDate first = days.firstDate();
          int month = date.length() >= 7 ? first.getMonthValue() : 0;
          near.add(new Dated(date, first.getYear(), month, fact, article));
        } else {
          far++;
        }
      }
    }
    near.sort(Comparator.comparing(Dated::date).reversed());
    return new Timeline(near, far);
  }

  /** True when the report has dated facts, near or far. */
  boolean isEmpty() {
    return dated.isEmpty() && farFromPublication == 0;
  }

  /** What the timeline holds, in a sentence for a report. */
  String summary() {
    return dated.size() + " dated facts within " + YEARS_AROUND
        + " years of their article's publication, newest first.";
  }

  /** What the timeline leaves out for lying far from publication, in a sentence, or {@code null}. */
  String farNote() {
    return farFromPublication == 0
        ? null
        : farFromPublication + " dated facts lie more than " + YEARS_AROUND + " years from their"
            + " article's publication (history the article recalls, or a number read as a year)"
            + " and are left out here; each article lists them.";
  }

  private static String dateOf(Fact fact) {
    if (fact instanceof EventFact event) {
      return event.date();
    }
    return fact instanceof QuantityFact quantity ? quantity.date() : null;
  }

  /** Epoch days from {@link #YEARS_AROUND} years before the first publication to as long after the last. */
  private record Window(long first, long last) {
    static final Window ANY = new Window(Long.MIN_VALUE, Long.MAX_VALUE);

    static Window around(List<ExtractedArticle> articles) {
      LocalDate earliest = null;
      LocalDate latest = null;
      for (ExtractedArticle article : articles) {
        DateRanges.DayRange published = DateRanges.ofTimex(article.published());
        if (published == null) {
          continue;
        }
        LocalDate day = published.firstDate();
        earliest = earliest == null || day.isBefore(earliest) ? day : earliest;
        latest = latest == null || day.isAfter(latest) ? day : latest;
      }
      if (earliest == null) {
        return ANY;
      }
      return new Window(
          earliest.minusYears(YEARS_AROUND).toEpochDay(), latest.plusYears(YEARS_AROUND).toEpochDay());
    }

    boolean holds(DateRanges.DayRange days) {
      return days.last() >= first && days.first() <= last;
    }
  }
}
