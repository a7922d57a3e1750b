/** Types of what tests and benchmarks import from lean-nodejieba.mjs. */
export declare const MARKER: string;
export declare function leanSource(source: string): string | null;
export declare function installedBuild(): 'lean' | 'stock';
