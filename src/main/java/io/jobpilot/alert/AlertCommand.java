package io.jobpilot.alert;

import io.jobpilot.interview.Interview;
import io.jobpilot.profile.SeekerProfile;
import io.jobpilot.prompts.Templates;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /alerts} ({@code /알림}): without arguments the current setting; otherwise any of on/off (켜기/끄기),
 * daily/instant (매일/즉시) and a threshold in percent ({@code 70} or {@code 70%}). A frequency or threshold alone
 * also turns alerts on. Bad input changes nothing and names the value.
 */
public final class AlertCommand {
    private final AlertStore store;
    private final Templates templates;
    private final Clock clock;

    public AlertCommand(AlertStore store, Templates templates, Clock clock) {
        this.store = store;
        this.templates = templates;
        this.clock = clock;
    }

    /** What the command answers: a text and buttons. */
    public record Answer(String text, List<Interview.Choice> choices) {
        public Answer {
            choices = List.copyOf(choices);
        }
    }

    public Answer run(SeekerProfile p, String arg, String lang) {
        if (!p.consent().storeData()) {
            return new Answer(templates.render("alerts.consent", lang), List.of());
        }
        Optional<AlertSettings> saved = store.settings(p.userId());
        if (arg.isBlank()) {
            return status(saved, lang);
        }
        Boolean enabled = null;
        AlertSettings.Frequency frequency = saved.map(AlertSettings::frequency).orElse(AlertSettings.Frequency.INSTANT);
        double threshold = saved.map(AlertSettings::threshold).orElse(AlertSettings.DEFAULT_THRESHOLD);
        for (String word : arg.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
            switch (word) {
                case "on", "켜기", "켜", "켬", "켜줘" -> enabled = true;
                case "off", "끄기", "꺼", "끔", "꺼줘" -> enabled = false;
                case "daily", "매일", "하루" -> frequency = AlertSettings.Frequency.DAILY;
                case "instant", "즉시", "바로" -> frequency = AlertSettings.Frequency.INSTANT;
                default -> {
                    Optional<Double> t = percent(word);
                    if (t.isEmpty()) {
                        return new Answer(templates.render("alerts.usage", lang, Map.of("value", word)), List.of());
                    }
                    threshold = t.get();
                }
            }
        }
        AlertSettings s = new AlertSettings(p.userId(), enabled == null || enabled, frequency, threshold, clock.instant());
        store.save(s);
        if (!s.enabled()) {
            return new Answer(templates.render("alerts.off", lang), List.of());
        }
        int pct = (int) Math.round(s.threshold() * 100);
        return new Answer(s.frequency() == AlertSettings.Frequency.DAILY
                ? templates.render("alerts.on_daily", lang, Map.of("threshold", pct))
                : templates.render("alerts.on_instant", lang, Map.of("threshold", pct)), List.of());
    }

    private Answer status(Optional<AlertSettings> saved, String lang) {
        boolean ko = "ko".equals(lang);
        if (saved.isEmpty() || !saved.get().enabled()) {
            return new Answer(templates.render("alerts.status_off", lang), List.of(
                    new Interview.Choice(ko ? "즉시 받기" : "As they come", ko ? "/알림 켜기 즉시" : "/alerts on instant"),
                    new Interview.Choice(ko ? "매일 모아 받기" : "Daily digest", ko ? "/알림 켜기 매일" : "/alerts on daily")));
        }
        int pct = (int) Math.round(saved.get().threshold() * 100);
        String text = saved.get().frequency() == AlertSettings.Frequency.DAILY
                ? templates.render("alerts.status_daily", lang, Map.of("threshold", pct))
                : templates.render("alerts.status_instant", lang, Map.of("threshold", pct));
        return new Answer(text, List.of(new Interview.Choice(ko ? "알림 끄기" : "Turn off", ko ? "/알림 끄기" : "/alerts off")));
    }

    /** "70", "70%" → 0.7; anything else (or outside 0..100) is not a threshold. */
    static Optional<Double> percent(String word) {
        String w = word.endsWith("%") ? word.substring(0, word.length() - 1) : word;
        if (!w.matches("\\d{1,3}")) {
            return Optional.empty();
        }
        int n = Integer.parseInt(w);
        return n > 100 ? Optional.empty() : Optional.of(n / 100.0);
    }
}
