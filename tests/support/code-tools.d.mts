// Types for code-tools.mjs (plain JavaScript so tests/run.mjs can import it too).
export declare const CODE_TOOLS: Record<string, { debian: string; also: string[] }>;
export declare function findTool(command: string): string | undefined;
export declare function missingPackages(): string[];
