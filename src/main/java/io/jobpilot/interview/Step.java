package io.jobpilot.interview;

/**
 * The interview's steps, in order. Each step asks with the template {@code ask.<key>} and reads the answer in
 * {@link StepReader}; a failed reading keeps the step (re-asked with a hint), "skip" moves on leaving the slot unknown.
 */
public enum Step {
    CONSENT("consent"), TARGET("target"), EXPERIENCE("experience"), SKILLS("skills"), AI_USE("ai_use"),
    LOCATION("location"), SALARY("salary"), EMPLOYMENT("employment"), LANGUAGES("languages"),
    CERTIFICATES("certificates"), SUMMARY("summary"), DONE("done");

    private final String key;

    Step(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The step after this one (DONE stays DONE). */
    public Step next() {
        return this == DONE ? DONE : values()[ordinal() + 1];
    }

    /** True for the steps that ask a question about the seeker (not consent, summary or done). */
    public boolean asksAboutSeeker() {
        return this != CONSENT && this != SUMMARY && this != DONE;
    }

    /** The step a correction names: "change location", "지역 수정", "skills" → LOCATION, SKILLS... */
    static Step named(String text) {
        String t = Answers.norm(text);
        String[][] words = {{"TARGET", "role|job|target|직업|직무|희망 직무|목표"}, {"EXPERIENCE", "experience|years|경력"},
                {"SKILLS", "skill|기술|역량"}, {"AI_USE", "\\bai\\b|인공지능|ai 활용"}, {"LOCATION", "location|place|city|remote|지역|근무지|재택"},
                {"SALARY", "salary|pay|wage|연봉|급여|월급"}, {"EMPLOYMENT", "employment|full-time|part-time|고용|근무 형태"},
                {"LANGUAGES", "language|언어"}, {"CERTIFICATES", "certificate|licen|자격"}};
        for (String[] w : words) {
            if (java.util.regex.Pattern.compile(w[1]).matcher(t).find()) {
                return valueOf(w[0]);
            }
        }
        return null;
    }
}
