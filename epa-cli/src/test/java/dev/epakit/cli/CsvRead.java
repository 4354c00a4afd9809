package dev.epakit.cli;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/** CSV output read back as a spreadsheet import would, with Jackson's parser (not the writer's code). */
public final class CsvRead {

  private static final CsvMapper MAPPER =
      CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

  private CsvRead() {}

  /**
   * The rows of a CSV text.
   *
   * @param text the CSV
   * @return the rows, header first, each a list of cells
   */
  public static List<List<String>> rows(String text) {
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<String[]> it =
        MAPPER.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(text)) {
      it.forEachRemaining(r -> rows.add(List.of(r)));
    }
    return rows;
  }
}
