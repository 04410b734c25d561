package io.parley.server;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.parley.live.AgreementSheet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The agreement as a PDF (issue 16, {@code GET .../agreement.pdf}): the XHTML of {@link
 * AgreementHtml}, with its print style sheet, rendered by openhtmltopdf over Apache PDFBox. The
 * text is real text (not an image), so a reader can search and copy it and a test can read it back.
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
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render the agreement as PDF", e);
    }
    return out.toByteArray();
  }
}
