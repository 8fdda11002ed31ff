// Smoke run in WebKit, the Safari engine (Debian's webkit2gtk-driver: WebKitWebDriver and MiniBrowser in Xvfb).
// The steps are in engines-smoke.mjs; scripts/setup.sh installs the browser and its driver.
import { smokeSuite } from "./engines-smoke.mjs";

smokeSuite("webkit");
