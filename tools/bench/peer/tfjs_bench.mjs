#!/usr/bin/env node
// Times the ORIGINAL MoveNet SinglePose TFJS graph models (the files tools/movenet/fetch_weights.sh puts in
// tools/build/movenet, the ones models/*.pt are converted from) with TensorFlow.js in Node: the WASM backend
// (the peer runtime of issue 18), and the plain-JS CPU backend for reference. No network: models and .wasm
// binaries are read from disk.
//
// Usage (from tools/bench/peer, after `npm ci`; tools/bench/peer_table.sh does all of it):
//   node tfjs_bench.mjs [--backend wasm,cpu] [--model thunder,lightning] [--warmup 15] [--runs 150] [--rounds 3]
//                       [--threads N] [--models-dir DIR] [--json FILE]
//
// The input is the one `medius bench` feeds its "model forward only" timing (SpeedBenchmark.modelOnly): value i
// of the S*S*3 NHWC input is (i * 31) % 256, here as the graph's own int32 input. One timed inference is
// execute() plus reading the [1,1,17,3] output back (dataSync), as Medius's inferRaw reads its output into a
// float[]. Each round: `runs` inferences after the warm-up; the median over rounds is reported, the spread beside.
//
// Threads: tfjs-backend-wasm 4.22.0 hard-codes WASM_HAS_MULTITHREAD_SUPPORT = false under Node (tfjs issue
// 3830), so in Node it always runs the single-threaded SIMD binary, whatever --threads says; the output says
// which binary ran and how many threads it reports.

import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const tf = require('@tensorflow/tfjs-core');
require('@tensorflow/tfjs-backend-cpu');
const wasm = require('@tensorflow/tfjs-backend-wasm');
const tfconv = require('@tensorflow/tfjs-converter');

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..', '..', '..');
const INPUT_SIZE = { thunder: 256, lightning: 192 };

function parseArgs(argv) {
  const a = { backends: ['wasm', 'cpu'], models: ['thunder', 'lightning'], warmup: 15, runs: 150, rounds: 3,
    threads: os.availableParallelism ? os.availableParallelism() : os.cpus().length,
    modelsDir: path.join(REPO, 'tools', 'build', 'movenet'), json: null };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = () => {
      if (i + 1 >= argv.length) throw new Error(`${k} needs a value`);
      return argv[++i];
    };
    if (k === '--backend') a.backends = v().split(',');
    else if (k === '--model') a.models = v().split(',');
    else if (k === '--warmup') a.warmup = parseInt(v(), 10);
    else if (k === '--runs') a.runs = parseInt(v(), 10);
    else if (k === '--rounds') a.rounds = parseInt(v(), 10);
    else if (k === '--threads') a.threads = parseInt(v(), 10);
    else if (k === '--models-dir') a.modelsDir = v();
    else if (k === '--json') a.json = v();
    else throw new Error(`unknown argument ${k}`);
  }
  for (const m of a.models) if (!(m in INPUT_SIZE)) throw new Error(`unknown model ${m}`);
  for (const b of a.backends) if (b !== 'wasm' && b !== 'cpu') throw new Error(`unknown backend ${b}`);
  return a;
}

async function loadModel(modelsDir, model) {
  const jsonPath = path.join(modelsDir, `movenet-${model}.json`);
  if (!fs.existsSync(jsonPath)) throw new Error(`${jsonPath} is missing: run bash tools/movenet/fetch_weights.sh`);
  const json = JSON.parse(fs.readFileSync(jsonPath, 'utf8'));
  const weightSpecs = [];
  const buffers = [];
  for (const group of json.weightsManifest) {
    weightSpecs.push(...group.weights);
    for (const p of group.paths) buffers.push(fs.readFileSync(path.join(modelsDir, p)));
  }
  const all = Buffer.concat(buffers);
  return tfconv.loadGraphModel(tf.io.fromMemory({
    modelTopology: json.modelTopology, format: json.format, generatedBy: json.generatedBy,
    convertedBy: json.convertedBy, signature: json.signature, userDefinedMetadata: json.userDefinedMetadata,
    modelInitializer: json.modelInitializer, weightSpecs,
    weightData: all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength),
  }));
}

function benchInput(size) {
  const v = new Int32Array(size * size * 3);
  for (let i = 0; i < v.length; i++) v[i] = (i * 31) % 256;
  return v;
}

function infer(graphModel, input) {
  const out = graphModel.execute(input);
  const values = out.dataSync();
  out.dispose();
  if (values.length !== 51) throw new Error(`expected 51 outputs, got ${values.length}`);
  return values;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function pkgVersion(name) {
  return JSON.parse(fs.readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;
}

async function useBackend(name, threads) {
  if (name === 'wasm') {
    // the .wasm binaries from the installed package, read from disk (no fetch)
    const dir = path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json'));
    wasm.setWasmPaths(path.join(dir, 'dist') + path.sep);
    wasm.setThreadsCount(threads);
  }
  if (!(await tf.setBackend(name))) throw new Error(`backend ${name} failed to initialise`);
  await tf.ready();
  tf.backend().firstUse = false; // no "install tfjs-node" banner
  const info = { backend: name };
  if (name === 'wasm') {
    const simd = await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT');
    const mt = await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT');
    info.binary = simd && mt ? 'tfjs-backend-wasm-threaded-simd.wasm' : simd ? 'tfjs-backend-wasm-simd.wasm'
      : 'tfjs-backend-wasm.wasm';
    info.threadsRequested = threads;
    info.threads = wasm.getThreadsCount();
    info.simd = simd;
    info.multithreadSupported = mt;
  } else {
    info.threads = 1;
  }
  return info;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    cores: os.availableParallelism ? os.availableParallelism() : os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    versions: Object.fromEntries(['@tensorflow/tfjs-core', '@tensorflow/tfjs-converter', '@tensorflow/tfjs-backend-cpu',
      '@tensorflow/tfjs-backend-wasm'].map((n) => [n, pkgVersion(n)])),
    warmup: args.warmup, runs: args.runs, rounds: args.rounds,
    input: '(i * 31) % 256 as int32 [1,S,S,3], as medius bench "model forward only"',
    rows: [],
  };
  for (const backend of args.backends) {
    const info = await useBackend(backend, args.threads);
    for (const model of args.models) {
      const size = INPUT_SIZE[model];
      const graphModel = await loadModel(args.modelsDir, model);
      const input = tf.tensor(benchInput(size), [1, size, size, 3], 'int32');
      for (let i = 0; i < args.warmup; i++) infer(graphModel, input);
      const ms = [];
      let last = null;
      for (let r = 0; r < args.rounds; r++) {
        const start = process.hrtime.bigint();
        for (let i = 0; i < args.runs; i++) last = infer(graphModel, input);
        ms.push(Number(process.hrtime.bigint() - start) / 1e6 / args.runs);
      }
      input.dispose();
      graphModel.dispose();
      const row = { ...info, model, msPerFrame: median(ms), minMs: Math.min(...ms), maxMs: Math.max(...ms),
        maxScore: Math.max(...Array.from(last).filter((_, i) => i % 3 === 2)) };
      result.rows.push(row);
      console.error(`${backend} ${model}: ${row.msPerFrame.toFixed(2)} ms/frame [${row.minMs.toFixed(2)}-`
        + `${row.maxMs.toFixed(2)}] over ${args.rounds} x ${args.runs} (${info.binary ?? 'plain JS'}, `
        + `threads ${info.threads})`);
    }
  }
  const text = JSON.stringify(result, null, 2);
  if (args.json) fs.writeFileSync(args.json, text + '\n');
  else console.log(text);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
