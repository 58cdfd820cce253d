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
    "photo by ann lee",
    "Top photo by Ann Lee",
    "REUTERS/Ann Lee",
    "(Official Harbour Council Photo by Ann Lee)",
    "Copyright \u00a9 2011, Harbour University.",
    "Copyright Harbour Wire 2008",
    "Associated Press",
    "AFP, AP",
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
    "A photo by the council was shown at the meeting on Friday.",
    "The Copyright Act of 1976 still applies, the court said.",
    "The Copyright Office 2008 figures were released on Monday.",
    "Written by hand, the note was found on Monday.",
    "photos: storm damage in Lindenhurst / Babylon (part 2)",
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

  @ParameterizedTest
  @ValueSource(strings = {
    "Image: Ann Lee.",
    "Image: Harbour Council.",
    "REUTERS/Ann Lee",
    "(Ann Lee/AFP/Getty Images)",
    "Produced by Ann Lee",
    "Photos by Ann Lee and Tom Roe",
    "Image: Harbour Council/Ann Lee.",
    "(Ann Lee/Associated Press)",
  })
  void aCreditClosingACaptionIsBlankedAndTheCaptionKept(String credit) {
    // Long enough not to be a credit line as a whole, which a short line ending "Getty Images" is.
    String caption = "The ferry leaves the harbour on April 12, 2011, the first day of the summer timetable. ";
    String text = caption + credit + "\n\nShops reopened.";
    assertThat(CreditLines.blank(text))
        .isEqualTo(caption + " ".repeat(credit.length()) + "\n\nShops reopened.");
  }

  @Test
  void anImageCreditClosingACaptionWithoutAFullStopIsBlanked() {
    String caption = "A demo of the new headset at the harbour fair, which opened on Monday morning ";
    String credit = "Image: Ann Lee.";
    assertThat(CreditLines.blank(caption + credit)).isEqualTo(caption + " ".repeat(credit.length()));
  }

  @Test
  void aCopyrightNoticeInsideALineGoesToTheEndOfItsSentence() {
    String notice = "Copyright \u00a9 2011, Harbour University.";
    // A line too long to be a copyright line as a whole.
    String rest = " For more about the plate, see the council's site, the harbour board's report on"
        + " the ferry timetable of 2011, and the university's own notes on the plate, its history and"
        + " the people who drew it.";
    assertThat(CreditLines.blank(notice + rest)).isEqualTo(" ".repeat(notice.length()) + rest);
    String excerpt = "The above is an excerpt from Harbour Tales, ";
    String credit = "by Ann Lee, Copyright 2013.";
    assertThat(CreditLines.blank(excerpt + credit)).isEqualTo(excerpt + " ".repeat(credit.length()));
    String caption = "Installation views, photos ";
    String mark = "\u00a9 Ann Lee, 2018";
    assertThat(CreditLines.blank(caption + mark)).isEqualTo(caption + " ".repeat(mark.length()));
    String contact = "Harbour Wire Ann Lee, ann.lee@example.com ";
    String holder = "Copyright Harbour Wire 2008";
    assertThat(CreditLines.blank(contact + holder)).endsWith(" ".repeat(holder.length()));
  }
}
