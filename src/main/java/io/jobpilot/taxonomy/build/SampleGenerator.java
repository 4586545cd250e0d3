package io.jobpilot.taxonomy.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The shipped sample of real postings: the ALIO public-institution postings (titles only, rewritten into the ALIO
 * API's own JSON shape so the ALIO reader reads them) and the NYC Open Data postings (copied as they are).
 */
final class SampleGenerator {
    private SampleGenerator() {
    }

    static void write(Path from, Path out, PrintStream log) throws IOException {
        Path dir = Files.createDirectories(out.resolve("postings"));
        List<Map<String, String>> rows = SourceCsv.csv(from.resolve("kr-alio-postings/alio_public_postings_from_readme_history.csv"));
        ObjectMapper json = new ObjectMapper();
        ArrayNode items = json.createArrayNode();
        for (Map<String, String> r : rows) {
            ObjectNode o = items.addObject();
            o.put("recrutPblntSn", "h" + id(r.get("institution") + "|" + r.get("title") + "|" + r.get("start_date")
                    + "|" + r.get("end_date")));
            o.put("instNm", r.get("institution"));
            o.put("recrutPbancTtl", r.get("title"));
            o.put("pbancBgngYmd", r.get("start_date"));
            o.put("pbancEndYmd", r.get("end_date"));
            o.put("hireTypeNmLst", r.get("employment_type"));
            o.put("recrutSeNm", r.get("career_type"));
            o.put("srcUrl", r.get("url"));
        }
        ObjectNode doc = json.createObjectNode();
        doc.put("resultCode", 200);
        doc.put("resultMsg", "snapshot of ALIO postings (public open data, data.go.kr), 2026-02-06..2026-08-22");
        doc.put("totalCount", items.size());
        doc.set("result", items);
        Files.write(dir.resolve("alio_sample.json"), json.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc));
        Path nyc = from.resolve("nyc-postings/nyc_postings.jsonl");
        if (Files.exists(nyc)) {
            Files.write(dir.resolve("nyc_sample.jsonl"), Files.readAllBytes(nyc));
        }
        log.printf("postings/: %d ALIO sample postings%s%n", items.size(), Files.exists(nyc) ? " and the NYC sample" : "");
    }

    private static String id(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
