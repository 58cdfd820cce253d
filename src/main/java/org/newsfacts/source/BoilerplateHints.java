package org.newsfacts.source;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id and role say about it: page furniture (navigation, sharing,
 * comments, ads, cookie banners, related links) or article content. These are words every
 * publishing system uses, not rules for particular sites.
 */
final class BoilerplateHints {
  private static final Set<String> FURNITURE_WORDS =
      Set.of(
          "nav", "navbar", "navigation", "menu", "menubar", "footer", "sidebar", "aside", "ad",
          "ads", "adv", "advert", "advertisement", "advertising", "banner", "breadcrumb",
          "breadcrumbs", "comment", "comments", "share", "sharing", "social", "related",
          "recommended", "recommendations", "promo", "promotion", "sponsored", "sponsor",
          "cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe", "subscription",
          "signup", "popup", "modal", "overlay", "paywall", "pagination", "pager", "tags",
          "tag", "widget", "widgets", "trending", "popular", "toolbar", "skip", "print",
          "masthead", "byline", "dateline", "meta", "author", "bio", "caption", "credit",
          "hidden", "sr", "screen", "offscreen", "disclaimer", "copyright", "rating", "login",
          "disqus", "outbrain", "taboola", "more", "follow", "jump", "topics", "keywords");
  private static final Pattern FURNITURE_SUBSTRINGS =
      Pattern.compile(
          "comment|disqus|outbrain|taboola|cookie|newsletter|advert|sponsor|breadcrumb|"
              + "sharing|share-|social|related|recommend|sidebar|popup|subscribe|promo");
  private static final Pattern EMBEDDED_POST = Pattern.compile("tweet|instagram|tiktok|social-?(media-?)?embed|embed-?social");
  private static final Pattern COMMENTS = Pattern.compile("comment|disqus");
  private static final Pattern CAMEL_CASE = Pattern.compile("([a-z])([A-Z])");
  private static final Pattern WORD_BREAKS = Pattern.compile("[\\s_-]+");
  private static final Pattern CONTENT_WORDS =
      Pattern.compile("article|body|content|entry|main|post|story|text|prose|blog|page");
  /**
   * Class names that use a furniture word about something other than the element: Drupal marks
   * every field whose label is not shown {@code field--label-hidden}, utility CSS clips a box with
   * {@code overflow-hidden}, and a photo-list item without a caption says {@code no_caption}. The
   * element itself is shown, and is often the article body.
   */
  private static final Pattern MODIFIER_COMPOUNDS =
      Pattern.compile("(?i)\\b(overflow|label)-+hidden\\b|\\bno[-_]?caption\\b");
  private static final Set<String> FURNITURE_ROLES =
      Set.of("navigation", "banner", "complementary", "contentinfo", "dialog", "alert",
          "menu", "menubar", "search", "alertdialog", "toolbar");

  private BoilerplateHints() {}

  /** The element's class and id, lower case, space separated. */
  static String names(Element e) {
    return (e.className() + " " + nameId(e)).toLowerCase(Locale.ROOT).strip();
  }

  /**
   * The element's id when it names the element; blank when it is a heading's anchor, the heading's
   * text in a slug ({@code menu-innovation-strategies-for-caterers} over a section headed "Menu
   * Innovation Strategies for Caterers"): such an id says what the section is about, not what
   * kind of box it is.
   */
  private static String nameId(Element e) {
    return HeadingAnchors.isAnchor(e) ? "" : e.id();
  }

  /** True when class, id or role name page furniture. */
  static boolean looksLikeFurniture(Element e) {
    if (FURNITURE_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
      return true;
    }
    String names = names(e);
    if (names.isEmpty() || EMBEDDED_POST.matcher(names).find()) {
      // A quoted tweet or post sits in the article as a quotation does, "social" wrapper or not.
      return false;
    }
    if (FURNITURE_SUBSTRINGS.matcher(names).find()) {
      return true;
    }
    for (String word : words(e)) {
      if (FURNITURE_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** The words of the class and id names: {@code newsCaption image-credit} gives news, caption... */
  private static String[] words(Element e) {
    String names = MODIFIER_COMPOUNDS.matcher(e.className() + " " + nameId(e)).replaceAll(" ");
    String split = CAMEL_CASE.matcher(names).replaceAll("$1 $2");
    return WORD_BREAKS.split(split.toLowerCase(Locale.ROOT).strip());
  }

  /**
   * True when the markup itself says "this is the article": the hAtom {@code hentry} class or
   * schema.org's {@code articleBody}. Such an element is no furniture whatever else its classes
   * say (WordPress adds {@code tag-...} and {@code author-...} classes to every post). An
   * {@code <article>} element alone says less: teasers of other stories are articles too.
   */
  static boolean marksArticle(Element e) {
    return e.classNames().contains("hentry")
        || e.attr("itemprop").toLowerCase(Locale.ROOT).contains("articlebody");
  }

  /** True when class or id name a comment thread, the longest furniture a page has. */
  static boolean namesComments(Element e) {
    return COMMENTS.matcher(names(e)).find();
  }

  /** True when class or id name article content. */
  static boolean looksLikeContent(Element e) {
    return CONTENT_WORDS.matcher(names(e)).find() || e.hasAttr("itemprop")
        && e.attr("itemprop").toLowerCase(Locale.ROOT).contains("articlebody");
  }
}
