package io.parley.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version the build wrote into {@code version.properties}. */
final class ParleyVersion implements IVersionProvider {

  @Override
  public String[] getVersion() {
    var properties = new Properties();
    try (InputStream in = ParleyVersion.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the version of parley", e);
    }
    return new String[] {
      "parley " + properties.getProperty("version", "(unknown version)"),
      "Java " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ")"
    };
  }
}
