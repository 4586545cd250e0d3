package io.jobpilot.taxonomy;

import io.jobpilot.data.DataFileException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.dict.UserDictionary;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * The Lucene analysers the project uses for text, so the taxonomy and the posting index cut words the same way.
 * Nori lower-cases Latin words too, so one Korean analyser handles mixed Korean/English text.
 */
public final class Analyzers {
    public static final String USER_DICTIONARY = "data/nori_userdict.txt";

    private Analyzers() {
    }

    /** Nori with the shipped user dictionary; compounds kept whole and split (MIXED), particles and endings dropped. */
    public static Analyzer korean() {
        return new KoreanAnalyzer(userDictionary(), KoreanTokenizer.DecompoundMode.MIXED,
                KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS, false);
    }

    /** Lucene's English analyser: stop words removed, Porter stemming ("developers" and "developer" meet). */
    public static Analyzer english() {
        return new EnglishAnalyzer();
    }

    /** The distinct terms the analyser makes of a text, in order. */
    public static java.util.Set<String> terms(Analyzer analyzer, String field, String text) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        try (org.apache.lucene.analysis.TokenStream ts = analyzer.tokenStream(field, text)) {
            var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    static UserDictionary userDictionary() {
        InputStream in = Analyzers.class.getClassLoader().getResourceAsStream(USER_DICTIONARY);
        if (in == null) {
            throw new DataFileException(USER_DICTIONARY, 0, "file is missing from the classpath");
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return UserDictionary.open(r);
        } catch (IOException | RuntimeException e) {
            throw new DataFileException(USER_DICTIONARY, 0, "not a valid Nori user dictionary: " + e.getMessage());
        }
    }
}
