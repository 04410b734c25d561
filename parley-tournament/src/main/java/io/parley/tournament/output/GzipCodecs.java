package io.parley.tournament.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Parquet page compression with the JDK's gzip, for writing only. parquet-java's own codec factory
 * goes through Hadoop's codec classes; this one keeps Hadoop out of the process. Parquet's GZIP
 * codec is the plain gzip format, so every reader decompresses these pages.
 */
final class GzipCodecs implements CompressionCodecFactory {
  @Override
  public BytesInputCompressor getCompressor(CompressionCodecName codec) {
    if (codec != CompressionCodecName.GZIP) {
      throw new IllegalArgumentException("only GZIP is available without Hadoop, not " + codec);
    }
    return new BytesInputCompressor() {
      @Override
      public BytesInput compress(BytesInput bytes) throws IOException {
        var out =
            new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE, bytes.size() / 2 + 64));
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
          bytes.writeAllTo(gzip);
        }
        return BytesInput.from(out.toByteArray());
      }

      @Override
      public CompressionCodecName getCodecName() {
        return CompressionCodecName.GZIP;
      }

      @Override
      public void release() {}
    };
  }

  @Override
  public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
    throw new UnsupportedOperationException("results.parquet is written here, never read");
  }

  @Override
  public void release() {}
}
