package dev.epakit.io.ratings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Names to dense indexes in order of first appearance, while a file is read. Not thread-safe. */
final class Dictionary {

  private final Map<String, Integer> indexes = new HashMap<>();
  private final List<String> names = new ArrayList<>();

  int intern(String name) {
    Integer index = indexes.get(name);
    if (index == null) {
      index = names.size();
      names.add(name);
      indexes.put(name, index);
    }
    return index;
  }

  int size() {
    return names.size();
  }

  List<String> names() {
    return names;
  }
}
