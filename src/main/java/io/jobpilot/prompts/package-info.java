/** Prompt and reply templates: files under {@code prompts/<lang>/}, loaded by name, slots bound explicitly. */
package io.jobpilot.prompts;
