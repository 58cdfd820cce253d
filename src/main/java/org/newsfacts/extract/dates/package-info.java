/**
 * Dates and times: {@link org.newsfacts.extract.dates.TimexNormalizer} re-resolves each TIMEX3
 * value SUTime gives against the publication date and the tense of its sentence ({@link
 * org.newsfacts.extract.dates.TenseAwareDates}), drops what TimeML does not mark ({@link
 * org.newsfacts.extract.dates.NotATimex}) and adds what SUTime misses ({@link
 * org.newsfacts.extract.dates.MissedTimexes}), turns "three days later" back into the duration
 * TimeML marks ({@link org.newsfacts.extract.dates.RelativeDurations}), cuts an expression SUTime
 * leaves without a value to the part that has one ({@code ValuelessTimexes}) and rereads four-digit
 * numbers that are clock times or house numbers, not years ({@code YearLikeNumbers}). "A
 * decades-long dispute" is a duration ({@code DurationAdjectives}) and "the eighth day of the
 * strike" the current day ({@code OrdinalRuns}); "the second half of the year" is its H2
 * ({@code YearHalves}), and two expressions SUTime glued into one ("a year from 2019") are split
 * in two ({@code GluedTimexes}), as are two that SUTime glued and left without a value ("eight
 * weeks this spring", "1998, last week": {@code GluedParts}). "Overnight" in a past-tense sentence is the night that led into
 * the day reported on ({@code Overnight}). "April 24 and 25" and "Sept. 26-28" are two dates each, the
 * second a day of the first one's month ({@code DayRanges}). Reads
 * {@code corenlp} records only.
 */
package org.newsfacts.extract.dates;
