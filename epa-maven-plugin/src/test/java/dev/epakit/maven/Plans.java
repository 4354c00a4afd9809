package dev.epakit.maven;

/** Small plan files for the tests. */
final class Plans {

  private Plans() {}

  /** A valid plan. */
  static final String VALID = """
      standard: ST0480
      version: "1.0"
      title: Test plan
      source: A test plan modelled on the Senior leader plan (ST0480)
      effective:
        from: 2020-01-01
      methods:
        - id: project
          name: Project
          grades: [Fail, Pass, Distinction]
        - id: discussion
          name: Discussion
          grades: [Fail, Pass, Distinction]
      overall:
        grades: [Fail, Pass, Distinction]
      grading:
        - {project: Fail, overall: Fail}
        - {discussion: Fail, overall: Fail}
        - {project: Pass, discussion: Pass+, overall: Pass}
        - {project: Distinction, discussion: Pass, overall: Pass}
        - {project: Distinction, discussion: Distinction, overall: Distinction}
      policy:
        resitWindow: 3 months
        retakeWindow: 6 months
        hardWindow: 6 months
        resitCap: Pass
        retakeCap: Pass
      """;

  /** The valid plan with a misspelt key at line 23, column 3: an error. */
  static final String MISSPELT_KEY = VALID.replace("resitWindow:", "resitWindw:");

  /** The valid plan without its source: a warning only. */
  static final String NO_SOURCE = VALID.replace("source: A test plan modelled on the Senior leader plan (ST0480)\n", "");
}
