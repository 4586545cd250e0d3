/** LangChain4j wiring only: for now the in-process embedding model behind {@link io.jobpilot.taxonomy.TextEmbedder}. */
package io.jobpilot.llm;
