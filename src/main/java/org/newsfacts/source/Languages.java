package org.newsfacts.source;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The language of an article's text, by Optimaize's n-gram detector (the one Tika wraps), over
 * the languages news is most often written in; fewer profiles keep memory and start-up low.
 * Thread-safe. A text too short to tell, or one the detector is unsure of, has no language:
 * unknown counts as English downstream, so an unsure guess never costs an article its facts.
 */
public final class Languages {
  private static final List<String> COMMON =
      List.of("en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "no", "fi", "pl", "cs", "ro",
          "hu", "el", "tr", "ru", "uk", "ar", "id", "ja", "ko", "zh-CN");
  private static final int MIN_LETTERS = 250;
  private static final int MAX_CHARS = 10_000;
  private static final double SURE = 0.95;
  /** A line of prose has at least this many letters, and letters make this share of it. */
  private static final int MIN_LINE_LETTERS = 20;
  private static final double PROSE_SHARE = 0.75;
  private static final TextObjectFactory TEXT = CommonTextObjectFactories.forDetectingOnLargeText();

  private Languages() {}

  /**
   * Starts loading the detector on a thread of its own, for a command that is about to load the
   * NLP models and will then detect the language of every article: the profiles load side by side
   * with the models instead of after them, while the extraction threads wait for the first
   * article. A load that fails here fails again, with its message, at the first detection.
   */
  public static void loadInBackground() {
    Thread thread =
        new Thread(
            () -> {
              try {
                Detector.INSTANCE.hashCode();
              } catch (Throwable ignored) {
                // reported where the detector is used
              }
            },
            "load-languages");
    thread.setDaemon(true);
    thread.start();
  }

  /** Loaded on first use: reading never pays for it unless it detects. */
  private static final class Detector {
    static final LanguageDetector INSTANCE = load();

    private static LanguageDetector load() {
      try {
        List<LanguageProfile> profiles = new LanguageProfileReader()
            .readBuiltIn(COMMON.stream().map(LdLocale::fromString).toList());
        return LanguageDetectorBuilder.create(NgramExtractors.standard())
            .withProfiles(profiles)
            .build();
      } catch (IOException e) {
        throw new UncheckedIOException("language profiles missing from the classpath", e);
      }
    }
  }

  /** The ISO 639-1 code of the text's language ("de"), or {@code null} when unsure. */
  public static String of(String text) {
    String sample = proseLines(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
    if (sample.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
      return null;
    }
    List<DetectedLanguage> found = Detector.INSTANCE.getProbabilities(TEXT.forText(sample));
    if (found.isEmpty() || found.get(0).getProbability() < SURE) {
      return null;
    }
    return found.get(0).getLocale().getLanguage();
  }

  /**
   * The lines of running text: mostly letters, not in capitals. Tables of figures and their abbreviations
   * ("Shr 17.15p vs 12.37p", "Turnover 543.2 mln stg") are no evidence of a language, and their
   * letter n-grams can outvote the prose around them (an English earnings table read as Swedish).
   */
  static String proseLines(String text) {
    StringBuilder prose = new StringBuilder();
    for (String line : text.split("\n")) {
      long letters = line.codePoints().filter(Character::isLetter).count();
      long visible = line.codePoints().filter(c -> !Character.isWhitespace(c)).count();
      long upper = line.codePoints().filter(Character::isUpperCase).count();
      long lower = line.codePoints().filter(Character::isLowerCase).count();
      boolean shouted = upper > lower; // a headline or table in capitals; no case: CJK, Arabic
      if (letters >= MIN_LINE_LETTERS && letters >= PROSE_SHARE * visible && !shouted) {
        prose.append(line).append('\n');
      }
    }
    return prose.toString();
  }
}
