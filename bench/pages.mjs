// Writes the benchmark's two comparison pages into bench/build/:
//   peer/   the question bank rendered by SurveyJS (survey-core + survey-js-ui from npm, served
//           from this machine: no CDN, and the "fontless" theme, whose default sibling would
//           fetch Open Sans from Google Fonts);
//   floor/  our first question as a plain HTML form with our style sheet and no script at all,
//           the floor no framework can beat.
// Both are generated from bench/build/survey.json and plan.json (written by the exporter,
// src/bin/export_surveyjs.rs), so they ask what the widget asks, in its words.
import { mkdir, readFile, writeFile, copyFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const BENCH = fileURLToPath(new URL(".", import.meta.url));
const ROOT = join(BENCH, "..");
const BUILD = join(BENCH, "build");

const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A whole page: the head both pages share, then their own head lines and body. */
const page = (lang, title, head, body) => `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
${head}
</head>
<body>
${body}
</body>
</html>
`;

/** The peer's files, from bench/node_modules (installed by bench/run.sh). */
export const PEER_ASSETS = [
  ["survey-core/survey.core.min.js", "survey.core.min.js"],
  ["survey-js-ui/survey-js-ui.min.js", "survey-js-ui.min.js"],
  ["survey-core/survey-core.fontless.min.css", "survey-core.fontless.min.css"],
];

export async function writePages() {
  const survey = JSON.parse(await readFile(join(BUILD, "survey.json"), "utf8"));
  const plan = JSON.parse(await readFile(join(BUILD, "plan.json"), "utf8"));
  const style = await readFile(join(ROOT, "style", "screener.css"), "utf8");

  await mkdir(join(BUILD, "peer"), { recursive: true });
  for (const [from, to] of PEER_ASSETS) await copyFile(join(BENCH, "node_modules", from), join(BUILD, "peer", to));
  // "</" cannot appear inside an inline script; JSON allows "<\/" for it.
  const surveyJson = JSON.stringify(survey).replace(/<\//g, "<\\/");
  await writeFile(join(BUILD, "peer", "index.html"), page(plan.lang, survey.title, `<link rel="stylesheet" href="survey-core.fontless.min.css">
<script src="survey.core.min.js"></script>
<script src="survey-js-ui.min.js"></script>`, `<div id="survey"></div>
<script>
const survey = new Survey.Model(${surveyJson});
survey.render(document.getElementById("survey"));
</script>`));

  const first = plan.steps[0];
  const name = first.question;
  const choices = first.options
    .map((label, i) => `<div class="choice"><input type="${first.kind === "multiple" ? "checkbox" : "radio"}" id="${name}-${i}" name="${name}" value="${i}"><label for="${name}-${i}">${escapeHtml(label)}</label></div>`)
    .join("\n");
  await mkdir(join(BUILD, "floor"), { recursive: true });
  await writeFile(join(BUILD, "floor", "index.html"), page(plan.lang, survey.title, `<style>${style}</style>`, `<main class="screener">
<p class="title">${escapeHtml(survey.title)}</p>
<div class="step">
<fieldset>
<legend><h1 class="question" tabindex="-1">${escapeHtml(first.heading)}</h1></legend>
${choices}
</fieldset>
<button type="button" class="button">${escapeHtml(plan.continue)}</button>
</div>
</main>`));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await writePages();
