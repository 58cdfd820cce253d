package org.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Credits are blanked out of the text facts come from; news that mentions the same words is not. */
class CreditLinesTest {
  @ParameterizedTest
  @ValueSource(strings = {
    "REUTER",
    "REUTER...",
    "Reporting by Ann Lee in Oslo; Editing by Tom Roe",
    "(Reporting by Ann Lee; Additional reporting by Jo Park; Editing by Tom Roe)",
    "By Ann Lee and TOM ROE, Associated Press Writer",
    "By Ann Lee",
    "Photo: Ann Lee/Getty Images",
    "The mayor at the opening of the bridge. Ann Lee/Getty Images",
    "(AP Photo/Tom Roe)",
    "WORDS & IMAGES: Ann",
    "EDITING: Tom Roe",
    "Text and photos by Ann Lee",
    "Copyright 2015 The Harbour Courier. All rights reserved.",
    "\u00a9 2024 The Harbour Courier",
    "By Ann Lee and Jo Park (Our staff reporters)",
    "By Ann Lee - Fri, 12/28/2007 - 6:41am.",
    "Ann Lee and Tom Roe , Island News Service",
    "ANN LEE, Staff Reporter",
    "Harbour Courier with files from Tom Roe",
    "Island Wire writer Tom Roe contributed to this report.",
    "Staff writer Ann Lee can be reached at alee@example.com or (555) 010-3393.",
    "Ann Lee is a writer for the Harbour Courier. She may be reached at alee@example.com.",
    "To contact the reporter on this story: Ann Lee in Oslo at alee@example.com",
    "Write to Ann Lee at ann.lee@example.com and Tom Roe at tom.roe@example.com",
    "(Courier film editor Ann Lee can be reached at alee(at)example.com.)",
    "Ann Lee, +1-555-010-3327",
    "This article was originally written by Ann Lee.",
    "Thanks to Ann Lee and Jo Park for additional reporting. Illustration by Tom Roe.",
  })
  void aCreditLineIsBlankedWholly(String credit) {
    String text = "The ferry ran again on Monday.\n\n" + credit + "\n\nShops reopened.";
    String blanked = CreditLines.blank(text);
    assertThat(blanked).hasSameSizeAs(text)
        .isEqualTo("The ferry ran again on Monday.\n\n" + " ".repeat(credit.length()) + "\n\nShops reopened.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "By the end of the year, the council expects to finish the bridge.",
    "He told Reuters the plan would go ahead.",
    "Reuters reported the sale on Monday.",
    "Reporting by the BBC found that the ferry was late.",
    "Copyright lawyers met in Geneva to discuss the treaty.",
    "Images of the flood spread quickly on social media.",
    "Leaders met at the APEC summit (APEC is a trade forum) in Lima.",
    "Editing: the council said the new rules would apply from March.",
    "Design by committee rarely works, the architect said.",
    "Video: the council said the new rules would apply from March.",
    "The council contributed reporting tools to the school.",
    "He said he would contact the police about the e-mail threats.",
    "Ann Lee, Tom Roe and Jo Park met in Oslo.",
    "Tom Roe, Press Secretary",
    "Jo Park, 2,500",
  })
  void newsThatMentionsTheSameWordsIsKept(String sentence) {
    String text = "The ferry ran again on Monday.\n\n" + sentence + "\n\nShops reopened.";
    assertThat(CreditLines.blank(text)).isEqualTo(text);
  }

  @Test
  void aPhotoCreditClosingACaptionLineIsBlankedAndTheCaptionKept() {
    String text = "The new kitchen, with its oak shelves. Photo: Ann Lee\n\nShops reopened.";
    assertThat(CreditLines.blank(text))
        .isEqualTo("The new kitchen, with its oak shelves. " + " ".repeat("Photo: Ann Lee".length())
            + "\n\nShops reopened.");
  }

  @Test
  void theWireSignOffAfterAWideGapOnTheLastLineIsBlanked() {
    String text = "Exports rose to 55.8 mln\nbags from 33.7 mln.        REUTER\n";
    assertThat(CreditLines.blank(text)).isEqualTo("Exports rose to 55.8 mln\nbags from 33.7 mln.              \n");
  }

  @Test
  void aParentheticalStaffCreditClosingAParagraphIsBlankedAndTheParagraphKept() {
    String credit = "(Reporting by Ann Lee; Editing by Tom Roe)";
    String text = "Shops reopened on Tuesday. " + credit;
    assertThat(CreditLines.blank(text))
        .isEqualTo("Shops reopened on Tuesday. " + " ".repeat(credit.length()));
  }
}
