// Loads a GGUF with the real llama.cpp (node-llama-cpp) and generates 4
// tokens. Run in a child process: a broken file may abort the loader.
import {getLlama, LlamaCompletion} from "node-llama-cpp";

const modelPath = process.argv[2];
const llama = await getLlama({gpu: false, build: "never", logLevel: "error"});
const model = await llama.loadModel({modelPath});
const context = await model.createContext({contextSize: 64});
const completion = new LlamaCompletion({contextSequence: context.getSequence()});
let tokens = 0;
await completion.generateCompletion("hello the model", {maxTokens: 4, onToken: (chunk) => { tokens += chunk.length; }});
console.log(JSON.stringify({model: modelPath, tokens}));
await llama.dispose();
process.exit(tokens === 4 ? 0 : 3);
