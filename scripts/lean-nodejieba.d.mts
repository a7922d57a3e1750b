/** Types of the one pure function tests import from lean-nodejieba.mjs. */
export declare const MARKER: string;
export declare function leanSource(source: string): string | null;
