package app.toile.export;

import app.toile.model.AreaType;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.Conquest;
import app.toile.model.CustomerKind;
import app.toile.model.CustomerSegment;
import app.toile.model.Demographic;
import app.toile.model.Distinctness;
import app.toile.model.EmpathyMap;
import app.toile.model.Evaluation;
import app.toile.model.Extras;
import app.toile.model.Geographic;
import app.toile.model.Header;
import app.toile.model.Level;
import app.toile.model.Note;
import app.toile.model.NoteColour;
import app.toile.model.Profile;
import app.toile.model.Psychographic;
import app.toile.model.SegmentStatus;
import app.toile.model.SegmentStrategy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Canvases to export in tests: a realistic French one (a desk-booking start-up that starts with
 * Paris entrepreneurs, then Lyon and Lille), one whose block holds far more than fits, and one
 * full of values validation rejects.
 */
final class ExportFixtures {
  static final String PARIS = "seg-paris";
  static final String LYON = "seg-lyon";
  static final String LILLE = "seg-lille";
  static final String GROUPS = "seg-groupes";

  private ExportFixtures() {}

  /** A French canvas: four full segments and eleven notes with accents, € and « ». */
  static Canvas bureauNomade() {
    Canvas c = Canvas.empty()
        .withHeader(new Header("Bureau Nomade — postes de travail à l’heure", "Bureau Nomade SAS",
            "Élise Garçon", LocalDate.of(2026, 11, 23), "v2 « après entretiens »", Extras.NONE))
        .withStrategy(SegmentStrategy.SEGMENTED)
        .withSegments(List.of(paris(), lyon(), lille(), groupes()));
    c = c.withNotes(Block.VALUE_PROPOSITIONS, List.of(
        note("n1", "Un bureau calme réservé en 30 secondes, payé à l’heure (4 € de l’heure)",
            NoteColour.YELLOW, PARIS, LYON, LILLE),
        note("n2", "Facture unique et mensuelle, déductible pour l’entreprise", NoteColour.GREEN,
            GROUPS)));
    c = c.withNotes(Block.CHANNELS, List.of(
        note("n3", "Application mobile et bouche-à-oreille dans les espaces de coworking",
            NoteColour.BLUE, PARIS)));
    c = c.withNotes(Block.CUSTOMER_RELATIONSHIPS, List.of(
        note("n4", "Libre-service, assistance par messagerie en moins de 5 minutes",
            NoteColour.YELLOW)));
    c = c.withNotes(Block.REVENUE_STREAMS, List.of(
        note("n5", "Paiement à l’usage : 4 € l’heure, 25 € la journée", NoteColour.ORANGE, PARIS,
            LYON),
        note("n6", "Abonnement équipe : 1\u202F200 € par an et par poste", NoteColour.ORANGE,
            GROUPS)));
    c = c.withNotes(Block.KEY_RESOURCES, List.of(
        note("n7", "Réseau de cafés et d’hôtels partenaires équipés (Wi-Fi, prises)",
            NoteColour.PINK)));
    c = c.withNotes(Block.KEY_ACTIVITIES, List.of(
        note("n8", "Recruter des lieux partenaires, quartier par quartier", NoteColour.PURPLE),
        note("n9", "Faire évoluer l’application de réservation", NoteColour.PURPLE)));
    c = c.withNotes(Block.KEY_PARTNERS, List.of(
        note("n10", "Hôtels et cafés qui ont des salles vides en journée", NoteColour.YELLOW,
            PARIS)));
    c = c.withNotes(Block.COST_STRUCTURE, List.of(
        note("n11", "Commission reversée aux lieux (œuvre commune : 60 % du prix)",
            NoteColour.PINK)));
    return c;
  }

  private static Note note(String id, String text, NoteColour colour, String... segments) {
    return new Note(id, text, colour, List.of(segments), Extras.NONE);
  }

  private static CustomerSegment paris() {
    return CustomerSegment.named(PARIS, "Entrepreneurs à Paris")
        .withColour("#E4572E")
        .withDescription("Créateurs d’entreprise sans bureau qui travaillent dans les cafés, "
            + "entre deux rendez-vous.")
        .withCustomerKind(CustomerKind.PEOPLE)
        .withNeed("Trouver tout de suite un endroit calme pour travailler ou appeler un client")
        .withProfile(new Profile(
            new Demographic(25, 45, null, "Bac + 5", "30 à 60 k€", "Célibataire ou en couple",
                null, Extras.NONE),
            new Geographic("France", "Île-de-France", "Paris", AreaType.URBAN, Extras.NONE),
            new Psychographic("Indépendant", "Nomade, connecté", "Pressé, organisé",
                "Réserve tout sur son téléphone", "Calme, prise, café correct", Extras.NONE),
            Extras.NONE))
        .withDistinctness(new Distinctness("Application mobile", "Libre-service", Level.MEDIUM,
            true, Extras.NONE))
        .withEvaluation(new Evaluation(5, 3, 4, 4, 5, new BigDecimal("80"), "€", 3500L, 12.5,
            Level.MEDIUM, "Enquête auprès de 120 entrepreneurs, octobre", Extras.NONE))
        .withStatus(SegmentStatus.FOCUS)
        .withCustomerCount(3500L)
        .withConquest(new Conquest(true, false, "Ambassadeurs dans 10 espaces de coworking",
            "Première heure offerte", "Rappel le lundi matin", "Une heure offerte par filleul",
            Extras.NONE))
        .withEmpathyMap(new EmpathyMap("« Je n’ai jamais de place pour appeler »",
            "Un bureau coûte trop cher pour moi", "Travaille dans trois cafés par jour",
            "Stressé par le bruit", "Bruit, prises introuvables", "Un lieu sûr, à deux pas",
            Extras.NONE));
  }

  private static CustomerSegment lyon() {
    return CustomerSegment.named(LYON, "Entrepreneurs à Lyon")
        .withColour("#17BEBB")
        .withDescription("Les mêmes besoins qu’à Paris, dans une ville plus petite.")
        .withCustomerKind(CustomerKind.PEOPLE)
        .withNeed("Un lieu calme près de la Part-Dieu entre deux trains")
        .withProfile(Profile.EMPTY.withGeographic(
            new Geographic("France", "Auvergne-Rhône-Alpes", "Lyon", AreaType.URBAN, Extras.NONE)))
        .withDistinctness(new Distinctness("Application mobile", "Libre-service", Level.MEDIUM,
            true, Extras.NONE))
        .withEvaluation(new Evaluation(4, 3, 3, 3, 5, null, null, 900L, 4.0, Level.LOW,
            "Estimation d’après l’INSEE", Extras.NONE))
        .withStatus(SegmentStatus.NEXT);
  }

  private static CustomerSegment lille() {
    return CustomerSegment.named(LILLE, "Entrepreneurs à Lille")
        .withColour("#FFC914")
        .withCustomerKind(CustomerKind.PEOPLE)
        .withNeed("Travailler au calme près des gares, à deux pas de Bruxelles et de Londres")
        .withProfile(Profile.EMPTY.withGeographic(
            new Geographic("France", "Hauts-de-France", "Lille", AreaType.URBAN, Extras.NONE)))
        .withEvaluation(Evaluation.EMPTY.withScore(Evaluation.Score.PAIN_DEPTH, 4)
            .withScore(Evaluation.Score.REACH, 2))
        .withStatus(SegmentStatus.NEXT);
  }

  private static CustomerSegment groupes() {
    return CustomerSegment.named(GROUPS, "Grands groupes en télétravail")
        .withDescription("Équipes commerciales itinérantes des grandes entreprises.")
        .withCustomerKind(CustomerKind.BUSINESSES)
        .withNeed("Donner un bureau d’appoint aux commerciaux sans louer de locaux")
        .withProfile(Profile.EMPTY.withPsychographic(Psychographic.EMPTY
            .withBehaviour("Achats passés par un service d’achats, appels d’offres")))
        .withDistinctness(new Distinctness("Vente directe", "Compte dédié", Level.HIGH, true,
            Extras.NONE))
        .withEvaluation(new Evaluation(2, 5, 1, 3, 2, new BigDecimal("15000"), "€", 40L, 8.0,
            Level.HIGH, "Trois appels d’offres perdus", Extras.NONE))
        .withStatus(SegmentStatus.CANDIDATE)
        .withDependsOn(List.of(PARIS));
  }

  /** A canvas whose Key Partners block holds 60 long notes: far more than the page holds. */
  static Canvas crowded() {
    List<Note> notes = new ArrayList<>();
    for (int i = 1; i <= 60; i++) {
      notes.add(Note.of("p" + i, "Partenaire numéro " + i + " : une longue description de ce que "
          + "ce partenaire apporte, des conditions du contrat et de la personne à appeler."));
    }
    return bureauNomade().withNotes(Block.KEY_PARTNERS, notes);
  }

  /**
   * A canvas validation would complain about: a blank segment name, a colour that is none, scores
   * and ages out of range, links to a missing segment, control characters (NUL included) and an
   * emoji, and a 20,000-letter note.
   */
  static Canvas odd() {
    CustomerSegment odd = CustomerSegment.named("s1", "   ")
        .withColour("not a colour")
        .withProfile(Profile.EMPTY.withDemographic(Demographic.EMPTY.withAgeMin(-3).withAgeMax(200)))
        .withEvaluation(Evaluation.EMPTY.withScore(Evaluation.Score.PAIN_DEPTH, 7)
            .withScore(Evaluation.Score.BUDGET, -1).withEstimatedCustomers(-5L))
        .withCustomerCount(-10L)
        .withNeed("Un besoin \u0001 avec un caractère de contrôle et un emoji \uD83D\uDE80")
        .withDependsOn(List.of("missing", "s1"));
    return Canvas.empty()
        .withHeader(new Header("\t\u0007 Titre\r\nsur plusieurs lignes ", "\u0002", "Zoé\u0000",
            null, " ", Extras.NONE))
        .withSegments(List.of(odd, CustomerSegment.named("s2", null)))
        .withNotes(Block.CHANNELS, List.of(Note.of("n1", null), Note.of("n2", ""),
            Note.of("n3", "x".repeat(20_000)), Note.of("n4", "lien perdu")
                .withSegmentIds(List.of("missing", "s1"))));
  }
}
