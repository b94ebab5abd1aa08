// node --import ./count-modules.mjs ...: on exit, writes to stderr one line "modules: N" and then the URL or
// path of every module the process loaded (ES modules through a load hook, CommonJS from require's cache).
import { createRequire, register } from 'node:module';
import process from 'node:process';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';

const { port1, port2 } = new MessageChannel();
register('./count-modules-hooks.mjs', { parentURL: import.meta.url, data: { port: port2 }, transferList: [port2] });
process.on('exit', () => {
  const loaded = [];
  for (let message = receiveMessageOnPort(port1); message; message = receiveMessageOnPort(port1)) loaded.push(message.message);
  loaded.push(...Object.keys(createRequire(import.meta.url)('node:module')._cache));
  process.stderr.write(`modules: ${loaded.length}\n${loaded.join('\n')}\n`);
});
