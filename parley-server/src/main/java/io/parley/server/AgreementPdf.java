package io.parley.server;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.parley.live.rooms.AgreementSheet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The agreement as a PDF (issue 16, {@code GET .../agreement.pdf}): the XHTML of {@link
 * AgreementHtml}, with its print style sheet, rendered by openhtmltopdf over Apache PDFBox. The
 * text is real text (not an image), so a reader can search and copy it and a test can read it back.
 * The document's properties name it too: its title, the agreed version as subject, the mediators as
 * author and the event log's head hash as keywords, so a file manager shows what it is.
 */
final class AgreementPdf {
  private AgreementPdf() {}

  /** The PDF of {@code sheet}. */
  static byte[] render(AgreementSheet sheet) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.withHtmlContent(AgreementHtml.render(sheet), null);
      builder.toStream(out);
      builder.run();
      return withProperties(out.toByteArray(), sheet);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render the agreement as PDF", e);
    }
  }

  private static byte[] withProperties(byte[] pdf, AgreementSheet sheet) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle("Agreement: " + sheet.title());
      info.setSubject("Agreement on version " + sheet.version() + " of the single text");
      info.setAuthor(
          String.join(", ", sheet.mediators().stream().map(AgreementSheet.Person::name).toList()));
      info.setKeywords("event log head hash " + sheet.logHash());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }
}
