import { G as newestKubernetesVersion, V as defaultRunSettings } from "./cli.js";

// dist/src/config/starter.js
const sections = [
	{
		comment: ["The lowest severity that makes kubeready exit with code 1: error, warning or info."],
		yaml: ["failOn: warning"],
		active: true
	},
	{
		comment: [`The Kubernetes release the manifests target (default: ${newestKubernetesVersion}, the newest kubeready knows).`, "Quote it: unquoted, 1.30 would be read as the number 1.3."],
		yaml: ["kubernetesVersion: \"1.31\""],
		active: false
	},
	{
		comment: ["The Pod Security Standards level workloads are held to: privileged, baseline or restricted."],
		yaml: ["podSecurity:", `  level: ${defaultRunSettings.podSecurityLevel}`],
		active: true
	},
	{
		comment: ["Files to leave out: a pattern without a slash matches a name at any depth, others a path from here."],
		yaml: [
			"exclude:",
			"  - \"*.generated.yaml\"",
			"  - k8s/vendor/**"
		],
		active: false
	},
	{
		comment: ["Per check: off, a severity (info, warning, error), or severity and options. See kubeready --list-checks."],
		yaml: [
			"checks:",
			"  liveness-probe-missing: off",
			"  pdb-missing: error",
			"  image-digest-missing: warning   # off unless configured",
			"  readiness-probe-slow: { severity: warning, options: { maxSeconds: 30 } }"
		],
		active: false
	},
	{
		comment: ["The node shapes pods must fit on (requests-exceed-node reports nothing until one is set)."],
		yaml: [
			"nodeProfiles:",
			"  - name: m5.large",
			"    allocatable: { cpu: 1930m, memory: 7518Mi, pods: 29 }"
		],
		active: false
	},
	{
		comment: ["The registries images may come from (image-registry-not-allowed reports nothing until set)."],
		yaml: ["allowedRegistries: [registry.example.com, ghcr.io/acme]"],
		active: false
	},
	{
		comment: ["Labels every workload must carry, and the names objects must have (regular expressions, whole match)."],
		yaml: [
			"governance:",
			"  requiredLabels: [app.kubernetes.io/name, { key: team, pattern: \"[a-z][a-z0-9-]*\" }]",
			"  namePattern: { \"*\": \"[a-z][a-z0-9-]*\" }"
		],
		active: false
	},
	{
		comment: ["How Helm charts are rendered with helm template; charts: values and --set pairs for one chart folder."],
		yaml: [
			"helm:",
			"  releaseName: shop",
			"  namespace: shop",
			"  values: [deploy/values-production.yaml]",
			"  set: { image.tag: \"1.4.2\" }",
			"  charts:",
			"    charts/api:",
			"      values: [charts/api/values-production.yaml]"
		],
		active: false
	},
	{
		comment: ["CustomResourceDefinition files or folders whose schemas validate custom resources."],
		yaml: ["crds: [crds/]"],
		active: false
	},
	{
		comment: [
			"Folders whose manifests are applied together with those of their sub-folders (kubectl apply -R).",
			"By default each folder is a deployment unit of its own: objects without a namespace relate only",
			"to the objects of their folder."
		],
		yaml: ["units: [deploy/]"],
		active: false
	},
	{
		comment: ["Images built from this repository's Dockerfiles: image name to Dockerfile. run-as-root and", "image-user-mismatch then read who the image runs as (skaffold.yaml artifacts are read too)."],
		yaml: ["images:", "  registry.example.com/shop/api: services/api/Dockerfile"],
		active: false
	},
	{
		comment: ["What --fix may write that the manifests do not say: the requests requests-missing gives a container", "that sets none (without them it fixes nothing). A check's fixes are turned off in checks: { fix: false }."],
		yaml: ["fix:", "  defaultRequests: { cpu: 100m, memory: 128Mi }"],
		active: false
	},
	{
		comment: ["Report objects whose kind has no known schema (no bundled schema and no CRD given)."],
		yaml: ["strictKinds: false"],
		active: true
	},
	{
		comment: ["Honour kubeready.io/ignore annotations and # kubeready-ignore comments in the manifests."],
		yaml: ["inlineSuppressions: true"],
		active: true
	},
	{
		comment: ["Findings to suppress: each entry names checks, optionally the objects (globs on kind, namespace, name,", "container, file) and says why. Suppressed findings are still listed as suppressed in json and sarif."],
		yaml: [
			"ignore:",
			"  - checks: [run-as-root]",
			"    kind: Deployment",
			"    namespace: billing",
			"    name: invoice-*",
			"    container: app",
			"    reason: The vendor image runs as root until the vendor ships a fix (TICKET-123).",
			"  - checks: [image-digest-missing, image-untagged]",
			"    file: k8s/dev/**",
			"    reason: Development manifests follow the latest build on purpose."
		],
		active: false
	}
];
const header = [
	"# kubeready configuration, found in this folder and the folders below it (or given with --config).",
	"# Every key is optional: a key left out or commented out keeps its default. Command-line flags",
	"# override what is set here. Relative paths are relative to this file.",
	"# Completion and checking in editors that use yaml-language-server (schema shipped with kubeready):",
	"# yaml-language-server: $schema=./node_modules/kubeready/schemas/config.schema.json"
];
/** The commented .kubeready.yaml that `kubeready init` writes. */
function starterConfig() {
	return renderStarterConfig(false);
}
/** With `uncommentExamples`, every example is active too: the tests load that version as well. */
function renderStarterConfig(uncommentExamples) {
	const lines = [...header];
	for (const section of sections) {
		lines.push("", ...section.comment.map((line) => `# ${line}`));
		const active = section.active || uncommentExamples;
		lines.push(...section.yaml.map((line) => active ? line : `# ${line}`));
	}
	return `${lines.join("\n")}\n`;
}

export { starterConfig };