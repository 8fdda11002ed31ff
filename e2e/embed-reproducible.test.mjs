// The build is reproducible: scripts/repro-check.sh clones the current commit into two folders
// with different paths, builds each from scratch (own cargo target dir inside each clone) and
// compares dist/ byte for byte. Two release builds: about 4-6 minutes on 2 cores.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./harness.mjs";

test("two clones in different folders build byte-identical dist/ files", () => {
  const run = spawnSync(join(ROOT, "scripts", "repro-check.sh"), { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 26 });
  const output = `${run.stdout}\n${run.stderr}`;
  assert.equal(run.status, 0, output.slice(-4000));
  assert.match(run.stdout, /reproducible: both clones built byte-identical dist\/ files/);
  // The check compared real builds: the widget document and the loader are among the files.
  for (const file of ["screener.html", "embed.js", "SHA256SUMS"]) assert.match(run.stdout, new RegExp(`^[0-9a-f]{64}  ${file}$`, "m"), file);
});
