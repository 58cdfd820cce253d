package org.newsfacts.extract.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

class SurnamesTest {
  private static Mention mention(String text, MentionType type, String name) {
    int start = text.indexOf(name);
    return mention(type, name, start);
  }

  private static Mention mention(MentionType type, String name, int start) {
    return new Mention(type, start, start + name.length(), name, null, null, null, null, null, 0);
  }

  private static List<Mention> resolve(String text, Mention... mentions) {
    AnnotatedText annotated = NameMentions.oneSentence(text);
    return Surnames.resolve(new ArrayList<>(List.of(mentions)), annotated);
  }

  @Test
  void placeNamedLikeAPersonInTheArticleBecomesThePerson() {
    String text = "MaliVai Washington won. Washington served well in Paris.";
    List<Mention> resolved =
        resolve(
            text,
            mention(text, MentionType.PERSON, "MaliVai Washington"),
            mention(MentionType.LOCATION, "Washington", text.indexOf("Washington served")),
            mention(text, MentionType.LOCATION, "Paris"));
    assertThat(resolved)
        .extracting(Mention::type, Mention::text)
        .containsExactly(
            tuple(MentionType.PERSON, "MaliVai Washington"),
            tuple(MentionType.PERSON, "Washington"),
            tuple(MentionType.LOCATION, "Paris"));
  }

  @Test
  void untaggedSurnameBecomesAMentionOfThePerson() {
    String text = "Alan Shearer scored twice. Later, Shearer said the team was tired.";
    List<Mention> resolved = resolve(text, mention(text, MentionType.PERSON, "Alan Shearer"));
    assertThat(resolved)
        .extracting(Mention::type, Mention::text, Mention::start)
        .containsExactly(
            tuple(MentionType.PERSON, "Alan Shearer", 0),
            tuple(MentionType.PERSON, "Shearer", text.indexOf("Shearer said")));
  }

  @Test
  void surnameInsideALongerNameOrWordIsLeftAlone() {
    String text = "Larry Wall wrote Perl. Wall Street fell; the Walls, Wallace and Great Wall were quiet.";
    List<Mention> resolved = resolve(text, mention(text, MentionType.PERSON, "Larry Wall"));
    assertThat(resolved).extracting(Mention::text).containsExactly("Larry Wall");
  }

  @Test
  void withoutAFullNameNothingChanges() {
    String text = "Washington met the press in Washington.";
    Mention person = mention(MentionType.PERSON, "Washington", 0);
    Mention place = mention(MentionType.LOCATION, "Washington", text.lastIndexOf("Washington"));
    assertThat(resolve(text, person, place)).containsExactly(person, place);
  }

  @Test
  void longerPlaceNamesAreLeftAlone() {
    String text = "George Washington crossed to Washington State.";
    Mention person = mention(text, MentionType.PERSON, "George Washington");
    Mention place = mention(text, MentionType.LOCATION, "Washington State");
    assertThat(resolve(text, person, place)).containsExactly(person, place);
  }
}
