package dev.epakit.cli.analysis;

import java.nio.file.Path;

/** The bundled example files the analysis commands are tested on. */
final class Examples {

  static final Path RESULTS = Path.of("..", "docs", "examples", "results.csv");
  static final Path RATINGS = Path.of("..", "docs", "examples", "ratings.csv");

  private Examples() {}
}
