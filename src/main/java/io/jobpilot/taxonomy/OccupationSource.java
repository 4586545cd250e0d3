package io.jobpilot.taxonomy;

/** Where an occupation comes from; each source names itself for attribution in replies. */
public enum OccupationSource {
    ESCO("ESCO 1.1.1"),
    KECO("한국직업사전"),
    CURATED("jobpilot curated emerging role");

    private final String attribution;

    OccupationSource(String attribution) {
        this.attribution = attribution;
    }

    public String attribution() {
        return attribution;
    }
}
