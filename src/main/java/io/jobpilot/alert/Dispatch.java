package io.jobpilot.alert;

import io.jobpilot.conversation.Outbox;
import io.jobpilot.profile.ProfileStore;
import io.jobpilot.profile.SeekerProfile;
import io.jobpilot.prompts.Templates;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns pending alert items into outbox notices, one notice per seeker and pass: nothing in quiet hours, a daily
 * digest at most once per local day, at most {@link AlertRules#perDay} postings a day and
 * {@link AlertRules#perCompanyPerDay} of one company. What is held back stays pending for a later pass.
 */
final class Dispatch {
    private final AlertStore store;
    private final ProfileStore profiles;
    private final Outbox outbox;
    private final Templates templates;
    private final Clock clock;
    private final AlertRules rules;

    Dispatch(AlertStore store, ProfileStore profiles, Outbox outbox, Templates templates, Clock clock, AlertRules rules) {
        this.store = store;
        this.profiles = profiles;
        this.outbox = outbox;
        this.templates = templates;
        this.clock = clock;
        this.rules = rules;
    }

    int run() {
        Instant now = clock.instant();
        store.dropOlderThan(now.minus(rules.maxAge()));
        int posted = 0;
        for (String userId : store.usersWithPending()) {
            Optional<AlertSettings> s = store.settings(userId).filter(AlertSettings::enabled);
            Optional<SeekerProfile> p = profiles.current(userId).filter(x -> x.consent().storeData());
            if (s.isPresent() && p.isPresent() && send(s.get(), p.get().lang(), now)) {
                posted++;
            }
        }
        return posted;
    }

    private boolean send(AlertSettings s, String lang, Instant now) {
        ZonedDateTime local = now.atZone(AlertRules.zone(lang));
        if (rules.quiet(local)) {
            return false;
        }
        List<AlertStore.Item> today = store.sentSince(s.userId(), local.toLocalDate().atStartOfDay(local.getZone()).toInstant());
        if (s.frequency() == AlertSettings.Frequency.DAILY && !today.isEmpty()) {
            return false; // today's digest went out already
        }
        Map<String, Integer> perCompany = new HashMap<>();
        today.forEach(i -> perCompany.merge(company(i), 1, Integer::sum));
        List<AlertStore.Item> chosen = new ArrayList<>();
        for (AlertStore.Item i : store.pending(s.userId())) {
            if (today.size() + chosen.size() >= rules.perDay()) {
                break;
            }
            if (perCompany.getOrDefault(company(i), 0) < rules.perCompanyPerDay()) {
                perCompany.merge(company(i), 1, Integer::sum);
                chosen.add(i);
            }
        }
        if (chosen.isEmpty()) {
            return false;
        }
        String list = String.join("\n", chosen.stream().map(Dispatch::line).toList());
        String text = s.frequency() == AlertSettings.Frequency.DAILY
                ? templates.render("alert.digest", lang, Map.of("count", chosen.size(), "list", list))
                : templates.render("alert.instant", lang, Map.of("count", chosen.size(), "list", list));
        // marked first: a crash in between loses one notice rather than sending its postings twice
        store.sent(s.userId(), chosen.stream().map(AlertStore.Item::postingId).toList(), now);
        outbox.post(s.userId(), "alert", text, Alerts.choices(lang), now);
        return true;
    }

    private static String line(AlertStore.Item i) {
        String org = i.company().isBlank() ? "" : " — " + i.company();
        return "• " + i.title() + org + " (" + Math.round(i.score() * 100) + "%)";
    }

    private static String company(AlertStore.Item i) {
        return i.company().isBlank() ? "?" + i.postingId() : i.company().strip().toLowerCase(Locale.ROOT);
    }
}
