// Types for corpus-compare.mjs (imported by the TypeScript corpus runner).
export declare function firstLine(text: string): string;
export declare function stripSrcloc(line: string): string;
export declare function normaliseStderr(text: string): string;
