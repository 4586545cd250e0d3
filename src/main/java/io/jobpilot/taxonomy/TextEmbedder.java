package io.jobpilot.taxonomy;

/**
 * Turns a short English text into a unit-length vector. The taxonomy only needs this interface; the model behind it
 * (LangChain4j's in-process all-MiniLM-L6-v2 by default) is wired in by the {@code llm} package.
 */
public interface TextEmbedder {
    /** A unit-length vector of {@link #dimensions()} floats. */
    float[] embed(String text);

    int dimensions();

    /** Names the model, so vectors made by one model are never compared with another's. */
    String model();
}
