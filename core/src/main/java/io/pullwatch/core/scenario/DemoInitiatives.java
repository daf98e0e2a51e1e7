package io.pullwatch.core.scenario;

import io.pullwatch.core.event.Initiative;
import io.pullwatch.core.event.InitiativeKind;
import io.pullwatch.core.event.InitiativeStatus;
import io.pullwatch.core.event.SchemaVersion;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The four initiatives of the demo, one of each kind that the waves and the background talk about. */
final class DemoInitiatives {

    static final String PARIS_RIVOLI = "paris-rivoli";
    static final String LYON_PART_DIEU = "lyon-part-dieu";
    static final String LILLE_CENTRE = "lille-centre";
    static final List<String> STORES = List.of(PARIS_RIVOLI, LYON_PART_DIEU, LILLE_CENTRE);

    static final String FLASH30 = "init-flash30";
    static final String JF_CHAT = "init-jf-chat";
    static final String DUPONT_BAKERY = "init-dupont-bakery";
    static final String REPAIR_CORNER = "init-repair-corner";

    private DemoInitiatives() {}

    /** The same initiative, retired: what the changelog carries when staff call it off. */
    static Initiative retired(Initiative i) {
        return new Initiative(i.schemaVersion(), i.id(), i.storeId(), i.ownerStaffId(), i.ownerDisplayName(), i.kind(),
                i.title(), i.description(), i.startsAt(), i.endsAt(), i.channels(), i.codes(), i.hashtags(),
                i.aliases(), i.partner(), InitiativeStatus.RETIRED);
    }

    /** All four started the day before the scenario and run three days past its start, so they cover all of it. */
    static List<Initiative> all(Instant scenarioStart) {
        Instant startsAt = scenarioStart.minus(Duration.ofDays(1));
        Instant endsAt = scenarioStart.plus(Duration.ofDays(3));
        return List.of(
                new Initiative(SchemaVersion.CURRENT, FLASH30, LILLE_CENTRE, "staff-0042", "Camille Dubois",
                        InitiativeKind.FLASH_PROMOTION, "Flash sale -30% on winter coats",
                        "Thirty percent off every winter coat for the afternoon, announced on Instagram.",
                        startsAt, endsAt, List.of("instagram", "in-store"), List.of("FLASH30"), List.of("#flash30"),
                        null, null, InitiativeStatus.ACTIVE),
                new Initiative(SchemaVersion.CURRENT, JF_CHAT, LYON_PART_DIEU, "staff-0107", "Jean-François Martin",
                        InitiativeKind.CUSTOMER_CHAT, "Personal shopping advice by WhatsApp",
                        "Customers message a sales advisor for sizes, stock and styling before they come in.",
                        startsAt, endsAt, List.of("whatsapp"), null, List.of("#askJF"), List.of("JF"), null,
                        InitiativeStatus.ACTIVE),
                new Initiative(SchemaVersion.CURRENT, DUPONT_BAKERY, PARIS_RIVOLI, "staff-0013", "Sophie Laurent",
                        InitiativeKind.LOCAL_PARTNERSHIP,
                        "Free croissant with every purchase, with Boulangerie Dupont",
                        "Show the receipt or the code at the bakery next door for a free croissant.",
                        startsAt, endsAt, List.of("in-store"), List.of("DUPONT"), null, null, "Boulangerie Dupont",
                        InitiativeStatus.ACTIVE),
                new Initiative(SchemaVersion.CURRENT, REPAIR_CORNER, PARIS_RIVOLI, "staff-0021", "Marc Petit",
                        InitiativeKind.EVENT, "Saturday repair corner",
                        "Free small repairs (buttons, zips, hems) on any garment, Saturdays in store.",
                        startsAt, endsAt, List.of("in-store"), null, null, List.of("repair corner"), null,
                        InitiativeStatus.ACTIVE));
    }
}
