package io.parley.server;

import io.parley.live.rooms.AgreementSheet;
import java.util.List;

/**
 * The agreement as a printable XHTML page: title, parties, mediators, every agreed term in plain
 * words with its issue, the date recorded (ISO 8601 with the time zone), the signatures and the
 * event log's head hash, with a print style sheet (A4, no screen chrome). The PDF is rendered from
 * this page ({@link AgreementPdf}); the browser's printable page (agreement.html) shows the same
 * sections from the same {@link AgreementSheet}.
 */
final class AgreementHtml {
  private static final String STYLE =
      "@page { size: A4; margin: 20mm 18mm; }"
          + " body { font-family: sans-serif; font-size: 11pt; color: #000; }"
          + " h1 { font-size: 18pt; margin: 0 0 4mm; }"
          + " h2 { font-size: 13pt; margin: 6mm 0 2mm; }"
          + " table { border-collapse: collapse; width: 100%; }"
          + " th, td { text-align: left; vertical-align: top; padding: 1.5mm 2mm;"
          + " border-bottom: 0.3mm solid #999; }"
          + " .hash { font-family: monospace; font-size: 8pt; word-wrap: break-word; }"
          + " .meta { color: #333; }";

  private AgreementHtml() {}

  /** The page of {@code sheet}, as well-formed XHTML. */
  static String render(AgreementSheet sheet) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">");
    html.append("<head><meta charset=\"utf-8\"/><title>Agreement: ")
        .append(escape(sheet.title()))
        .append("</title><style>")
        .append(STYLE)
        .append("</style></head><body>");
    html.append("<h1>Agreement: ").append(escape(sheet.title())).append("</h1>");
    html.append("<p class=\"meta\">Version ")
        .append(sheet.version())
        .append(" of the single text, recorded ")
        .append(escape(sheet.recordedAt()))
        .append(" (time zone ")
        .append(escape(sheet.zone()))
        .append(")</p>");
    html.append("<h2>Parties</h2>").append(people(sheet.parties()));
    html.append("<h2>Mediators</h2>").append(people(sheet.mediators()));
    html.append("<h2>Agreed terms</h2><table><thead><tr><th>Issue</th><th>Agreed</th></tr>")
        .append("</thead><tbody>");
    for (AgreementSheet.Term term : sheet.terms()) {
      html.append("<tr><th>")
          .append(escape(term.issueName()))
          .append("</th><td>")
          .append(escape(term.words()))
          .append("</td></tr>");
    }
    html.append("</tbody></table>");
    html.append("<h2>Signatures</h2>");
    if (sheet.signatures().isEmpty()) {
      html.append("<p>No party has signed yet.</p>");
    } else {
      html.append("<ul>");
      for (AgreementSheet.Signature signature : sheet.signatures()) {
        html.append("<li>Signed by ")
            .append(escape(signature.name()))
            .append(" at ")
            .append(escape(signature.signedAt()))
            .append("</li>");
      }
      html.append("</ul>");
    }
    html.append("<h2>Event log</h2><p>Head hash of the event log before the agreement:</p>")
        .append("<p class=\"hash\">")
        .append(escape(sheet.logHash()))
        .append("</p>");
    html.append("</body></html>");
    return html.toString();
  }

  private static String people(List<AgreementSheet.Person> people) {
    if (people.isEmpty()) {
      return "<p>None.</p>";
    }
    StringBuilder list = new StringBuilder("<ul>");
    for (AgreementSheet.Person person : people) {
      list.append("<li>").append(escape(person.name())).append("</li>");
    }
    return list.append("</ul>").toString();
  }

  /** {@code text} with the XML specials escaped. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
