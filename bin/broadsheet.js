#!/usr/bin/env node
// Entry point: compiles the TypeScript sources (see compile.js) and runs the CLI.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { compile } from "./compile.js";

// Stack traces of bugs point into src/*.ts.
process.setSourceMapsEnabled(true);
const dir = await compile();
const { main } = await import(pathToFileURL(path.join(dir, "cli.js")).href);
process.exitCode = await main(process.argv.slice(2));
