package org.newsfacts.extract.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.extract.corenlp.AnnotatedText.Sentence;
import org.newsfacts.extract.corenlp.AnnotatedText.Token;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

class PlaceNamedTeamsTest {
  private static final PlaceNamedTeams TEAMS =
      new PlaceNamedTeams(name -> Set.of("Halden", "Karlstad", "Palm Springs", "Lund").contains(name));

  /** One sentence of words separated by single spaces, each written "word/TAG". */
  private static AnnotatedText tagged(String wordsAndTags) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    for (String pair : wordsAndTags.split(" ")) {
      int slash = pair.lastIndexOf('/');
      String word = pair.substring(0, slash);
      if (text.length() > 0) {
        text.append(' ');
      }
      tokens.add(new Token(word, pair.substring(slash + 1), text.length(), text.length() + word.length()));
      text.append(word);
    }
    return new AnnotatedText(text.toString(), null, List.of(new Sentence(0, 0, text.length(), tokens)), List.of());
  }

  @Test
  void aKnownPlaceAndACapitalisedPluralAreATeam() {
    AnnotatedText a =
        tagged("The/DT Halden/NNP Otters/NNPS beat/VBD the/DT Karlstad/NNP 77s/CD in/IN Lund/NNP ./.");
    String text = a.text();
    List<Mention> resolved =
        TEAMS.resolve(
            List.of(
                NameMentions.first(MentionType.LOCATION, text, "Halden Otters"),
                NameMentions.first(MentionType.LOCATION, text, "Karlstad"),
                NameMentions.first(MentionType.LOCATION, text, "Lund")),
            a);
    assertThat(resolved)
        .extracting(Mention::type, Mention::text)
        .containsExactly(
            tuple(MentionType.ORGANIZATION, "Halden Otters"),
            tuple(MentionType.ORGANIZATION, "Karlstad 77s"),
            tuple(MentionType.LOCATION, "Lund"));
  }

  @Test
  void aKnownTownAndAClubWordAreTheClubUnlessTheWholeIsAPlace() {
    PlaceNamedTeams teams =
        new PlaceNamedTeams(name -> Set.of("Halden", "Karlstad", "Lund", "Lund City").contains(name));
    AnnotatedText a =
        tagged("Halden/NNP City/NNP drew/VBD with/IN Karlstad/NNP United/NNP in/IN Lund/NNP City/NNP ./.");
    String text = a.text();
    List<Mention> resolved =
        teams.resolve(
            List.of(
                NameMentions.first(MentionType.LOCATION, text, "Halden City"),
                NameMentions.first(MentionType.LOCATION, text, "Karlstad"),
                NameMentions.first(MentionType.LOCATION, text, "Lund City")),
            a);
    assertThat(resolved)
        .extracting(Mention::type, Mention::text)
        .containsExactly(
            tuple(MentionType.ORGANIZATION, "Halden City"),
            tuple(MentionType.ORGANIZATION, "Karlstad United"),
            tuple(MentionType.LOCATION, "Lund City"));
  }

  @Test
  void placesWithPluralNamesEventsAndHeadlineVerbsStayPlaces() {
    AnnotatedText a =
        tagged("Palm/NNP Springs/NNPS ,/, Halden/NNP Olympics/NNPS and/CC Karlstad/NNP Says/VBZ no/DT");
    String text = a.text();
    List<Mention> resolved =
        TEAMS.resolve(
            List.of(
                NameMentions.first(MentionType.LOCATION, text, "Palm Springs"),
                NameMentions.first(MentionType.LOCATION, text, "Halden"),
                NameMentions.first(MentionType.LOCATION, text, "Karlstad")),
            a);
    assertThat(resolved).extracting(Mention::type).containsOnly(MentionType.LOCATION);
  }

  @Test
  void aPluralInAHeadlineInTitleCaseSaysNothing() {
    AnnotatedText a = tagged("Karlstad/NNP Plans/NNS New/NNP Bridge/NNP Over/IN River/NNP");
    String text = a.text();
    List<Mention> resolved = TEAMS.resolve(List.of(NameMentions.first(MentionType.LOCATION, text, "Karlstad")), a);
    assertThat(resolved).extracting(Mention::type, Mention::text).containsExactly(tuple(MentionType.LOCATION, "Karlstad"));
  }
}
