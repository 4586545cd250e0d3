package io.jobpilot.taxonomy;

import java.util.List;

/**
 * An occupation from one of the taxonomies, with its labels in the languages that taxonomy has.
 *
 * @param id           {@code esco:<code>}, {@code kr:<dJobCd>} or {@code jp:<slug>}
 * @param labelEn      English preferred label (empty for 한국직업사전 entries)
 * @param labelKo      Korean name (empty for ESCO entries)
 * @param isco         ISCO-08 unit group, when known
 * @param ksco         KSCO unit group (한국직업사전 entries)
 * @param keco         KECO (한국고용직업분류) code (한국직업사전 entries)
 * @param summary      one-sentence description
 * @param tasks        what the job involves (한국직업사전 doWork), may be empty
 * @param education    typical education level, may be empty
 * @param certificates certificates and licences the source lists for it
 * @param skills       skill ids of its curated skill profile (emerging roles), may be empty
 */
public record Occupation(String id, OccupationSource source, String labelEn, String labelKo, List<String> aliasesEn,
                         List<String> aliasesKo, String isco, String ksco, String keco, String summary, String tasks,
                         String education, List<String> certificates, List<String> skills) {

    /** The label to show in the given language, falling back to the one the source has. */
    public String label(String lang) {
        if ("ko".equals(lang)) {
            return labelKo.isEmpty() ? labelEn : labelKo;
        }
        return labelEn.isEmpty() ? labelKo : labelEn;
    }
}
