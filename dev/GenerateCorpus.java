import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Regenerates the sample corpus's HTML, PDF and DOCX versions of the seed article from
 * corpus/us-troops-withdrawal-iraq.txt, so all four formats carry the same article text.
 *
 * <pre>
 *   mvn -B -q -DskipTests package
 *   java -cp 'target/classes:target/lib/*' dev/GenerateCorpus.java
 * </pre>
 *
 * The text file is a copy of a news page, so its page furniture lines ("More from Author",
 * "- Advertisement -", "Trending on ...") are left out of the article and, in the HTML page, put
 * into the boxes where such lines come from. A line is a subheading when it is short and does not
 * end with a full stop.
 */
public final class GenerateCorpus {
  static final String STEM = "corpus/us-troops-withdrawal-iraq";
  static final String AUTHOR = "Staff Reporter";
  static final String PUBLISHED = "2024-09-27T08:30:00+00:00";

  record Block(boolean heading, String text) {}

  public static void main(String[] args) throws Exception {
    List<String> lines = Files.readAllLines(Path.of(STEM + ".txt"), StandardCharsets.UTF_8);
    String title = null;
    List<Block> blocks = new ArrayList<>();
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || isFurniture(line)) {
        continue;
      }
      if (title == null) {
        title = line;
      } else {
        blocks.add(new Block(line.length() < 80 && !line.endsWith("."), line));
      }
    }
    Files.writeString(Path.of(STEM + ".html"), HtmlPage.render(title, blocks), StandardCharsets.UTF_8);
    writePdf(title, blocks, Path.of(STEM + ".pdf"));
    writeDocx(title, blocks, Path.of(STEM + ".docx"));
  }

  static boolean isFurniture(String line) {
    return line.equals("More from Author") || line.contains("Advertisement")
        || line.startsWith("Trending on");
  }

  static Calendar published() {
    Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    date.clear();
    date.set(2024, Calendar.SEPTEMBER, 27, 8, 30, 0);
    return date;
  }

  static void writePdf(String title, List<Block> blocks, Path target) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      PDDocumentInformation info = pdf.getDocumentInformation();
      info.setTitle(title);
      info.setAuthor(AUTHOR);
      info.setCreationDate(published());
      info.setModificationDate(published());
      PdfWriter writer = new PdfWriter(pdf);
      writer.paragraph(title, writer.bold, 16);
      for (Block block : blocks) {
        writer.paragraph(block.text(), block.heading() ? writer.bold : writer.regular, block.heading() ? 13 : 11);
      }
      writer.close();
      pdf.save(target.toFile());
    }
  }

  /** Lays out paragraphs on A4 pages with a standard font, wrapping lines at the margin. */
  static final class PdfWriter {
    final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    final PDDocument pdf;
    final float margin = 56;
    final float width = PDRectangle.A4.getWidth() - 2 * margin;
    PDPageContentStream page;
    float y;

    PdfWriter(PDDocument pdf) {
      this.pdf = pdf;
    }

    void paragraph(String text, PDType1Font font, float size) throws IOException {
      float leading = size * 1.4f;
      for (String line : wrap(text, font, size)) {
        if (page == null || y < margin + leading) {
          newPage();
        }
        y -= leading;
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(margin, y);
        page.showText(line);
        page.endText();
      }
      y -= leading; // a blank line between paragraphs, which Tika reads as a paragraph break
    }

    List<String> wrap(String text, PDType1Font font, float size) throws IOException {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String word : text.split(" ")) {
        String candidate = line.length() == 0 ? word : line + " " + word;
        if (font.getStringWidth(candidate) / 1000 * size > width && line.length() > 0) {
          lines.add(line.toString());
          line = new StringBuilder(word);
        } else {
          line = new StringBuilder(candidate);
        }
      }
      lines.add(line.toString());
      return lines;
    }

    void newPage() throws IOException {
      close();
      PDPage next = new PDPage(PDRectangle.A4);
      pdf.addPage(next);
      page = new PDPageContentStream(pdf, next);
      y = PDRectangle.A4.getHeight() - margin;
    }

    void close() throws IOException {
      if (page != null) {
        page.close();
      }
    }
  }

  static void writeDocx(String title, List<Block> blocks, Path target) throws Exception {
    try (XWPFDocument docx = new XWPFDocument(); OutputStream out = Files.newOutputStream(target)) {
      var core = docx.getProperties().getCoreProperties();
      core.setTitle(title);
      core.setCreator(AUTHOR);
      core.setCreated("2024-09-27T08:30:00Z");
      core.setModified("2024-09-27T08:30:00Z");
      run(docx, title, true, 18);
      for (Block block : blocks) {
        run(docx, block.text(), block.heading(), block.heading() ? 14 : 11);
      }
      docx.write(out);
    }
  }

  static void run(XWPFDocument docx, String text, boolean bold, int size) {
    XWPFParagraph paragraph = docx.createParagraph();
    XWPFRun run = paragraph.createRun();
    run.setBold(bold);
    run.setFontSize(size);
    run.setText(text);
  }

  /** A news page as publishers serve it: the article amid menus, ads, boxes and comments. */
  static final class HtmlPage {
    static String render(String title, List<Block> blocks) {
      StringBuilder body = new StringBuilder();
      int n = 0;
      for (Block block : blocks) {
        String tag = block.heading() ? "h2" : "p";
        body.append("        <").append(tag).append('>').append(escape(block.text()))
            .append("</").append(tag).append(">\n");
        if (++n == 6) {
          body.append("        <div class=\"ad ad-inline\"><span>- Advertisement -</span>"
              + "<img src=\"/ads/banner-300x250.png\" alt=\"\"></div>\n");
        }
      }
      String t = escape(title);
      return """
          <!DOCTYPE html>
          <html lang="en">
          <head>
            <meta charset="utf-8">
            <title>%1$s | Sample Defense News</title>
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="author" content="%2$s">
            <meta name="description" content="The US will remove most of its troops from Iraq over the next two years, leaving a small presence in Kurdistan.">
            <meta property="og:type" content="article">
            <meta property="og:title" content="%1$s">
            <meta property="og:url" content="https://news.example.com/2024/09/27/us-troops-withdrawal-iraq/">
            <meta property="article:published_time" content="%3$s">
            <meta property="article:section" content="Defense">
            <link rel="canonical" href="https://news.example.com/2024/09/27/us-troops-withdrawal-iraq/">
            <link rel="stylesheet" href="/assets/site.css">
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "%1$s",
             "datePublished": "%3$s", "dateModified": "%3$s",
             "author": {"@type": "Person", "name": "%2$s"},
             "publisher": {"@type": "Organization", "name": "Sample Defense News"}}
            </script>
            <script>window.dataLayer = window.dataLayer || []; dataLayer.push({section: "defense"});</script>
          </head>
          <body class="single-post">
            <div id="cookie-consent" class="cookie-banner">
              <p>We use cookies to improve your experience on our site, to show you personalised ads and to analyse our traffic. By continuing to browse, you agree to our use of cookies.</p>
              <button>Accept</button> <a href="/privacy">Privacy policy</a>
            </div>
            <header class="site-header">
              <a class="logo" href="/">Sample Defense News</a>
              <nav class="main-menu">
                <ul>
                  <li><a href="/">Home</a></li><li><a href="/defense">Defense</a></li>
                  <li><a href="/middle-east">Middle East</a></li><li><a href="/technology">Technology</a></li>
                  <li><a href="/opinion">Opinion</a></li><li><a href="/subscribe">Subscribe</a></li>
                </ul>
              </nav>
            </header>
            <div class="ad ad-leaderboard"><span>Advertisement</span><img src="/ads/leaderboard.png" alt=""></div>
            <main class="site-main">
              <div class="container">
                <article class="post type-post">
                  <header class="entry-header">
                    <span class="category"><a href="/defense">Defense</a></span>
                    <h1 class="entry-title">%1$s</h1>
                    <div class="byline">By <a rel="author" href="/author/staff">%2$s</a>
                      &middot; <time datetime="%3$s">September 27, 2024</time></div>
                  </header>
                  <div class="share-buttons">
                    <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">LinkedIn</a> <a href="#">Email</a>
                  </div>
                  <div class="entry-content">
          %4$s        </div>
                  <div class="author-box">
                    <h3>More from Author</h3>
                    <ul>
                      <li><a href="/2024/09/20/navy-shipbuilding-budget/">Navy Shipbuilding Budget Faces Cuts, Officials Say</a></li>
                      <li><a href="/2024/09/12/drone-defence-europe/">European Armies Race to Build Drone Defences</a></li>
                      <li><a href="/2024/09/05/nato-exercise-baltic/">NATO Exercise in the Baltic Draws Record Numbers</a></li>
                    </ul>
                  </div>
                  <div class="tags"><a href="/tag/iraq">Iraq</a> <a href="/tag/us-military">US Military</a> <a href="/tag/kurdistan">Kurdistan</a></div>
                </article>
                <aside class="sidebar">
                  <section class="widget trending">
                    <h3>Trending on Sample Defense News</h3>
                    <ol>
                      <li><a href="/2024/09/26/hypersonic-test/">Hypersonic Missile Test Ends in Failure, Again</a></li>
                      <li><a href="/2024/09/25/army-recruiting/">Army Recruiting Rebounds After Two Lean Years</a></li>
                    </ol>
                  </section>
                  <div class="ad ad-sidebar"><span>Advertisement</span></div>
                </aside>
                <section class="related-posts">
                  <h3>Related Articles</h3>
                  <div class="related-item"><a href="/2024/08/30/syria-bases/"><h4>What Happens to US Bases in Syria?</h4></a>
                    <p>Around 900 American troops remain in Syria, and their supply lines run through Iraq, which raises questions.</p></div>
                  <div class="related-item"><a href="/2024/07/14/iraq-militias/"><h4>Iraq's Militias and the Question of Sovereignty</h4></a>
                    <p>Armed groups allied with Iran have grown in influence, and the government in Baghdad is under pressure.</p></div>
                </section>
                <section id="comments" class="comments-area">
                  <h3>2 Comments</h3>
                  <div class="comment"><p class="comment-author">Reader123</p>
                    <p>We have heard this before, in 2011, and we all know how that ended. Nobody should expect this plan to survive the next crisis, whatever the officials say.</p></div>
                  <div class="comment"><p class="comment-author">Observer</p>
                    <p>Leaving a force in Kurdistan makes sense, but the militias will claim victory either way, and that matters for the elections.</p></div>
                  <form class="comment-form"><textarea name="comment"></textarea><button>Post comment</button></form>
                </section>
              </div>
            </main>
            <footer class="site-footer">
              <ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy</a></li></ul>
              <p>&copy; 2024 Sample Defense News. All rights reserved.</p>
            </footer>
          </body>
          </html>
          """.formatted(t, AUTHOR, PUBLISHED, body);
    }

    static String escape(String s) {
      return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
  }
}
