package app.toile.model;

import java.util.List;
import java.util.Objects;

/**
 * A group of customers with similar needs, behaviour and profile that the business intends to serve.
 * Scalar fields may be null (unset); nested parts and lists are never null.
 *
 * @param id stable id, unique in the canvas
 * @param name name
 * @param description description
 * @param colour chip colour as {@code #RRGGBB}, marking the notes linked to this segment
 * @param customerKind people, businesses, or both
 * @param need the specific need or pain that justifies an offer
 * @param profile segmentation profile
 * @param distinctness tests that make it a separate segment
 * @param evaluation the five scores and their estimates
 * @param status place in the conquest plan
 * @param customerCount customers already won (for focus and conquered segments)
 * @param conquest conquest checklist and lever plans
 * @param dependsOn ids of the other segments it depends on (other sides of a platform)
 * @param empathyMap optional empathy map
 * @param extras fields from a newer Toile, kept as they were
 */
public record CustomerSegment(
    String id,
    String name,
    String description,
    String colour,
    CustomerKind customerKind,
    String need,
    Profile profile,
    Distinctness distinctness,
    Evaluation evaluation,
    SegmentStatus status,
    Long customerCount,
    Conquest conquest,
    List<String> dependsOn,
    EmpathyMap empathyMap,
    Extras extras) {

  public CustomerSegment {
    Objects.requireNonNull(id, "id");
    profile = profile == null ? Profile.EMPTY : profile;
    distinctness = distinctness == null ? Distinctness.EMPTY : distinctness;
    evaluation = evaluation == null ? Evaluation.EMPTY : evaluation;
    conquest = conquest == null ? Conquest.EMPTY : conquest;
    dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    empathyMap = empathyMap == null ? EmpathyMap.EMPTY : empathyMap;
    extras = extras == null ? Extras.NONE : extras;
  }

  /** A new segment with only an id and a name; everything else unset. */
  public static CustomerSegment named(String id, String name) {
    return new CustomerSegment(id, name, null, null, null, null, null, null, null, null, null, null,
        null, null, null);
  }

  /** Whether the segment counts as active (every status but dropped). */
  public boolean isActive() {
    return SegmentStatus.isActive(status);
  }

  public CustomerSegment withName(String v) {
    return new CustomerSegment(id, v, description, colour, customerKind, need, profile, distinctness,
        evaluation, status, customerCount, conquest, dependsOn, empathyMap, extras);
  }

  public CustomerSegment withDescription(String v) {
    return new CustomerSegment(id, name, v, colour, customerKind, need, profile, distinctness,
        evaluation, status, customerCount, conquest, dependsOn, empathyMap, extras);
  }

  public CustomerSegment withColour(String v) {
    return new CustomerSegment(id, name, description, v, customerKind, need, profile, distinctness,
        evaluation, status, customerCount, conquest, dependsOn, empathyMap, extras);
  }

  public CustomerSegment withCustomerKind(CustomerKind v) {
    return new CustomerSegment(id, name, description, colour, v, need, profile, distinctness,
        evaluation, status, customerCount, conquest, dependsOn, empathyMap, extras);
  }

  public CustomerSegment withNeed(String v) {
    return new CustomerSegment(id, name, description, colour, customerKind, v, profile, distinctness,
        evaluation, status, customerCount, conquest, dependsOn, empathyMap, extras);
  }

  public CustomerSegment withProfile(Profile v) {
    return new CustomerSegment(id, name, description, colour, customerKind, need, v, distinctness,
        evaluation, status, customerCount, conquest, dependsOn, empathyMap, extras);
  }

  public CustomerSegment withDistinctness(Distinctness v) {
    return new CustomerSegment(id, name, description, colour, customerKind, need, profile, v,
        evaluation, status, customerCount, conquest, dependsOn, empathyMap, extras);
  }

  public CustomerSegment withEvaluation(Evaluation v) {
    return new CustomerSegment(id, name, description, colour, customerKind, need, profile,
        distinctness, v, status, customerCount, conquest, dependsOn, empathyMap, extras);
  }

  public CustomerSegment withStatus(SegmentStatus v) {
    return new CustomerSegment(id, name, description, colour, customerKind, need, profile,
        distinctness, evaluation, v, customerCount, conquest, dependsOn, empathyMap, extras);
  }

  public CustomerSegment withCustomerCount(Long v) {
    return new CustomerSegment(id, name, description, colour, customerKind, need, profile,
        distinctness, evaluation, status, v, conquest, dependsOn, empathyMap, extras);
  }

  public CustomerSegment withConquest(Conquest v) {
    return new CustomerSegment(id, name, description, colour, customerKind, need, profile,
        distinctness, evaluation, status, customerCount, v, dependsOn, empathyMap, extras);
  }

  public CustomerSegment withDependsOn(List<String> v) {
    return new CustomerSegment(id, name, description, colour, customerKind, need, profile,
        distinctness, evaluation, status, customerCount, conquest, v, empathyMap, extras);
  }

  public CustomerSegment withEmpathyMap(EmpathyMap v) {
    return new CustomerSegment(id, name, description, colour, customerKind, need, profile,
        distinctness, evaluation, status, customerCount, conquest, dependsOn, v, extras);
  }
}
