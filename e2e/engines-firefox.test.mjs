// Smoke run in Firefox ESR (Debian's firefox-esr through geckodriver from crates.io).
// The steps are in engines-smoke.mjs; scripts/setup.sh installs the browser and its driver.
import { smokeSuite } from "./engines-smoke.mjs";

smokeSuite("firefox");
