/** Before any test: build the CLI as npm run build does (the CLI tests run the binary) and unpack the real helm and kubectl. */
export default function setup(): void;
