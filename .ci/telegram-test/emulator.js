// Starts the Telegram Bot API emulator (telegram-test-api) for jobpilot's integration tests.
// Usage: node emulator.js PORT — prints "listening PORT" once it accepts requests; stops on SIGTERM or when stdin closes.
'use strict';
const TelegramServer = require('telegram-test-api');

const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`usage: node emulator.js PORT (a port from 1 to 65535), got ${process.argv[2]}`);
  process.exit(2);
}
const server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 600 });
server.start().then(() => console.log(`listening ${port}`), (e) => {
  console.error(`cannot start the emulator on port ${port}: ${e.message}`);
  process.exit(1);
});
const stop = () => server.stop().finally(() => process.exit(0));
process.on('SIGTERM', stop);
process.stdin.on('end', stop); // the test JVM died: do not outlive it
process.stdin.resume();
