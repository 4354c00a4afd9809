package dev.epakit.io.journey;

import dev.epakit.core.journey.Fact;
import dev.epakit.core.journey.Mark;
import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.rules.RuleId;

/**
 * The field of a fact, as the journey file names it, that a refusal by a rule concerns: the
 * {@code date} for order and windows, the {@code grade} or {@code method} for marks, the {@code
 * methods} of a booking, and so on. Lets a refusal point at the line and field to fix.
 */
public final class FactField {

  private FactField() {}

  /**
   * The field a rule's refusal of a fact concerns.
   *
   * @param fact the refused fact, not {@code null}
   * @param rule the id of the rule broken, not {@code null}
   * @param plan the plan the journey was checked under, not {@code null}
   * @return the field's name in the journey file, such as {@code "grade"}; {@code "kind"} when the
   *     refusal concerns the fact as a whole
   */
  public static String of(Fact fact, RuleId rule, AssessmentPlan plan) {
    String id = rule.value();
    if (id.startsWith("EPA-WINDOW-") || id.equals("EPA-FACT-01") || id.equals("EPA-PLAN-01")
        || id.equals("EPA-GATEWAY-01") || id.equals("EPA-APPEAL-01")) {
      return "date";
    }
    return switch (id) {
      case "EPA-METHOD-01" -> fact instanceof Fact.MethodAssessed m && plan.method(m.method()).isDefined()
          ? (m.mark() instanceof Mark.Scored ? "score" : "grade") : "method";
      case "EPA-METHOD-02", "EPA-ORDER-01" -> "method";
      case "EPA-APPEAL-02" -> fact instanceof Fact.AppealDecided d && d.regrade().isPresent()
          && plan.method(d.regrade().get().method()).isDefined() ? "grade" : "method";
      case "EPA-FURTHER-02", "EPA-FURTHER-03" -> "methods";
      case "EPA-FURTHER-04" -> "employerAgreed";
      case "EPA-FURTHER-05" -> "feeConfirmed";
      case "EPA-FURTHER-07" -> "freshMaterials";
      case "EPA-AGREE-01" -> "party";
      case "EPA-CERT-03" -> "route";
      default -> "kind";
    };
  }
}
