/** The commented .kubeready.yaml that `kubeready init` writes. */
export declare function starterConfig(): string;
/** With `uncommentExamples`, every example is active too: the tests load that version as well. */
export declare function renderStarterConfig(uncommentExamples: boolean): string;
