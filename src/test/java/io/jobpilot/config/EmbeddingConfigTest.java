package io.jobpilot.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddingConfigTest {
    @TempDir
    Path dir;

    @Test
    void theBuiltInModelIsTheDefault() {
        assertThat(ConfigLoader.load(null, Map.of()).llm().embeddings()).isEqualTo(EmbeddingConfig.BUILTIN);
    }

    @Test
    void anOnnxModelIsConfiguredFromTheFileWithItsTwoPaths() throws IOException {
        Path model = Files.writeString(dir.resolve("model.onnx"), "x");
        Path tokenizer = Files.writeString(dir.resolve("tokenizer.json"), "{}");
        Path yaml = Files.writeString(dir.resolve("jobpilot.yaml"), "llm:\n  embeddings: onnx\n  embeddingModel: " + model
                + "\n  embeddingTokenizer: " + tokenizer + "\n");
        assertThat(ConfigLoader.load(yaml, Map.of()).llm().embeddings())
                .isEqualTo(new EmbeddingConfig("onnx", model.toString(), tokenizer.toString()));
    }

    @Test
    void anEndpointModelIsConfiguredFromTheEnvironment() {
        Config c = ConfigLoader.load(null, Map.of("JOBPILOT_LLM_EMBEDDINGS", "OpenAI",
                "JOBPILOT_LLM_EMBEDDING_MODEL", "text-embedding-3-large", "OPENAI_API_KEY", "sk-secret-9"));
        assertThat(c.llm().embeddings()).isEqualTo(new EmbeddingConfig("openai", "text-embedding-3-large", ""));
        assertThat(c.llm().toString()).contains("embeddings=openai model=text-embedding-3-large").doesNotContain("sk-secret");
    }

    @Test
    void missingOnnxFilesAreRejectedNamingEachPath() {
        Path missing = dir.resolve("nowhere/model.onnx");
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("JOBPILOT_LLM_EMBEDDINGS", "onnx",
                "JOBPILOT_LLM_EMBEDDING_MODEL", missing.toString())))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.problems()).hasSize(2);
                    assertThat(e.getMessage())
                            .contains("llm.embeddingModel = '" + missing + "' (from environment JOBPILOT_LLM_EMBEDDING_MODEL)")
                            .contains("no readable file at " + missing.toAbsolutePath().normalize())
                            .contains("llm.embeddingTokenizer: required with llm.embeddings = 'onnx'");
                });
    }

    @Test
    void anUnknownKindIsRejectedWithTheValueAndTheChoices() {
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("JOBPILOT_LLM_EMBEDDINGS", "bert")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("llm.embeddings = 'bert'").hasMessageContaining("[builtin, ollama, onnx, openai]");
    }

    @Test
    void settingsTheChosenKindDoesNotUseAreRejectedRatherThanIgnored() {
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("JOBPILOT_LLM_EMBEDDING_MODEL", "nomic-embed-text")))
                .hasMessageContaining("llm.embeddingModel = 'nomic-embed-text'")
                .hasMessageContaining("not used with llm.embeddings = 'builtin'");
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("JOBPILOT_LLM_EMBEDDINGS", "ollama",
                "JOBPILOT_LLM_EMBEDDING_TOKENIZER", "/tmp/tokenizer.json")))
                .hasMessageContaining("llm.embeddingTokenizer = '/tmp/tokenizer.json'");
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("JOBPILOT_LLM_EMBEDDINGS", "ollama",
                "JOBPILOT_LLM_EMBEDDING_MODEL", "nomic embed")))
                .hasMessageContaining("llm.embeddingModel = 'nomic embed'");
    }

    @Test
    void openAisOwnEndpointWithoutAKeyIsRejected() {
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("JOBPILOT_LLM_EMBEDDINGS", "openai")))
                .hasMessageContaining("llm.embeddings = 'openai'").hasMessageContaining("OPENAI_API_KEY");
        assertThat(ConfigLoader.load(null, Map.of("JOBPILOT_LLM_EMBEDDINGS", "openai", "JOBPILOT_LLM_BASE_URL",
                "http://127.0.0.1:8000/v1")).llm().embeddings().kind()).isEqualTo("openai");
    }

    @Test
    void anEndpointOfAnotherProviderThanTheChatModelIsRejected() {
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("JOBPILOT_LLM_PROVIDER", "ollama",
                "JOBPILOT_LLM_EMBEDDINGS", "openai")))
                .hasMessageContaining("llm.embeddings = 'openai'").hasMessageContaining("llm.provider = 'ollama'");
        assertThat(ConfigLoader.load(null, Map.of("JOBPILOT_LLM_PROVIDER", "ollama", "JOBPILOT_LLM_EMBEDDINGS", "ollama"))
                .llm().embeddings().kind()).isEqualTo("ollama");
    }
}
