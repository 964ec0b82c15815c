// The peer for tests/bench/gguf_parse: @huggingface/gguf reading the same
// local file, in-process, with the module already loaded (node start-up and
// module loading are not counted, as on the ModelDesk side).
//   node gguf_peer.mjs MODULE_DIR FILE RUNS
// MODULE_DIR is the npm folder that holds node_modules/@huggingface/gguf.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const [moduleDir, file, runsText] = process.argv.slice(2);
const require = createRequire(path.join(path.resolve(moduleDir), "package.json"));
const { gguf } = require("@huggingface/gguf");
// The package does not export its package.json: read it from disk.
const packageJson = path.join(path.resolve(moduleDir), "node_modules", "@huggingface", "gguf", "package.json");
const version = JSON.parse(readFileSync(packageJson, "utf8")).version;
const runs = Math.max(1, Number(runsText || 20));

const times = [];
let result;
for (let run = 0; run < runs + 2; ++run) {
  const start = process.hrtime.bigint();
  result = await gguf(file, { allowLocalFile: true });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (run >= 2) times.push(elapsed); // two warm-up runs, as on the C++ side
}
const tokens = result.metadata["tokenizer.ggml.tokens"];
if (result.tensorInfos.length !== 300 || !tokens || tokens.length !== 150000) {
  console.error(`unexpected parse: ${result.tensorInfos.length} tensors, ${tokens && tokens.length} tokens`);
  process.exit(1);
}
times.sort((a, b) => a - b);
const n = times.length;
const median = n % 2 ? times[(n - 1) / 2] : (times[n / 2 - 1] + times[n / 2]) / 2;
console.log(`peer_version=${version}`);
console.log(`peer_parse_median_ms=${median.toFixed(3)}`);
console.log(`peer_parse_min_ms=${times[0].toFixed(3)}`);
