#!/usr/bin/env bash
# Installs, once, what k8s/test/manifests.spec.ts needs to render and validate the manifests without
# a cluster, into the certhub cache (${CERTHUB_CACHE:-~/.cache/certhub}):
#
#   bin/kustomize      sigs.k8s.io/kustomize/kustomize/v5       (go install, Go module proxy)
#   bin/kubeconform    github.com/yannh/kubeconform             (go install, Go module proxy)
#   k8s-schemas/v<K8S_VERSION>-local-strict/*.json
#                      Kubernetes JSON schemas, from the PyPI wheel of kubernetes-validate
#                      (kubeconform's default schema location is GitHub, which is not reachable)
#   k8s-schemas/crd/monitoring.coreos.com/<kind>_<version>.json
#                      ServiceMonitor and PrometheusRule schemas, converted from the CRDs shipped in
#                      the prometheus-operator Go module (go mod download)
#   node/node_modules/js-yaml   only when the workspace does not already resolve js-yaml
#
# Idempotent: every piece is keyed by its pinned version and skipped when present. Progress goes to
# stderr; stdout carries only KEY=VALUE lines that the test reads:
#   KUSTOMIZE=  KUBECONFORM=  SCHEMA_DIR=  K8S_VERSION=  JS_YAML=
# On failure the last stderr line names the tool that could not be installed.
set -euo pipefail

KUSTOMIZE_VERSION=v5.8.2
KUBECONFORM_VERSION=v0.7.0
KUBERNETES_VALIDATE_VERSION=1.37.0 # PyPI wheel carrying schemas for Kubernetes 1.25 … 1.37
K8S_VERSION="${CERTHUB_K8S_VERSION:-1.33.0}"
PROMETHEUS_OPERATOR_VERSION=v0.85.0
JS_YAML_VERSION=4.1.0 # fallback only

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$HERE/../.." && pwd)"
CACHE="${CERTHUB_CACHE:-$HOME/.cache/certhub}"
BIN="$CACHE/bin"
SCHEMAS="$CACHE/k8s-schemas"
mkdir -p "$BIN" "$SCHEMAS"

log() { printf '[k8s tools] %s\n' "$*" >&2; }
fail() {
  printf '[k8s tools] FAILED: %s\n' "$*" >&2
  exit 1
}
need() { command -v "$1" >/dev/null 2>&1 || fail "$1 is not on PATH (needed for $2)"; }

# Parallel test runs share the cache: one installer at a time.
if command -v flock >/dev/null 2>&1; then
  exec 9>"$CACHE/.k8s-tools.lock"
  flock 9
fi

# go_tool <name> <module path of the main package> <version>
go_tool() {
  local name="$1" pkg="$2" version="$3"
  if [[ -x "$BIN/$name" && "$(cat "$BIN/$name.version" 2>/dev/null)" == "$version" ]]; then
    log "$name $version: cached"
    return
  fi
  need go "$name"
  log "$name $version: go install $pkg@$version (first run only, takes a few minutes) …"
  GOBIN="$BIN" GOFLAGS="${GOFLAGS:--buildvcs=false}" go install "$pkg@$version" >&2 ||
    fail "$name: go install $pkg@$version did not succeed"
  echo "$version" >"$BIN/$name.version"
  log "$name $version: installed"
}

go_tool kustomize sigs.k8s.io/kustomize/kustomize/v5 "$KUSTOMIZE_VERSION"
go_tool kubeconform github.com/yannh/kubeconform/cmd/kubeconform "$KUBECONFORM_VERSION"

# ---- Kubernetes JSON schemas (strict: unknown fields are errors) ---------------------------------
K8S_DIR="v${K8S_VERSION}-local-strict"
K8S_STAMP="$SCHEMAS/$K8S_DIR/.kubernetes-validate-$KUBERNETES_VALIDATE_VERSION-local-refs"
if [[ -f "$K8S_STAMP" ]]; then
  log "Kubernetes $K8S_VERSION schemas (kubernetes-validate $KUBERNETES_VALIDATE_VERSION): cached"
else
  need python3 "the Kubernetes JSON schemas (pip download kubernetes-validate)"
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  log "Kubernetes schemas: pip download kubernetes-validate==$KUBERNETES_VALIDATE_VERSION …"
  python3 -m pip download --quiet --no-deps --only-binary=:all: --dest "$tmp" \
    "kubernetes-validate==$KUBERNETES_VALIDATE_VERSION" >&2 ||
    fail "kubernetes-validate $KUBERNETES_VALIDATE_VERSION: pip download did not succeed"
  wheel="$(ls "$tmp"/kubernetes_validate-*.whl)"
  python3 - "$wheel" "$K8S_DIR" "$SCHEMAS" <<'PY' || fail "kubernetes-validate: the wheel has no schemas for $K8S_DIR"
import json, os, sys, zipfile
wheel, wanted, dest = sys.argv[1:]
prefix = f"kubernetes_validate/kubernetes-json-schema/{wanted}/"
with zipfile.ZipFile(wheel) as z:
    names = [n for n in z.namelist() if n.startswith(prefix) and n.endswith(".json")]
    if not names:
        sys.exit(1)
    out = os.path.join(dest, wanted)
    os.makedirs(out, exist_ok=True)
    for n in names:
        # The schemas refer to each other by absolute ids under https://kubernetes.io/api/, which a
        # validator would try to download: drop the ids and make the references file-relative.
        schema = json.loads(z.read(n))
        schema.pop("$id", None)
        text = json.dumps(schema).replace('"/api/_definitions.json#', '"_definitions.json#')
        with open(os.path.join(out, n[len(prefix):]), "w") as dst:
            dst.write(text)
print(f"[k8s tools] Kubernetes schemas: {len(names)} files in {out}", file=sys.stderr)
PY
  touch "$K8S_STAMP"
fi

# ---- a YAML parser for node (the test and the CRD conversion below) ------------------------------
if JS_YAML="$(cd "$REPO_ROOT" && node -p "require.resolve('js-yaml')" 2>/dev/null)"; then
  log "js-yaml: from the workspace ($JS_YAML)"
else
  JS_YAML="$CACHE/node/node_modules/js-yaml/index.js"
  if [[ ! -f "$JS_YAML" ]]; then
    need npm "js-yaml"
    log "js-yaml $JS_YAML_VERSION: npm install into $CACHE/node …"
    npm install --silent --no-audit --no-fund --prefix "$CACHE/node" "js-yaml@$JS_YAML_VERSION" >&2 ||
      fail "js-yaml: npm install did not succeed"
  fi
  log "js-yaml: cached ($JS_YAML)"
fi

# ---- prometheus-operator CRD schemas (ServiceMonitor, PrometheusRule) ----------------------------
CRD_DIR="$SCHEMAS/crd"
CRD_STAMP="$CRD_DIR/.prometheus-operator-$PROMETHEUS_OPERATOR_VERSION"
if [[ -f "$CRD_STAMP" ]]; then
  log "prometheus-operator $PROMETHEUS_OPERATOR_VERSION CRD schemas: cached"
else
  need go "the prometheus-operator CRDs (go mod download)"
  log "prometheus-operator $PROMETHEUS_OPERATOR_VERSION: go mod download …"
  mod_dir="$(cd "$CACHE" && go mod download -json \
    "github.com/prometheus-operator/prometheus-operator@$PROMETHEUS_OPERATOR_VERSION" |
    node -e 'let s="";process.stdin.on("data",(d)=>(s+=d)).on("end",()=>{const j=JSON.parse(s);if(j.Error){console.error(j.Error);process.exit(1)}console.log(j.Dir)})')" ||
    fail "prometheus-operator $PROMETHEUS_OPERATOR_VERSION: go mod download did not succeed"
  rm -rf "$CRD_DIR"
  mkdir -p "$CRD_DIR"
  # Same conversion as kubeconform's openapi2jsonschema.py (strict): openAPIV3Schema per served
  # version, x-kubernetes-int-or-string as string|integer, objects with declared properties close
  # to additional ones, apiVersion/kind pinned.
  JS_YAML="$JS_YAML" node - "$CRD_DIR" \
    "$mod_dir/example/prometheus-operator-crd/monitoring.coreos.com_servicemonitors.yaml" \
    "$mod_dir/example/prometheus-operator-crd/monitoring.coreos.com_prometheusrules.yaml" <<'JS' ||
const fs = require('node:fs');
const path = require('node:path');
const yaml = require(process.env.JS_YAML);
const [outDir, ...crdFiles] = process.argv.slice(2);
function strict(node) {
  if (Array.isArray(node)) return node.map(strict);
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) out[k] = strict(v);
  if (out['x-kubernetes-int-or-string']) {
    delete out.type;
    out.oneOf = [{ type: 'string' }, { type: 'integer' }];
  }
  if (out.properties && out.additionalProperties === undefined && !out['x-kubernetes-preserve-unknown-fields'])
    out.additionalProperties = false;
  return out;
}
for (const file of crdFiles) {
  for (const crd of yaml.loadAll(fs.readFileSync(file, 'utf8'))) {
    if (!crd || crd.kind !== 'CustomResourceDefinition') continue;
    const { group, names } = crd.spec;
    for (const v of crd.spec.versions) {
      const schema = strict(v.schema.openAPIV3Schema);
      schema.properties.apiVersion = { type: 'string', enum: [`${group}/${v.name}`] };
      schema.properties.kind = { type: 'string', enum: [names.kind] };
      schema.required = [...new Set(['apiVersion', 'kind', 'metadata', ...(schema.required ?? [])])];
      schema.properties.metadata = { type: 'object' };
      const dir = path.join(outDir, group);
      fs.mkdirSync(dir, { recursive: true });
      const out = path.join(dir, `${names.kind.toLowerCase()}_${v.name}.json`);
      fs.writeFileSync(out, JSON.stringify(schema, null, 1));
      console.error(`[k8s tools] CRD schema: ${out}`);
    }
  }
}
JS
    fail "prometheus-operator $PROMETHEUS_OPERATOR_VERSION: converting the CRDs to JSON schemas did not succeed"
  touch "$CRD_STAMP"
fi

echo "KUSTOMIZE=$BIN/kustomize"
echo "KUBECONFORM=$BIN/kubeconform"
echo "SCHEMA_DIR=$SCHEMAS"
echo "K8S_VERSION=$K8S_VERSION"
echo "JS_YAML=$JS_YAML"
