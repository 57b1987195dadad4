// Types of child-flags.js, for the tests.
export declare const HEAP_MB: number;
export declare const SEMI_SPACE_MB: number;
export declare const INITIAL_OLD_SPACE_MB: number;
export declare const GC_FLAG: string;
export declare function childFlags(userFlags: readonly string[]): { flags: string[]; limited: boolean };
