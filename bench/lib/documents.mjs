// A scenario's GraphQL document from bench/scenarios/<name>.graphql, comment lines dropped (they are for readers,
// and would only make every request bigger).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const documentOf = (name) =>
  readFileSync(join(here, "..", "scenarios", `${name}.graphql`), "utf8")
    .split("\n").filter((line) => !line.trimStart().startsWith("#")).join("\n").trim();
