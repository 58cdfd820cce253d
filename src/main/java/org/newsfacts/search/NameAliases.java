package org.newsfacts.search;

import java.util.List;
import org.newsfacts.index.FactField;

/**
 * The other names an archive knows for a person, place or organisation ("Reagan" and "President
 * Reagan" for "Ronald Reagan"), so that {@code person:}, {@code place:} and {@code org:} clauses
 * and the {@code --person}, {@code --place} and {@code --org} filters find an entity's articles
 * by any of its names, including articles that only ever use a short form.
 *
 * <p>The archive's entity table supplies it ({@link FactSearcher#open(java.nio.file.Path,
 * NameAliases)}); the query parser asks it for each name clause. The name typed still matches
 * by its words ("al-Sudani" in "Mohammed Shia al-Sudani"); an alias matches whole names only,
 * so the alias "Reagan" of Ronald Reagan does not bring in every other Reagan.
 */
@FunctionalInterface
public interface NameAliases {
  /** No aliases: every name stands for itself. */
  NameAliases NONE = (kind, name) -> List.of();

  /**
   * The other names of the entity {@code name} stands for, or none when the archive knows no
   * such entity (or several that the name could mean).
   *
   * @param kind {@link FactField#PERSON}, {@link FactField#PLACE} or {@link FactField#ORG}
   * @param name the name as the user typed it
   */
  List<String> aliasesOf(FactField kind, String name);
}
