/** The seeker profile (skills with evidence, targets, preferences, consent flags) and its versioned store interface. */
package io.jobpilot.profile;
