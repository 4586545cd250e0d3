package io.jobpilot.llm;

import io.jobpilot.interview.Step;
import io.jobpilot.interview.Understanding;
import io.jobpilot.interview.Understood;
import io.jobpilot.prompts.Templates;

import java.util.List;

/**
 * {@link Understanding} through the {@link Extractor} AI service. It only translates the model's record into the
 * interview's; the interview checks every quote against the seeker's text and the taxonomy.
 */
final class ModelUnderstanding implements Understanding {
    private final Extractor extractor;
    private final Templates templates;
    private final Budget budget;

    ModelUnderstanding(Extractor extractor, Templates templates, Budget budget) {
        this.extractor = extractor;
        this.templates = templates;
        this.budget = budget;
    }

    @Override
    public Understood understand(Step step, String text, String lang) {
        String instructions = templates.render("llm.extract", lang);
        String data = "Interview question: " + step.key() + "\n" + DataBlock.of("seeker_text", text);
        return budget.call("extract", () -> extractor.extract(instructions, data))
                .map(ModelUnderstanding::understood).orElse(Understood.NOTHING);
    }

    private static Understood understood(Extractor.Extraction e) {
        return new Understood(said(e.roles()), said(e.skills()), said(e.years()), said(e.location()), said(e.remote()));
    }

    private static List<Understood.Said> said(List<Extractor.Item> items) {
        return items == null ? List.of() : items.stream().filter(java.util.Objects::nonNull).map(ModelUnderstanding::said).toList();
    }

    private static Understood.Said said(Extractor.Item i) {
        return i == null ? null : new Understood.Said(i.value(), i.quote());
    }
}
