/**
 * Certification paths and practice quizzes: the certificate catalogue (AI-literacy ladders of several issuers placed on
 * one L1–L5 scale, Korean data and IT certificates, the certificates 한국직업사전 lists per occupation), the crosswalk
 * between that scale and the profile's AI-use level, the path planner (which certificate to take next, in what order,
 * and how many postings of the current index it would add to the seeker's match list) and the /quiz practice quizzes.
 * Never imports channels or web code.
 */
package io.jobpilot.certification;
