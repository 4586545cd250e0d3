/**
 * The bilingual taxonomy: occupations (ESCO, 한국직업사전, curated emerging roles), skills with Korean and English
 * labels, justified links between the taxonomies, title normalisation and skill extraction. No LLM.
 */
package io.jobpilot.taxonomy;
