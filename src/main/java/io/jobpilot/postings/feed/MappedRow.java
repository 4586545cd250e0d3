package io.jobpilot.postings.feed;

import io.jobpilot.postings.Posting;
import io.jobpilot.postings.PostingBuilder;
import io.jobpilot.postings.RowProblem;

import java.time.Instant;
import java.util.function.Function;

/** One CSV or JSONL row read through a {@link ColumnMapping}; problems name the user's column, not the schema field. */
final class MappedRow {
    private final ColumnMapping mapping;
    private final Function<String, String> cells;

    private MappedRow(ColumnMapping mapping, Function<String, String> cells) {
        this.mapping = mapping;
        this.cells = cells;
    }

    /** @param cells column name → raw cell text (null when the row lacks it) */
    static Posting toPosting(String source, ColumnMapping mapping, Function<String, String> cells, Instant fetchedAt) {
        return new MappedRow(mapping, cells).build(source, fetchedAt);
    }

    private Posting build(String source, Instant fetchedAt) {
        PostingBuilder b = new PostingBuilder(source, get("identifier"));
        b.title(get("title"));
        b.description(Html.toText(get("description")));
        b.hiringOrganization(get("hiringOrganization"));
        b.location(Values.location(get("addressLocality"), get("addressRegion"), get("addressCountry"), get("jobLocation")));
        b.remote(Values.yes(column("remote"), get("remote")));
        Values.split(get("employmentType"), Values.LIST).forEach(t -> b.employmentType(column("employmentType"), t));
        b.salary(PostingBuilder.number(column("salaryMin"), get("salaryMin")),
                PostingBuilder.number(column("salaryMax"), get("salaryMax")), get("salaryCurrency"),
                SalaryUnits.of(column("salaryUnit"), get("salaryUnit")));
        b.datePosted(column("datePosted"), get("datePosted"));
        b.validThrough(column("validThrough"), get("validThrough"));
        Values.split(get("skills"), Values.LIST).forEach(b::skill);
        b.qualifications(Html.toText(get("qualifications")));
        b.responsibilities(Html.toText(get("responsibilities")));
        b.educationRequirements(get("educationRequirements"));
        Values.split(get("requiredCertificates"), Values.LIST).forEach(b::requiredCertificate);
        b.experienceRequirements(get("experienceRequirements"));
        b.experienceMonths(months());
        b.occupationalCategory(get("occupationalCategory"));
        b.industry(get("industry"));
        b.url(get("url"));
        b.language(Values.language(get("language")));
        return b.build(fetchedAt);
    }

    private Integer months() {
        Double v = PostingBuilder.number(column("experienceMonths"), get("experienceMonths"));
        if (v == null) {
            return null;
        }
        if (v < 0 || v != Math.rint(v)) {
            throw new RowProblem(column("experienceMonths"), "not a whole, non-negative number of months: '" + get("experienceMonths") + "'");
        }
        return v.intValue();
    }

    private String get(String field) {
        String column = mapping.column(field);
        return column == null ? null : cells.apply(column);
    }

    private String column(String field) {
        String column = mapping.column(field);
        return column == null ? field : column;
    }
}
