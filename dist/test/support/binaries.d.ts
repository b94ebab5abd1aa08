export declare const binDir: string;
export declare const helmBin: string;
export declare const kubectlBin: string;
export declare function ensureBinaries(): void;
