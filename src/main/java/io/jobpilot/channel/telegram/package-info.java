/**
 * The Telegram channel: long polling (TelegramBots) or a webhook route on the web server, updates turned into the
 * channel-neutral turn, replies drawn as HTML messages with inline keyboards and paged match cards, a paced send queue
 * within Telegram's limits, and pushing of outbox notices. Telegram's types never leave this package.
 */
package io.jobpilot.channel.telegram;
