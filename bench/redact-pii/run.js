// Reads contract JSON Lines from a file, redacts each post's text with redact-pii's SyncRedactor, and writes one
// JSON line per input line: the same end-to-end job as `./doxguard scan --redact`, for a throughput comparison.
'use strict';
const fs = require('fs');
const readline = require('readline');
const { SyncRedactor } = require('redact-pii');

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node run.js INPUT.jsonl OUTPUT.jsonl');
  process.exit(2);
}

const redactor = new SyncRedactor();
const out = fs.createWriteStream(output);
const rl = readline.createInterface({ input: fs.createReadStream(input), crlfDelay: Infinity });
const started = process.hrtime.bigint();
let records = 0;
rl.on('line', (line) => {
  records++;
  let record;
  try {
    record = JSON.parse(line);
  } catch (e) {
    out.write(JSON.stringify({ id: `line:${records}`, error: 'invalid JSON' }) + '\n');
    return;
  }
  out.write(JSON.stringify({ id: record.id, redacted: redactor.redact(String(record.text)) }) + '\n');
});
rl.on('close', () => {
  out.end(() => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    console.error(`redact-pii: ${records} records in ${seconds.toFixed(2)} s (${(records / seconds).toFixed(0)} records/s)`);
  });
});
