#!/usr/bin/env node
// Validates Kubernetes manifests (multi-document YAML files, e.g. `helm template` output) against
// the OpenAPI schemas of Kubernetes (kubernetes-models) and of the Gateway API
// (@kubernetes-models/gateway-api), offline.
//
//   node validate-manifests.mjs FILE...
//
// Prints one line per document, "ok <apiVersion> <kind> <name>" or "INVALID ... : reason", and
// exits with 1 if any document is invalid, of a kind no schema is known for, or not YAML at all.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

const GATEWAY_API = "gateway.networking.k8s.io";

async function modelClass(apiVersion, kind) {
  const slash = apiVersion.lastIndexOf("/");
  const group = slash < 0 ? "" : apiVersion.slice(0, slash);
  const version = slash < 0 ? apiVersion : apiVersion.slice(slash + 1);
  const specifier =
    group === GATEWAY_API
      ? `@kubernetes-models/gateway-api/${group}/${version}`
      : `kubernetes-models/${group ? `${group}/` : ""}${version}`;
  let module;
  try {
    module = await import(specifier);
  } catch {
    return undefined;
  }
  const model = module[kind];
  // Each model class carries its apiVersion and kind; anything else exported is not a resource.
  return typeof model === "function" && model.apiVersion === apiVersion && model.kind === kind
    ? model
    : undefined;
}

function describe(doc) {
  return `${doc.apiVersion} ${doc.kind} ${doc.metadata?.name ?? "<no name>"}`;
}

async function validate(doc) {
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) {
    return "not a mapping";
  }
  if (typeof doc.apiVersion !== "string" || typeof doc.kind !== "string") {
    return "apiVersion and kind are required";
  }
  if (typeof doc.metadata?.name !== "string" || doc.metadata.name.length === 0) {
    return "metadata.name is required";
  }
  const Model = await modelClass(doc.apiVersion, doc.kind);
  if (!Model) {
    return `no schema known for ${doc.apiVersion} ${doc.kind}`;
  }
  try {
    new Model(doc).validate();
  } catch (error) {
    return error.message ?? String(error);
  }
  return undefined;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node validate-manifests.mjs FILE...");
  process.exit(2);
}

let checked = 0;
let invalid = 0;
for (const file of files) {
  const documents = parseAllDocuments(readFileSync(file, "utf8"), { uniqueKeys: true, strict: true });
  for (const document of documents) {
    if (document.errors.length > 0) {
      invalid++;
      console.log(`INVALID ${file}: YAML: ${document.errors.map((e) => e.message).join("; ")}`);
      continue;
    }
    const doc = document.toJS();
    if (doc === null || doc === undefined) {
      continue; // an empty document, e.g. between two "---"
    }
    checked++;
    const problem = await validate(doc);
    if (problem) {
      invalid++;
      console.log(`INVALID ${file}: ${describe(doc)}: ${problem}`);
    } else {
      console.log(`ok ${describe(doc)}`);
    }
  }
}
console.log(`${checked} manifest(s) checked, ${invalid} invalid`);
process.exit(invalid > 0 || checked === 0 ? 1 : 0);
