package app.toile.io;

import app.toile.model.AreaType;
import app.toile.model.Demographic;
import app.toile.model.Geographic;
import app.toile.model.Profile;
import app.toile.model.Psychographic;
import java.util.Map;

/** Reads a segment's segmentation profile: its demographic, geographic and psychographic bases. */
final class ProfileReader {
  private final JsonInput in;

  ProfileReader(JsonInput in) {
    this.in = in;
  }

  Profile profile() {
    Demographic demographic = null;
    Geographic geographic = null;
    Psychographic psychographic = null;
    Map<String, String> unknown = null;
    while (in.nextField()) {
      switch (in.name()) {
        case "demographic" -> demographic = in.enterObject() ? demographic() : null;
        case "geographic" -> geographic = in.enterObject() ? geographic() : null;
        case "psychographic" -> psychographic = in.enterObject() ? psychographic() : null;
        default -> unknown = in.keep(unknown);
      }
    }
    return new Profile(demographic, geographic, psychographic, JsonInput.extras(unknown));
  }

  private Demographic demographic() {
    Integer ageMin = null;
    Integer ageMax = null;
    String gender = null;
    String education = null;
    String incomeBand = null;
    String familySituation = null;
    String other = null;
    Map<String, String> unknown = null;
    while (in.nextField()) {
      switch (in.name()) {
        case "ageMin" -> ageMin = in.whole();
        case "ageMax" -> ageMax = in.whole();
        case "gender" -> gender = in.text();
        case "education" -> education = in.text();
        case "incomeBand" -> incomeBand = in.text();
        case "familySituation" -> familySituation = in.text();
        case "other" -> other = in.text();
        default -> unknown = in.keep(unknown);
      }
    }
    return new Demographic(ageMin, ageMax, gender, education, incomeBand, familySituation, other,
        JsonInput.extras(unknown));
  }

  private Geographic geographic() {
    String country = null;
    String region = null;
    String city = null;
    AreaType areaType = null;
    Map<String, String> unknown = null;
    while (in.nextField()) {
      switch (in.name()) {
        case "country" -> country = in.text();
        case "region" -> region = in.text();
        case "city" -> city = in.text();
        case "areaType" -> areaType = in.choice(AreaType.class);
        default -> unknown = in.keep(unknown);
      }
    }
    return new Geographic(country, region, city, areaType, JsonInput.extras(unknown));
  }

  private Psychographic psychographic() {
    String socialStatus = null;
    String lifestyle = null;
    String personality = null;
    String behaviour = null;
    String benefitsSought = null;
    Map<String, String> unknown = null;
    while (in.nextField()) {
      switch (in.name()) {
        case "socialStatus" -> socialStatus = in.text();
        case "lifestyle" -> lifestyle = in.text();
        case "personality" -> personality = in.text();
        case "behaviour" -> behaviour = in.text();
        case "benefitsSought" -> benefitsSought = in.text();
        default -> unknown = in.keep(unknown);
      }
    }
    return new Psychographic(socialStatus, lifestyle, personality, behaviour, benefitsSought,
        JsonInput.extras(unknown));
  }
}
