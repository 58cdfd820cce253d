package org.newsfacts.extract.corenlp;

import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchRules;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchRules.ExtractRule;
import edu.stanford.nlp.ling.tokensregex.SequencePattern;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.Redwood;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lets SUTime try a date rule on a stretch of text only when every token the rule cannot match
 * without is there.
 *
 * <p>SUTime applies each of its few hundred token rules at every position of the text it reads,
 * and starting a match attempt is what costs (each start builds the matcher's branch state), so
 * its rules take most of the tagger's time even on the short stretches {@link TimeTriggers}
 * leaves it. Most rules need a particular word or kind of token somewhere ("ago", a month, a
 * number): {@link Requirement} reads that from the rule's pattern, and a rule whose requirement
 * no token of the stretch meets is skipped. The requirement is a necessary condition of a match
 * (a sequence needs all its parts, an alternative one of its branches, a repeat its body only
 * when it must occur), so the rules that do run and what they find are exactly as before.
 *
 * <p>CoreNLP has no setting for this (its own trigger index, used by {@code
 * collapseExtractionRules}, can skip a rule that matches through another branch of an
 * alternative, and it merges rules with different actions), so the gate is put around the rule
 * lists of SUTime's stages by reflection. If CoreNLP's internals differ from the version this
 * was written for, the rules run ungated, as before, and a line says so.
 */
final class TimeRuleGate {
  private static final Redwood.RedwoodChannels log = Redwood.channels(TimeRuleGate.class);

  private TimeRuleGate() {}

  /** Gates the date rules of this combiner's SUTime; returns how many rules were gated. */
  static int install(NERClassifierCombiner dates) {
    try {
      Object numbers = read(NERClassifierCombiner.class, "nsc", dates);
      Object timex = read(numbers.getClass(), "timexExtractor", numbers);
      Object extractor = read(timex.getClass(), "expressionExtractor", timex);
      Map<?, ?> stages = (Map<?, ?>) read(CoreMapExpressionExtractor.class, "stages", extractor);
      int gated = 0;
      for (Object stage : stages.values()) {
        gated += gate(stage, "basicExtractRule");
        gated += gate(stage, "compositeExtractRule");
      }
      return gated;
    } catch (ReflectiveOperationException | RuntimeException e) {
      log.warn("SUTime's rules run ungated (CoreNLP differs from 4.5.10): " + e);
      return 0;
    }
  }

  private static int gate(Object stage, String fieldName) throws ReflectiveOperationException {
    Field field = stage.getClass().getDeclaredField(fieldName);
    field.setAccessible(true);
    Object rules = field.get(stage);
    if (!(rules instanceof SequenceMatchRules.ListExtractRule<?, ?> list)) {
      return 0;
    }
    @SuppressWarnings("unchecked")
    List<ExtractRule<Object, Object>> members =
        (List<ExtractRule<Object, Object>>) read(SequenceMatchRules.ListExtractRule.class, "rules", list);
    List<GatedRule> gatedRules = new ArrayList<>(members.size());
    Requirement.NodeIds ids = new Requirement.NodeIds();
    int gated = 0;
    for (ExtractRule<Object, Object> rule : members) {
      GatedRule one = GatedRule.of(rule, ids);
      gatedRules.add(one);
      if (one.requirement() != Requirement.NONE) {
        gated++;
      }
    }
    field.set(stage, new GatedList(gatedRules));
    return gated;
  }

  static Object read(Class<?> owner, String name, Object target) throws ReflectiveOperationException {
    Field field = owner.getDeclaredField(name);
    field.setAccessible(true);
    Object value = field.get(target);
    if (value == null) {
      throw new NoSuchFieldException(owner.getSimpleName() + "." + name + " is empty");
    }
    return value;
  }

  /**
   * One rule with its requirement, and the annotation holding the tokens it reads when it is
   * given a sentence (null when it reads something else: then it always runs).
   */
  record GatedRule(ExtractRule<Object, Object> rule, Requirement requirement, Class<?> tokens) {
    static GatedRule of(ExtractRule<Object, Object> rule, Requirement.NodeIds ids)
        throws ReflectiveOperationException {
      if (rule instanceof SequenceMatchRules.AnnotationExtractRule<?, ?> annotation
          && annotation.pattern instanceof TokenSequencePattern pattern) {
        Object field = annotation.annotationField;
        return new GatedRule(
            rule, Requirement.of(pattern, ids), field instanceof Class<?> c && c != CoreMap.class ? c : null);
      }
      return new GatedRule(rule, Requirement.NONE, null);
    }

    /** The elements the rule's pattern is matched against, or null if they cannot be told. */
    List<?> elements(Object in) {
      if (in instanceof List<?> list) {
        return list; // a composite rule reads the list of tokens and expressions found so far
      }
      if (tokens != null && in instanceof CoreMap sentence) {
        @SuppressWarnings("unchecked")
        Object value = sentence.get((Class) tokens);
        return value instanceof List<?> list ? list : null;
      }
      return null;
    }
  }

  /** A stage's rules in their order, each tried only when its requirement is met. */
  private record GatedList(List<GatedRule> rules) implements ExtractRule<Object, Object> {
    @Override
    public boolean extract(Object in, List<Object> out) {
      boolean extracted = false;
      Map<List<?>, Requirement.Seen> seen = new IdentityHashMap<>(2);
      // Nearly every rule reads the same annotation of the same input, and a rule only adds to
      // out (it never replaces the tokens): looked up once, not once per rule.
      Class<?> lastTokens = null;
      List<?> lastElements = null;
      for (GatedRule gated : rules) {
        if (gated.requirement() != Requirement.NONE) {
          List<?> elements;
          if (lastElements != null && gated.tokens() == lastTokens) {
            elements = lastElements;
          } else {
            elements = gated.elements(in);
            lastTokens = gated.tokens();
            lastElements = elements;
          }
          if (elements != null
              && !gated.requirement().metBy(seen.computeIfAbsent(elements, Requirement.Seen::new))) {
            continue;
          }
        }
        if (gated.rule().extract(in, out)) {
          extracted = true;
        }
      }
      return extracted;
    }
  }

  /**
   * What a TokensRegex pattern cannot match without: node patterns that some element must
   * match, combined with "all of" and "one of".
   */
  sealed interface Requirement {
    /** No requirement: the rule always runs. */
    Requirement NONE = new All(List.of());

    boolean metBy(Seen seen);

    /**
     * Numbers the node patterns of one rule list, the same pattern object always alike, so that
     * {@link Seen} keeps its answers in an array: a hash map lookup per node and stretch was
     * about half of the gate's own cost in a profile.
     */
    final class NodeIds {
      private final Map<NodePattern<?>, Integer> ids = new IdentityHashMap<>();

      int of(NodePattern<?> pattern) {
        return ids.computeIfAbsent(pattern, p -> ids.size());
      }
    }

    /** Which node patterns some element of one list matches, worked out once per pattern. */
    final class Seen {
      private static final byte UNKNOWN = 0;
      private static final byte FOUND = 1;
      private static final byte ABSENT = 2;
      private final List<?> elements;
      private byte[] found = new byte[64];

      Seen(List<?> elements) {
        this.elements = elements;
      }

      @SuppressWarnings({"unchecked", "rawtypes"})
      boolean anyMatches(Node node) {
        if (node.id() >= found.length) {
          found = Arrays.copyOf(found, Math.max(node.id() + 1, 2 * found.length));
        }
        byte known = found[node.id()];
        if (known != UNKNOWN) {
          return known == FOUND;
        }
        boolean any = false;
        for (Object element : elements) {
          if (element != null && ((NodePattern) node.pattern()).match(element)) {
            any = true;
            break;
          }
        }
        found[node.id()] = any ? FOUND : ABSENT;
        return any;
      }
    }

    record Node(NodePattern<?> pattern, int id) implements Requirement {
      @Override
      public boolean metBy(Seen seen) {
        return seen.anyMatches(this);
      }
    }

    record All(List<Requirement> parts) implements Requirement {
      @Override
      public boolean metBy(Seen seen) {
        for (Requirement part : parts) {
          if (!part.metBy(seen)) {
            return false;
          }
        }
        return true;
      }
    }

    record Any(List<Requirement> options) implements Requirement {
      @Override
      public boolean metBy(Seen seen) {
        for (Requirement option : options) {
          if (option.metBy(seen)) {
            return true;
          }
        }
        return false;
      }
    }

    static Requirement of(SequencePattern<?> pattern) throws ReflectiveOperationException {
      return of(pattern, new NodeIds());
    }

    static Requirement of(SequencePattern<?> pattern, NodeIds ids) throws ReflectiveOperationException {
      return of(read(SequencePattern.class, "patternExpr", pattern), ids);
    }

    /**
     * The requirement of one part of a pattern. Kinds of part not known here (back references,
     * multi-token patterns, sequence boundaries) require nothing, which keeps the gate safe.
     */
    private static Requirement of(Object expr, NodeIds ids) throws ReflectiveOperationException {
      if (expr instanceof SequencePattern.NodePatternExpr node) {
        NodePattern<?> p = (NodePattern<?>) read(SequencePattern.NodePatternExpr.class, "nodePattern", node);
        return p == NodePattern.ANY_NODE ? NONE : new Node(p, ids.of(p));
      }
      if (expr instanceof SequencePattern.SequencePatternExpr sequence) {
        return all(parts(read(SequencePattern.SequencePatternExpr.class, "patterns", sequence), ids));
      }
      if (expr instanceof SequencePattern.AndPatternExpr and) {
        return all(parts(read(SequencePattern.AndPatternExpr.class, "patterns", and), ids));
      }
      if (expr instanceof SequencePattern.OrPatternExpr or) {
        return any(parts(read(SequencePattern.OrPatternExpr.class, "patterns", or), ids));
      }
      if (expr instanceof SequencePattern.GroupPatternExpr group) {
        return of(read(SequencePattern.GroupPatternExpr.class, "pattern", group), ids);
      }
      if (expr instanceof SequencePattern.ValuePatternExpr value) {
        return of(read(SequencePattern.ValuePatternExpr.class, "expr", value), ids);
      }
      if (expr instanceof SequencePattern.RepeatPatternExpr repeat) {
        Field min = SequencePattern.RepeatPatternExpr.class.getDeclaredField("minMatch");
        min.setAccessible(true);
        return min.getInt(repeat) > 0
            ? of(read(SequencePattern.RepeatPatternExpr.class, "pattern", repeat), ids)
            : NONE;
      }
      return NONE;
    }

    private static List<Requirement> parts(Object exprs, NodeIds ids) throws ReflectiveOperationException {
      List<Requirement> parts = new ArrayList<>();
      for (Object expr : (List<?>) exprs) {
        parts.add(of(expr, ids));
      }
      return parts;
    }

    private static Requirement all(List<Requirement> parts) {
      List<Requirement> needed = parts.stream().filter(p -> p != NONE).toList();
      return needed.isEmpty() ? NONE : needed.size() == 1 ? needed.get(0) : new All(needed);
    }

    private static Requirement any(List<Requirement> options) {
      if (options.isEmpty() || options.contains(NONE)) {
        return NONE;
      }
      return options.size() == 1 ? options.get(0) : new Any(options);
    }
  }
}
