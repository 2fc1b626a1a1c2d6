// Writes the request bodies of one HTTP scenario, one JSON body a line, for wrk's scenario.lua to send in turn.
//   node bodies.mjs <scenario> <bench-data.json> <out-file>
// The document is bench/scenarios/<scenario>.graphql (comment lines dropped); the variables come from the seeded data.
import { readFileSync, writeFileSync } from "node:fs";
import { documentOf } from "./documents.mjs";

const [scenario, dataFile, outFile] = process.argv.slice(2);

const data = JSON.parse(readFileSync(dataFile, "utf8"));
const page = Number(process.env.BENCH_PAGE ?? 50);
// The floors and the document cache's pair send the document of the scenario they are compared with.
const query = documentOf({ "floor-dashboard": "dashboard", "floor-trivial": "trivial", "cache-on": "trivial", "cache-off": "trivial" }[scenario] ?? scenario);
let bodies;
switch (scenario) {
  case "trivial":
  case "floor-trivial":
  case "cache-on":
  case "cache-off":
    bodies = [JSON.stringify({ query })];
    break;
  case "dashboard":
  case "floor-dashboard":
    bodies = [JSON.stringify({ query, variables: { first: page } })];
    break;
  case "node":
    bodies = data.nodePlanIds.map((id) => JSON.stringify({ query, variables: { id } }));
    break;
  case "edit":
    // __REVISION__ and __N__ are filled in by scenario.lua: the revision last read for this plan, and a counter so
    // that every edit really changes the answers.
    bodies = data.editPlanIds.slice(0, 64).map((planId) =>
      JSON.stringify({
        query,
        variables: {
          input: {
            planId,
            expectedRevision: "__REVISION__",
            answers: { whatIsImportant: "Staying at home, edit __N__.", whatIsWorking: "Family help most days." },
          },
        },
      }).replace('"__REVISION__"', "__REVISION__"));
    break;
  default:
    console.error(`unknown HTTP scenario ${scenario}`);
    process.exit(2);
}
writeFileSync(outFile, bodies.join("\n") + "\n");
