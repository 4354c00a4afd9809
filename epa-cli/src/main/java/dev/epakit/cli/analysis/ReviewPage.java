package dev.epakit.cli.analysis;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The review report's page: the look of the {@code epa assessors} report around sections that
 * other commands render ({@code epa severity}, {@code epa materials}), so every part of the
 * quality review reads the same. Self-contained: inline style, nothing loaded from the network.
 */
public final class ReviewPage {

  private static final String EXTRA_STYLE = """
      .epa-severity svg, .epa-materials svg { max-width: 100%; height: auto; }
      .epa-severity table, .epa-materials table { border-collapse: collapse; width: 100%; }
      """;

  private ReviewPage() {}

  /**
   * A whole page around already escaped sections.
   *
   * @param title the page's title and heading (escaped here)
   * @param source the input file's name (escaped here)
   * @param sections HTML sections, escaped by whoever rendered them
   * @return the page
   */
  public static String page(String title, String source, String... sections) {
    StringBuilder h = new StringBuilder(16 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(AssessorReport.esc(title)).append("</title>\n<style>\n")
        .append(AssessorReport.STYLE).append(EXTRA_STYLE).append("</style>\n")
        .append("</head>\n<body>\n<main>\n<h1>").append(AssessorReport.esc(title)).append("</h1>\n")
        .append("<p class=\"source\">Results from <b>").append(AssessorReport.esc(source)).append("</b>.</p>\n");
    for (String section : sections) {
      h.append(section).append('\n');
    }
    return h.append("</main>\n</body>\n</html>\n").toString();
  }

  /**
   * Writes a page, reporting a failure as one line.
   *
   * @param file where to write
   * @param html the page
   * @param err where a failure is reported
   * @return true when written
   */
  public static boolean write(Path file, String html, PrintWriter err) {
    try {
      Files.writeString(file, html, StandardCharsets.UTF_8);
      return true;
    } catch (IOException e) {
      String why = e instanceof NoSuchFileException ? "no such directory"
          : e instanceof AccessDeniedException ? "permission denied"
          : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      err.println("epa: cannot write " + file + ": " + why);
      return false;
    }
  }
}
