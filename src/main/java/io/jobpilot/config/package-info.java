/** Settings: defaults, {@code config/jobpilot.yaml}, {@code JOBPILOT_*} environment overrides, and validation that lists every problem. */
package io.jobpilot.config;
