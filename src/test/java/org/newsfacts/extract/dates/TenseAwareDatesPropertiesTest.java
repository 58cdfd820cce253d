package org.newsfacts.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.newsfacts.extract.corenlp.TaggedSentences.sentence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.newsfacts.extract.corenlp.AnnotatedText.Sentence;
import org.newsfacts.fact.MentionType;

class TenseAwareDatesPropertiesTest {
  private static final Sentence PAST = sentence("troops/NNS were/VBD killed/VBN in/IN DATE/NNP");
  private static final Sentence FUTURE = sentence("troops/NNS will/MD leave/VB in/IN DATE/NNP");

  @Provide
  Arbitrary<LocalDate> published() {
    return Arbitraries.integers()
        .between(0, 200 * 366)
        .map(days -> LocalDate.of(1900, 1, 1).plusDays(days));
  }

  private static String resolve(String value, String text, Sentence s, LocalDate published) {
    return TenseAwareDates.resolve(value, text, s, 4, 5, published.toString());
  }

  private static String name(Month month) {
    return month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  @Property
  void aMonthInAPastSentenceIsBeforePublicationOrJustAfterIt(
      @ForAll Month month, @ForAll @IntRange(min = 1900, max = 2100) int taggerYear, @ForAll("published") LocalDate published) {
    YearMonth resolved = YearMonth.parse(resolve(YearMonth.of(taggerYear, month).toString(), name(month), PAST, published));
    YearMonth pub = YearMonth.from(published);
    assertThat(resolved).isBeforeOrEqualTo(pub.plusMonths(2)).isAfter(pub.minusYears(1));
    if (resolved.isAfter(pub)) {
      // Only when the past reading would be more than half a year back.
      assertThat(resolved.minusYears(1)).isBefore(pub.minusMonths(6));
    }
  }

  @Property
  void aMonthInAFutureSentenceIsAfterPublicationOrJustBeforeIt(
      @ForAll Month month, @ForAll @IntRange(min = 1900, max = 2100) int taggerYear, @ForAll("published") LocalDate published) {
    YearMonth resolved = YearMonth.parse(resolve(YearMonth.of(taggerYear, month).toString(), name(month), FUTURE, published));
    YearMonth pub = YearMonth.from(published);
    assertThat(resolved).isAfterOrEqualTo(pub.minusMonths(2)).isBefore(pub.plusYears(1));
  }

  @Property
  void aWeekdayInAPastSentenceIsInTheWeekUpToPublication(
      @ForAll DayOfWeek day, @ForAll("published") LocalDate published) {
    LocalDate tagger = published.plusDays(3).with(java.time.temporal.TemporalAdjusters.nextOrSame(day));
    LocalDate resolved =
        LocalDate.parse(resolve(tagger.toString(), day.getDisplayName(TextStyle.FULL, Locale.ENGLISH), PAST, published));
    assertThat(resolved.getDayOfWeek()).isEqualTo(day);
    assertThat(resolved).isBetween(published.minusDays(6), published);
  }

  @Property
  void aWeekdayInASentenceWithoutDirectionIsWithinThreeDaysOfPublication(
      @ForAll DayOfWeek day, @ForAll("published") LocalDate published, @ForAll @IntRange(min = -20, max = 20) int shift) {
    Sentence noVerb = sentence("grandparents/NNS could/MD be/VB located/VBN DATE/NNP");
    LocalDate tagger = published.plusDays(shift).with(java.time.temporal.TemporalAdjusters.nextOrSame(day));
    LocalDate resolved =
        LocalDate.parse(resolve(tagger.toString(), day.getDisplayName(TextStyle.FULL, Locale.ENGLISH), noVerb, published));
    assertThat(resolved.getDayOfWeek()).isEqualTo(day);
    assertThat(resolved).isBetween(published.minusDays(3), published.plusDays(3));
  }

  @Property
  void aWeekdayInAFutureSentenceIsInTheWeekFromPublication(
      @ForAll DayOfWeek day, @ForAll("published") LocalDate published) {
    LocalDate tagger = published.minusDays(9).with(java.time.temporal.TemporalAdjusters.nextOrSame(day));
    LocalDate resolved =
        LocalDate.parse(resolve(tagger.toString(), day.getDisplayName(TextStyle.FULL, Locale.ENGLISH), FUTURE, published));
    assertThat(resolved.getDayOfWeek()).isEqualTo(day);
    assertThat(resolved).isBetween(published, published.plusDays(6));
  }

  @Property
  void resolvingTwiceChangesNothing(
      @ForAll Month month,
      @ForAll @IntRange(min = 1, max = 28) int dayOfMonth,
      @ForAll boolean past,
      @ForAll("published") LocalDate published) {
    Sentence s = past ? PAST : FUTURE;
    String text = name(month) + " " + dayOfMonth;
    String once = resolve(LocalDate.of(2000, month, dayOfMonth).toString(), text, s, published);
    assertThat(resolve(once, text, s, published)).isEqualTo(once);
  }

  @Property
  void aYearInTheTextIsKept(@ForAll Month month, @ForAll @IntRange(min = 1000, max = 2999) int year, @ForAll("published") LocalDate published) {
    String value = YearMonth.of(year, month).toString();
    assertThat(resolve(value, name(month) + " " + year, PAST, published)).isEqualTo(value);
  }

  @Property
  void neverThrowsOnAnyValueOrText(
      @ForAll String value, @ForAll String text, @ForAll("published") LocalDate published, @ForAll MentionType type) {
    assertThatCode(() -> resolve(value, text, PAST, published)).doesNotThrowAnyException();
    assertThatCode(() -> new TimexNormalizer(published.toString()).normalize(type, value, text, PAST, 4, 5))
        .doesNotThrowAnyException();
  }
}
