package dev.epakit.analysis.severity;

import dev.epakit.analysis.agreement.SampleSize;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Many-facet Rasch measurement (Linacre 1989, <i>Many-facet Rasch measurement</i>, MESA Press) of
 * candidates, assessors and assessment methods, estimated by joint maximum likelihood as the FACETS
 * program does.
 *
 * <p>The model, for candidate {@code n} with ability {@code B_n}, assessor {@code j} with severity
 * {@code C_j}, method {@code i} with difficulty {@code D_i} and a rating scale {@code s} with
 * Andrich thresholds {@code F_s1..F_sm} (summing to zero):
 *
 * <pre>   log(P(x = k) / P(x = k - 1)) = B_n - C_j - D_i - F_sk,   k = 1..m.</pre>
 *
 * A two-category scale gives the dichotomous model; more categories give the rating-scale model,
 * with one set of thresholds per scale (rows on different scales, such as fail/pass and
 * fail/pass/distinction methods, do not share thresholds).
 *
 * <p>Before estimation, elements with extreme scores (every observation in the lowest, or every
 * one in the highest, category of its scale) are excluded, repeatedly, because their measures are
 * infinite: candidates first, then assessors and methods, until no extreme element is left. They
 * are reported in {@link RaschResult#excluded()}. Then the design must be connected: the
 * candidate-assessor graph and the candidate-method graph must each form one connected component
 * (union-find), and the assessor and method measures must be jointly determined (the information
 * matrix of assessors and methods, with candidates absorbed, must have rank {@code J + I - 2}). A
 * design that fails is returned as {@link DisconnectedDesign}, never estimated.
 *
 * <p>Estimation: each iteration is one pass over the observations that accumulates, for every
 * element, the score residual (observed minus expected raw score) and the information (the sum of
 * model variances), followed by one Newton-Raphson step per element, {@code residual /
 * information}, limited to {@link RaschOptions#maxStep()} logits, for all facets at once; then
 * assessor and method measures are centred on 0, the candidates taking up the shift, and each
 * scale's thresholds are centred on 0. See {@link RaschOptions} for the convergence criteria.
 *
 * <p>After convergence a final pass gives model standard errors ({@code 1 / sqrt(information)}),
 * infit and outfit mean-squares and their Wilson-Hilferty standardisations (Wright and Masters
 * 1982, <i>Rating Scale Analysis</i>, MESA Press, pp. 99-101), and per facet the separation
 * statistics and the fixed chi-square ({@link FacetSeparation}).
 *
 * <p>Cost: memory is a few arrays the size of the data; time is linear in the number of
 * observations per iteration. Thread-safe: the method keeps no state between calls.
 */
public final class ManyFacetRasch {

  private static final int RANK_CHECK_LIMIT = 1500;

  private ManyFacetRasch() {}

  /**
   * Estimates measures with the default options.
   *
   * @param data the observations, not null
   * @return measures, a disconnected design or too little data; never {@code null}
   */
  public static RaschResult estimate(FacetObservations data) {
    return estimate(data, RaschOptions.DEFAULTS);
  }

  /**
   * Estimates measures.
   *
   * @param data the observations, not null
   * @param options estimation settings, not null
   * @return measures, a disconnected design or too little data; never {@code null}
   */
  public static RaschResult estimate(FacetObservations data, RaschOptions options) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(options, "options");
    SampleSize n = SampleSize.of(distinct(data.candidateColumn(), data.candidateCount()),
        (int) distinct(data.assessorColumn(), data.assessorCount()));
    if (data.size() == 0) {
      return new TooLittleData("there are no observations", n, List.of());
    }
    Design design = Design.exclude(data);
    List<ExcludedElement> excluded = design.excluded;
    if (design.size < options.minimumObservations()) {
      return new TooLittleData(
          design.size + " observation(s) remain after excluding elements with extreme scores;"
              + " at least " + options.minimumObservations() + " are needed",
          n, excluded);
    }
    for (int s = 0; s < design.maxCategory.length; s++) {
      long[] counts = design.categoryCounts[s];
      long total = 0;
      for (long c : counts) {
        total += c;
      }
      if (total == 0) {
        continue;
      }
      for (int k = 0; k < counts.length; k++) {
        if (counts[k] == 0) {
          return new TooLittleData(
              "scale " + s + ": category " + k + " is never used in the observations estimated,"
                  + " so its threshold cannot be estimated; merge it with a neighbour",
              n, excluded);
        }
      }
    }
    Optional<DisconnectedDesign> disconnected = Connectivity.check(design, n, excluded);
    if (disconnected.isPresent()) {
      return disconnected.get();
    }
    return new Estimation(design, options).run(n);
  }

  private static long distinct(int[] column, int count) {
    boolean[] seen = new boolean[count];
    long distinct = 0;
    for (int v : column) {
      if (!seen[v]) {
        seen[v] = true;
        distinct++;
      }
    }
    return distinct;
  }

  /** The observations left after excluding extreme elements, as compact columns. */
  static final class Design {
    final int size;
    final int[] candidate;
    final int[] assessor;
    final int[] method;
    final byte[] scale;
    final byte[] score;
    final int[] maxCategory;
    final long[][] categoryCounts;
    final int candidates;
    final int assessors;
    final int methods;
    final boolean[] activeCandidate;
    final boolean[] activeAssessor;
    final boolean[] activeMethod;
    final List<ExcludedElement> excluded;

    private Design(FacetObservations data, boolean[] keep, int size, List<ExcludedElement> excluded,
        boolean[][] active) {
      this.size = size;
      this.candidate = new int[size];
      this.assessor = new int[size];
      this.method = new int[size];
      this.scale = new byte[size];
      this.score = new byte[size];
      this.maxCategory = new int[data.scaleCount()];
      this.categoryCounts = new long[data.scaleCount()][];
      for (int s = 0; s < maxCategory.length; s++) {
        maxCategory[s] = data.categories(s) - 1;
        categoryCounts[s] = new long[data.categories(s)];
      }
      int[] c = data.candidateColumn();
      int[] a = data.assessorColumn();
      int[] m = data.methodColumn();
      byte[] sc = data.scaleColumn();
      byte[] x = data.scoreColumn();
      int row = 0;
      for (int i = 0; i < keep.length; i++) {
        if (keep[i]) {
          candidate[row] = c[i];
          assessor[row] = a[i];
          method[row] = m[i];
          scale[row] = sc[i];
          score[row] = x[i];
          categoryCounts[sc[i]][x[i]]++;
          row++;
        }
      }
      this.candidates = data.candidateCount();
      this.assessors = data.assessorCount();
      this.methods = data.methodCount();
      this.activeCandidate = active[0];
      this.activeAssessor = active[1];
      this.activeMethod = active[2];
      this.excluded = List.copyOf(excluded);
    }

    static Design exclude(FacetObservations data) {
      int rows = data.size();
      boolean[] keep = new boolean[rows];
      java.util.Arrays.fill(keep, true);
      int[][] columns = {data.candidateColumn(), data.assessorColumn(), data.methodColumn()};
      int[] counts = {data.candidateCount(), data.assessorCount(), data.methodCount()};
      byte[] scales = data.scaleColumn();
      byte[] scores = data.scoreColumn();
      int[] top = new int[data.scaleCount()];
      for (int s = 0; s < top.length; s++) {
        top[s] = data.categories(s) - 1;
      }
      List<ExcludedElement> excluded = new ArrayList<>();
      boolean changed = true;
      while (changed) {
        changed = false;
        for (int f = 0; f < 3; f++) {
          int[] column = columns[f];
          long[] n = new long[counts[f]];
          long[] score = new long[counts[f]];
          long[] max = new long[counts[f]];
          for (int i = 0; i < rows; i++) {
            if (keep[i]) {
              int e = column[i];
              n[e]++;
              score[e] += scores[i];
              max[e] += top[scales[i]];
            }
          }
          boolean[] drop = new boolean[counts[f]];
          boolean any = false;
          for (int e = 0; e < counts[f]; e++) {
            if (n[e] > 0 && (score[e] == 0 || score[e] == max[e])) {
              drop[e] = true;
              any = true;
              excluded.add(new ExcludedElement(Facet.values()[f], e, n[e],
                  score[e] == 0 ? Extreme.MINIMUM : Extreme.MAXIMUM));
            }
          }
          if (any) {
            changed = true;
            for (int i = 0; i < rows; i++) {
              if (keep[i] && drop[column[i]]) {
                keep[i] = false;
              }
            }
          }
        }
      }
      int size = 0;
      boolean[][] active = new boolean[3][];
      for (int f = 0; f < 3; f++) {
        active[f] = new boolean[counts[f]];
      }
      for (int i = 0; i < rows; i++) {
        if (keep[i]) {
          size++;
          for (int f = 0; f < 3; f++) {
            active[f][columns[f][i]] = true;
          }
        }
      }
      return new Design(data, keep, size, excluded, active);
    }
  }

  /** Union-find over the design graph and a rank check of the assessor-method information. */
  static final class Connectivity {

    static Optional<DisconnectedDesign> check(
        Design d, SampleSize n, List<ExcludedElement> excluded) {
      List<Subset> byAssessor = components(d, d.assessor, d.assessors, true);
      if (byAssessor.size() > 1) {
        return Optional.of(new DisconnectedDesign(byAssessor, 0,
            byAssessor.size() + " subsets of candidates and assessors never meet: their measures"
                + " cannot be compared", n, excluded));
      }
      List<Subset> byMethod = components(d, d.method, d.methods, false);
      if (byMethod.size() > 1) {
        return Optional.of(new DisconnectedDesign(byMethod, 0,
            byMethod.size() + " subsets of candidates and methods never meet: method difficulty"
                + " cannot be told from candidate ability", n, excluded));
      }
      int extra = confoundedDimensions(d);
      if (extra > 0) {
        return Optional.of(new DisconnectedDesign(List.of(whole(d)), extra,
            "assessor severity is confounded with method difficulty (" + extra
                + " undetermined dimension(s)): some assessors only ever assess methods that"
                + " other assessors never assess; add double marking across methods", n,
            excluded));
      }
      return Optional.empty();
    }

    private static Subset whole(Design d) {
      return new Subset(indexes(d.activeCandidate), indexes(d.activeAssessor),
          indexes(d.activeMethod));
    }

    private static List<Integer> indexes(boolean[] active) {
      List<Integer> list = new ArrayList<>();
      for (int i = 0; i < active.length; i++) {
        if (active[i]) {
          list.add(i);
        }
      }
      return list;
    }

    private static int find(int[] parent, int x) {
      while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
      }
      return x;
    }

    // Nodes: candidates 0..C-1, then the linking facet's elements.
    private static List<Subset> components(Design d, int[] link, int linkCount, boolean assessors) {
      int[] parent = new int[d.candidates + linkCount];
      for (int i = 0; i < parent.length; i++) {
        parent[i] = i;
      }
      for (int r = 0; r < d.size; r++) {
        int a = find(parent, d.candidate[r]);
        int b = find(parent, d.candidates + link[r]);
        if (a != b) {
          parent[a] = b;
        }
      }
      java.util.Map<Integer, Integer> rootToSubset = new java.util.LinkedHashMap<>();
      List<java.util.TreeSet<Integer>[]> sets = new ArrayList<>();
      for (int c = 0; c < d.candidates; c++) {
        if (d.activeCandidate[c]) {
          subset(rootToSubset, sets, find(parent, c))[0].add(c);
        }
      }
      if (rootToSubset.size() <= 1) {
        return List.of(); // connected: the caller needs no listing
      }
      for (int r = 0; r < d.size; r++) {
        java.util.TreeSet<Integer>[] s = subset(rootToSubset, sets, find(parent, d.candidate[r]));
        s[1].add(d.assessor[r]);
        s[2].add(d.method[r]);
      }
      List<Subset> subsets = new ArrayList<>();
      for (java.util.TreeSet<Integer>[] s : sets) {
        subsets.add(new Subset(List.copyOf(s[0]), List.copyOf(s[1]), List.copyOf(s[2])));
      }
      subsets.sort((x, y) -> Integer.compare(y.candidates().size(), x.candidates().size()));
      return subsets;
    }

    @SuppressWarnings("unchecked")
    private static java.util.TreeSet<Integer>[] subset(java.util.Map<Integer, Integer> rootToSubset,
        List<java.util.TreeSet<Integer>[]> sets, int root) {
      Integer index = rootToSubset.get(root);
      if (index == null) {
        index = sets.size();
        rootToSubset.put(root, index);
        sets.add(new java.util.TreeSet[] {
          new java.util.TreeSet<Integer>(), new java.util.TreeSet<Integer>(),
          new java.util.TreeSet<Integer>()
        });
      }
      return sets.get(index);
    }

    /**
     * The nullity, beyond the two centring directions, of the information matrix of the assessor
     * and method parameters with candidate abilities absorbed (a Schur complement), computed with
     * unit weights by pivoted elimination. Skipped (0) for more than {@value
     * ManyFacetRasch#RANK_CHECK_LIMIT} assessors and methods together.
     */
    static int confoundedDimensions(Design d) {
      int[] col = new int[d.assessors + d.methods];
      int p = 0;
      for (int j = 0; j < d.assessors; j++) {
        col[j] = d.activeAssessor[j] ? p++ : -1;
      }
      int assessorsActive = p;
      for (int i = 0; i < d.methods; i++) {
        col[d.assessors + i] = d.activeMethod[i] ? p++ : -1;
      }
      if (p > RANK_CHECK_LIMIT || assessorsActive == 0 || assessorsActive == p) {
        return 0;
      }
      double[][] m = new double[p][p];
      // group rows by candidate (counting sort)
      int[] start = new int[d.candidates + 1];
      for (int r = 0; r < d.size; r++) {
        start[d.candidate[r] + 1]++;
      }
      for (int c = 0; c < d.candidates; c++) {
        start[c + 1] += start[c];
      }
      int[] order = new int[d.size];
      int[] next = start.clone();
      for (int r = 0; r < d.size; r++) {
        order[next[d.candidate[r]]++] = r;
      }
      double[] s = new double[p];
      int[] touched = new int[p];
      for (int c = 0; c < d.candidates; c++) {
        int count = 0;
        for (int k = start[c]; k < start[c + 1]; k++) {
          int r = order[k];
          int a = col[d.assessor[r]];
          int b = col[d.assessors + d.method[r]];
          m[a][a] += 1;
          m[b][b] += 1;
          m[a][b] += 1;
          m[b][a] += 1;
          if (s[a] == 0) {
            touched[count++] = a;
          }
          s[a] += 1;
          if (s[b] == 0) {
            touched[count++] = b;
          }
          s[b] += 1;
        }
        double total = start[c + 1] - start[c];
        for (int x = 0; x < count; x++) {
          for (int y = 0; y < count; y++) {
            m[touched[x]][touched[y]] -= s[touched[x]] * s[touched[y]] / total;
          }
        }
        for (int x = 0; x < count; x++) {
          s[touched[x]] = 0;
        }
      }
      return Math.max(0, p - rank(m) - 2);
    }

    /** Rank of a symmetric positive semi-definite matrix by pivoted elimination; destroys it. */
    static int rank(double[][] a) {
      int p = a.length;
      double scale = 0;
      for (int i = 0; i < p; i++) {
        scale = Math.max(scale, a[i][i]);
      }
      double tolerance = Math.max(scale, 1) * 1e-9;
      int rank = 0;
      for (int k = 0; k < p; k++) {
        int pivot = k;
        for (int i = k + 1; i < p; i++) {
          if (a[i][i] > a[pivot][pivot]) {
            pivot = i;
          }
        }
        if (a[pivot][pivot] <= tolerance) {
          break;
        }
        double[] row = a[k];
        a[k] = a[pivot];
        a[pivot] = row;
        for (double[] r : a) {
          double t = r[k];
          r[k] = r[pivot];
          r[pivot] = t;
        }
        double diagonal = a[k][k];
        for (int i = k + 1; i < p; i++) {
          double factor = a[i][k] / diagonal;
          if (factor != 0) {
            double[] ri = a[i];
            double[] rk = a[k];
            for (int j = k + 1; j < p; j++) {
              ri[j] -= factor * rk[j];
            }
          }
        }
        rank++;
      }
      return rank;
    }
  }

  /** Per-pass sums for every element and scale boundary. */
  static final class Sums {
    final double[] candidateResidual;
    final double[] candidateInformation;
    final double[] assessorResidual;
    final double[] assessorInformation;
    final double[] methodResidual;
    final double[] methodInformation;
    final double[][] expectedAbove;
    final double[][] informationAbove;

    Sums(Design d) {
      candidateResidual = new double[d.candidates];
      candidateInformation = new double[d.candidates];
      assessorResidual = new double[d.assessors];
      assessorInformation = new double[d.assessors];
      methodResidual = new double[d.methods];
      methodInformation = new double[d.methods];
      expectedAbove = new double[d.maxCategory.length][];
      informationAbove = new double[d.maxCategory.length][];
      for (int s = 0; s < d.maxCategory.length; s++) {
        expectedAbove[s] = new double[d.maxCategory[s] + 1];
        informationAbove[s] = new double[d.maxCategory[s] + 1];
      }
    }

    void add(Sums o) {
      addTo(candidateResidual, o.candidateResidual);
      addTo(candidateInformation, o.candidateInformation);
      addTo(assessorResidual, o.assessorResidual);
      addTo(assessorInformation, o.assessorInformation);
      addTo(methodResidual, o.methodResidual);
      addTo(methodInformation, o.methodInformation);
      for (int s = 0; s < expectedAbove.length; s++) {
        addTo(expectedAbove[s], o.expectedAbove[s]);
        addTo(informationAbove[s], o.informationAbove[s]);
      }
    }

    private static void addTo(double[] a, double[] b) {
      for (int i = 0; i < a.length; i++) {
        a[i] += b[i];
      }
    }
  }

  /** The state and passes of one estimation. */
  static final class Estimation {
    private final Design d;
    private final RaschOptions options;
    final double[] ability;
    final double[] severity;
    final double[] difficulty;
    final double[][] threshold; // [scale][k], k = 1..m; [0] unused
    private final double[][] cumulative; // [scale][k] = sum of thresholds 1..k
    private final long[][] observedAbove;

    Estimation(Design d, RaschOptions options) {
      this.d = d;
      this.options = options;
      ability = new double[d.candidates];
      severity = new double[d.assessors];
      difficulty = new double[d.methods];
      threshold = new double[d.maxCategory.length][];
      cumulative = new double[d.maxCategory.length][];
      observedAbove = new long[d.maxCategory.length][];
      for (int s = 0; s < threshold.length; s++) {
        int m = d.maxCategory[s];
        threshold[s] = new double[m + 1];
        cumulative[s] = new double[m + 1];
        observedAbove[s] = new long[m + 1];
        for (int k = m; k >= 1; k--) {
          observedAbove[s][k] = (k < m ? observedAbove[s][k + 1] : 0) + d.categoryCounts[s][k];
        }
        // start from the log-odds of adjacent categories, centred
        double mean = 0;
        for (int k = 1; k <= m; k++) {
          threshold[s][k] = Math.log((d.categoryCounts[s][k - 1] + 0.5) / (d.categoryCounts[s][k] + 0.5));
          mean += threshold[s][k] / m;
        }
        for (int k = 1; k <= m; k++) {
          threshold[s][k] -= mean;
        }
      }
      startingAbilities();
      updateCumulative();
    }

    // Log-odds of each candidate's proportion of the maximum score: a quick start for Newton.
    private void startingAbilities() {
      double[] score = new double[d.candidates];
      double[] max = new double[d.candidates];
      for (int r = 0; r < d.size; r++) {
        score[d.candidate[r]] += d.score[r];
        max[d.candidate[r]] += d.maxCategory[d.scale[r]];
      }
      for (int c = 0; c < d.candidates; c++) {
        if (max[c] > 0) {
          ability[c] = Math.log(score[c] / (max[c] - score[c]));
        }
      }
    }

    private void updateCumulative() {
      for (int s = 0; s < threshold.length; s++) {
        for (int k = 1; k < threshold[s].length; k++) {
          cumulative[s][k] = cumulative[s][k - 1] + threshold[s][k];
        }
      }
    }

    RaschMeasurement run(SampleSize n) {
      int iteration = 0;
      boolean converged = false;
      double maxResidual = Double.POSITIVE_INFINITY;
      double maxChange = Double.POSITIVE_INFINITY;
      while (iteration < options.maxIterations()) {
        iteration++;
        maxResidual = 0;
        maxChange = 0;
        double step = options.maxStep();
        // Gauss-Seidel over facets: a fresh pass before each facet's Newton step, because steps
        // taken by all facets at once on the same residuals overshoot and oscillate.
        Sums sums = pass();
        for (int c = 0; c < d.candidates; c++) {
          if (d.activeCandidate[c]) {
            maxResidual = Math.max(maxResidual, Math.abs(sums.candidateResidual[c]));
            double delta = clamp(sums.candidateResidual[c] / sums.candidateInformation[c], step);
            ability[c] += delta;
            maxChange = Math.max(maxChange, Math.abs(delta));
          }
        }
        sums = pass();
        for (int j = 0; j < d.assessors; j++) {
          if (d.activeAssessor[j]) {
            maxResidual = Math.max(maxResidual, Math.abs(sums.assessorResidual[j]));
            double delta = clamp(sums.assessorResidual[j] / sums.assessorInformation[j], step);
            severity[j] -= delta;
            maxChange = Math.max(maxChange, Math.abs(delta));
          }
        }
        centre(severity, d.activeAssessor);
        sums = pass();
        for (int i = 0; i < d.methods; i++) {
          if (d.activeMethod[i]) {
            maxResidual = Math.max(maxResidual, Math.abs(sums.methodResidual[i]));
            double delta = clamp(sums.methodResidual[i] / sums.methodInformation[i], step);
            difficulty[i] -= delta;
            maxChange = Math.max(maxChange, Math.abs(delta));
          }
        }
        centre(difficulty, d.activeMethod);
        for (int s = 0; s < threshold.length; s++) {
          int m = d.maxCategory[s];
          if (m < 2 || observedAbove[s][1] + d.categoryCounts[s][0] == 0) {
            continue; // a dichotomous scale's single threshold is fixed at 0 by centring
          }
          double mean = 0;
          for (int k = 1; k <= m; k++) {
            double residual = sums.expectedAbove[s][k] - observedAbove[s][k];
            maxResidual = Math.max(maxResidual, Math.abs(residual));
            double delta = clamp(residual / sums.informationAbove[s][k], step);
            threshold[s][k] += delta;
            maxChange = Math.max(maxChange, Math.abs(delta));
            mean += threshold[s][k] / m;
          }
          for (int k = 1; k <= m; k++) {
            threshold[s][k] -= mean;
          }
        }
        updateCumulative();
        if (maxChange < options.logitTolerance() && maxResidual < options.scoreTolerance()) {
          converged = true;
          break;
        }
      }
      return new Report(d, this).measurement(iteration, converged, maxResidual, maxChange, n);
    }

    private static double clamp(double delta, double step) {
      return delta > step ? step : delta < -step ? -step : delta;
    }

    // Centres a facet on 0; candidates absorb the shift so that every B - C - D is unchanged.
    private void centre(double[] measures, boolean[] active) {
      double sum = 0;
      int count = 0;
      for (int e = 0; e < measures.length; e++) {
        if (active[e]) {
          sum += measures[e];
          count++;
        }
      }
      double mean = count == 0 ? 0 : sum / count;
      for (int e = 0; e < measures.length; e++) {
        if (active[e]) {
          measures[e] -= mean;
        }
      }
      for (int c = 0; c < ability.length; c++) {
        ability[c] -= mean;
      }
    }

    private Sums pass() {
      int threads = Math.min(options.threads(), Math.max(1, d.size / 50_000));
      if (threads == 1) {
        Sums sums = new Sums(d);
        accumulate(sums, 0, d.size);
        return sums;
      }
      int chunk = (d.size + threads - 1) / threads;
      Sums[] parts = new Sums[threads];
      IntStream.range(0, threads).parallel().forEach(t -> {
        Sums part = new Sums(d);
        accumulate(part, t * chunk, Math.min(d.size, (t + 1) * chunk));
        parts[t] = part;
      });
      for (int t = 1; t < threads; t++) {
        parts[0].add(parts[t]);
      }
      return parts[0];
    }

    private void accumulate(Sums sums, int from, int to) {
      final int[] cand = d.candidate;
      final int[] asr = d.assessor;
      final int[] mth = d.method;
      final byte[] scl = d.scale;
      final byte[] scr = d.score;
      final double[] b = ability;
      final double[] c = severity;
      final double[] dd = difficulty;
      final double[] cr = sums.candidateResidual;
      final double[] ci = sums.candidateInformation;
      final double[] ar = sums.assessorResidual;
      final double[] ai = sums.assessorInformation;
      final double[] mr = sums.methodResidual;
      final double[] mi = sums.methodInformation;
      double[] probability = new double[101];
      for (int r = from; r < to; r++) {
        int n = cand[r];
        int j = asr[r];
        int i = mth[r];
        int s = scl[r];
        double eta = b[n] - c[j] - dd[i];
        int m = d.maxCategory[s];
        double expected;
        double variance;
        if (m == 1) {
          double p = 1.0 / (1.0 + Math.exp(threshold[s][1] - eta));
          expected = p;
          variance = p * (1.0 - p);
          sums.expectedAbove[s][1] += p;
          sums.informationAbove[s][1] += variance;
        } else {
          probabilities(eta, cumulative[s], m, probability);
          expected = 0;
          double second = 0;
          double above = 0;
          double[] ea = sums.expectedAbove[s];
          double[] ia = sums.informationAbove[s];
          for (int k = m; k >= 1; k--) {
            double pk = probability[k];
            expected += k * pk;
            second += k * k * pk;
            above += pk;
            ea[k] += above;
            ia[k] += above * (1.0 - above);
          }
          variance = second - expected * expected;
        }
        double residual = scr[r] - expected;
        cr[n] += residual;
        ci[n] += variance;
        ar[j] += residual;
        ai[j] += variance;
        mr[i] += residual;
        mi[i] += variance;
      }
    }

    static void probabilities(double eta, double[] cumulative, int m, double[] out) {
      double max = Double.NEGATIVE_INFINITY;
      for (int k = 0; k <= m; k++) {
        double logit = k * eta - cumulative[k];
        out[k] = logit;
        max = Math.max(max, logit);
      }
      double total = 0;
      for (int k = 0; k <= m; k++) {
        double e = Math.exp(out[k] - max);
        out[k] = e;
        total += e;
      }
      for (int k = 0; k <= m; k++) {
        out[k] /= total;
      }
    }

    double[][] cumulative() {
      return cumulative;
    }
  }

  /** The final pass: standard errors, fit and facet summaries. */
  static final class Report {
    private final Design d;
    private final Estimation e;

    Report(Design d, Estimation e) {
      this.d = d;
      this.e = e;
    }

    /** Per element: n, score, expected, information, sum r^2, sum z^2, infit q, outfit q. */
    private static final class Fit {
      final long[] n;
      final long[] score;
      final double[] expected;
      final double[] information;
      final double[] squaredResidual;
      final double[] squaredStandardised;
      final double[] infitVariance;
      final double[] outfitVariance;

      Fit(int size) {
        n = new long[size];
        score = new long[size];
        expected = new double[size];
        information = new double[size];
        squaredResidual = new double[size];
        squaredStandardised = new double[size];
        infitVariance = new double[size];
        outfitVariance = new double[size];
      }

      void add(int element, int x, double expect, double variance, double kurtosis) {
        double residual = x - expect;
        n[element]++;
        score[element] += x;
        expected[element] += expect;
        information[element] += variance;
        squaredResidual[element] += residual * residual;
        squaredStandardised[element] += residual * residual / variance;
        infitVariance[element] += kurtosis - variance * variance;
        outfitVariance[element] += kurtosis / (variance * variance);
      }
    }

    RaschMeasurement measurement(
        int iterations, boolean converged, double maxResidual, double maxChange, SampleSize n) {
      Fit candidates = new Fit(d.candidates);
      Fit assessors = new Fit(d.assessors);
      Fit methods = new Fit(d.methods);
      double[] probability = new double[101];
      double[][] expectedAbove = new double[d.maxCategory.length][];
      double[][] informationAbove = new double[d.maxCategory.length][];
      for (int s = 0; s < d.maxCategory.length; s++) {
        expectedAbove[s] = new double[d.maxCategory[s] + 1];
        informationAbove[s] = new double[d.maxCategory[s] + 1];
      }
      for (int r = 0; r < d.size; r++) {
        int s = d.scale[r];
        int m = d.maxCategory[s];
        double eta = e.ability[d.candidate[r]] - e.severity[d.assessor[r]]
            - e.difficulty[d.method[r]];
        Estimation.probabilities(eta, e.cumulative()[s], m, probability);
        double expected = 0;
        double second = 0;
        double above = 0;
        for (int k = m; k >= 1; k--) {
          expected += k * probability[k];
          second += k * k * probability[k];
          above += probability[k];
          expectedAbove[s][k] += above;
          informationAbove[s][k] += above * (1 - above);
        }
        double variance = second - expected * expected;
        double kurtosis = 0;
        for (int k = 0; k <= m; k++) {
          double dev = k - expected;
          kurtosis += dev * dev * dev * dev * probability[k];
        }
        if (!(variance > 0)) {
          continue; // only at numerically infinite measures; contributes no information
        }
        int x = d.score[r];
        candidates.add(d.candidate[r], x, expected, variance, kurtosis);
        assessors.add(d.assessor[r], x, expected, variance, kurtosis);
        methods.add(d.method[r], x, expected, variance, kurtosis);
      }
      List<ScaleThresholds> scales = new ArrayList<>();
      for (int s = 0; s < d.maxCategory.length; s++) {
        long total = 0;
        List<Long> counts = new ArrayList<>();
        for (long c : d.categoryCounts[s]) {
          counts.add(c);
          total += c;
        }
        if (total == 0) {
          continue;
        }
        List<Double> thresholds = new ArrayList<>();
        List<Double> errors = new ArrayList<>();
        for (int k = 1; k <= d.maxCategory[s]; k++) {
          thresholds.add(e.threshold[s][k]);
          errors.add(1 / Math.sqrt(informationAbove[s][k]));
        }
        scales.add(new ScaleThresholds(s, counts, thresholds, errors));
      }
      return new RaschMeasurement(
          summary(Facet.CANDIDATE, candidates, e.ability, d.activeCandidate),
          summary(Facet.ASSESSOR, assessors, e.severity, d.activeAssessor),
          summary(Facet.METHOD, methods, e.difficulty, d.activeMethod),
          scales, d.excluded, d.size, iterations, converged, maxResidual, maxChange, n);
    }

    private static FacetSummary summary(
        Facet facet, Fit fit, double[] measures, boolean[] active) {
      List<ElementMeasure> elements = new ArrayList<>();
      for (int i = 0; i < measures.length; i++) {
        if (!active[i] || fit.n[i] == 0 || !(fit.information[i] > 0)) {
          continue;
        }
        double infit = fit.squaredResidual[i] / fit.information[i];
        double outfit = fit.squaredStandardised[i] / fit.n[i];
        double infitQ2 = fit.infitVariance[i] / (fit.information[i] * fit.information[i]);
        double outfitQ2 = fit.outfitVariance[i] / ((double) fit.n[i] * fit.n[i]) - 1.0 / fit.n[i];
        elements.add(new ElementMeasure(facet, i, fit.n[i], fit.score[i], fit.expected[i],
            measures[i], 1 / Math.sqrt(fit.information[i]), infit, standardised(infit, infitQ2),
            outfit, standardised(outfit, outfitQ2)));
      }
      return new FacetSummary(facet, elements, separation(elements));
    }

    /** Wilson-Hilferty: t = (MnSq^(1/3) - 1)(3 / q) + q / 3, q the model SD of the mean-square. */
    static OptionalDouble standardised(double meanSquare, double variance) {
      if (!(variance > 1e-12) || !Double.isFinite(variance)) {
        return OptionalDouble.empty();
      }
      double q = Math.sqrt(variance);
      return OptionalDouble.of((Math.cbrt(meanSquare) - 1) * (3 / q) + q / 3);
    }

    static Optional<FacetSeparation> separation(List<ElementMeasure> elements) {
      int k = elements.size();
      if (k < 2) {
        return Optional.empty();
      }
      double mean = 0;
      double meanSquareError = 0;
      double weight = 0;
      double weighted = 0;
      for (ElementMeasure m : elements) {
        mean += m.measure() / k;
        meanSquareError += m.standardError() * m.standardError() / k;
        double w = 1 / (m.standardError() * m.standardError());
        weight += w;
        weighted += w * m.measure();
      }
      double weightedMean = weighted / weight;
      double variance = 0;
      double chiSquare = 0;
      for (ElementMeasure m : elements) {
        variance += (m.measure() - mean) * (m.measure() - mean) / k;
        double dev = m.measure() - weightedMean;
        chiSquare += dev * dev / (m.standardError() * m.standardError());
      }
      double rmse = Math.sqrt(meanSquareError);
      double trueVariance = Math.max(0, variance - meanSquareError);
      double trueSd = Math.sqrt(trueVariance);
      double separation = trueSd / rmse;
      double reliability = variance > 0 ? trueVariance / variance : 0;
      double p = ChiSquaredDistribution.of(k - 1).survivalProbability(chiSquare);
      return Optional.of(new FacetSeparation(k, mean, Math.sqrt(variance), rmse, trueSd,
          separation, (4 * separation + 1) / 3, reliability, chiSquare, k - 1, p));
    }
  }
}
