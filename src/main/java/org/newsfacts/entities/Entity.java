package org.newsfacts.entities;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One person, place or organisation across the archive.
 *
 * @param id stable id, "person:ronald-reagan": the type and the display name
 * @param type person, place or organization
 * @param name display name: the fullest form the archive uses most
 * @param aliases every other name it goes by in the archive ("Reagan"), most used first
 * @param articles how many articles name it, each publication counted: a story that ingest kept
 *     once for several sources (a wire story sent twice) counts once per publication, though not
 *     once per file format of the same document
 * @param stories how many distinct articles of the index name it (each story once)
 * @param mentions how often they mention it in all
 * @param first publication date of the first article naming it ({@code null} if none is dated)
 * @param last publication date of the last
 * @param lat for places resolved in the gazetteer: latitude, else {@code null}
 * @param lon longitude
 * @param country ISO 3166-1 alpha-2 code of the place's country
 * @param gazetteerId gazetteer entry ("geonames:1850147")
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "id", "type", "name", "aliases", "articles", "stories", "mentions", "first", "last", "lat", "lon", "country",
  "gazetteerId"
})
public record Entity(
    String id,
    String type,
    String name,
    List<String> aliases,
    int articles,
    int stories,
    int mentions,
    String first,
    String last,
    Double lat,
    Double lon,
    String country,
    String gazetteerId) {

  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }

  @JsonIgnore
  public EntityType entityType() {
    return EntityType.parse(type);
  }

  /** The display name and every alias. */
  @JsonIgnore
  public List<String> names() {
    List<String> all = new ArrayList<>(aliases.size() + 1);
    all.add(name);
    all.addAll(aliases);
    return all;
  }
}
