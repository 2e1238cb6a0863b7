#!/usr/bin/env node
// Entry of the `zeren` command: runs the bundled CLI (built by `npm run build`, which `npm ci` runs).
import '../dist/zeren.mjs';
