/** Maintainer tools that regenerate the shipped certification extracts from public sources. */
package io.jobpilot.certification.build;
