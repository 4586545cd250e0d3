/**
 * The web chat channel: the page (classpath folder {@code web}), a WebSocket at {@code /ws} and {@code POST
 * /api/messages} carrying the same JSON, each turn handed to the channel-neutral
 * {@link io.jobpilot.conversation.TurnPipeline}. Javalin types never leave this package; message texts are never
 * logged (they are personal data).
 */
package io.jobpilot.channel.web;
