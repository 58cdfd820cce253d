package org.newsfacts.extract.numbers;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsfacts.extract.corenlp.SentenceMentions;
import org.newsfacts.fact.Mention;

/**
 * "Pounds" weighs or pays: written "£" or "sterling" it is money; as the bare word it is money
 * only in a sentence about money ("paid", "price", "million"), else a weight ("a 9-pound baby",
 * "lost 20 pounds").
 */
final class Pounds {
  private static final Set<String> MONEY_WORDS =
      Set.of(
          "pay", "paid", "pays", "price", "prices", "cost", "costs", "costing", "worth", "fund",
          "funds", "funding", "budget", "bank", "salary", "wage", "wages", "fine", "fined", "sold",
          "sell", "sells", "bought", "buy", "deal", "revenue", "revenues", "profit", "profits",
          "loss", "losses", "sales", "spend", "spent", "spending", "tax", "taxes", "bid", "offer",
          "invest", "investment", "raise", "raised", "earn", "earned", "earnings", "debt", "fee",
          "fees", "compensation", "donated", "million", "billion", "mln", "bln", "stg", "sterling",
          "shares", "market", "valued", "value", "contract", "award", "awarded", "prize", "bill",
          "ticket", "tickets", "rent", "loan", "loans", "cash", "money", "pension", "benefit");
  private static final Pattern WORD = Pattern.compile("[^\\p{L}]+");

  private Pounds() {}

  static boolean isWeight(Mention money, SentenceMentions s, String text) {
    String written = money.text().toLowerCase(Locale.ROOT);
    if (!written.contains("pound")) {
      return false; // "£5", "5 stg"
    }
    String sentence = s.sentence().textIn(text).toLowerCase(Locale.ROOT);
    if (sentence.contains("£")) {
      return false;
    }
    for (String word : WORD.split(sentence)) {
      if (MONEY_WORDS.contains(word)) {
        return false;
      }
    }
    return true;
  }
}
