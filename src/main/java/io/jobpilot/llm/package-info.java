/**
 * LangChain4j wiring only (no other package imports dev.langchain4j): the chat model a configuration names
 * (OpenAI-compatible or Ollama), AI services that read slots from answers, phrase replies and answer free questions
 * with tools bound to the current user, the chat memory kept in the store, the per-turn time budget with its offline
 * fallback, and the embedding model behind {@link io.jobpilot.taxonomy.TextEmbedder} (the built-in MiniLM, ONNX
 * files a deployer supplies, or an OpenAI-compatible or Ollama embedding endpoint). The model proposes;
 * the interview and the conversation check every proposal (quotes of the seeker's text, facts of a reply).
 */
package io.jobpilot.llm;
