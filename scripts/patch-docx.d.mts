/** Types of scripts/patch-docx.mjs, for the test that checks it (tests/unit/docx-patch.test.ts). */
export declare const DOCX_VERSION: string;
export declare const MARKER: string;
export declare const ORIGINAL_OBJECT_SPREAD: string;
export declare const FAST_OBJECT_SPREAD: string;
export declare const ORIGINAL_DEFINE_PROPERTY: string;
export declare const FAST_DEFINE_PROPERTY: string;
export declare function patched(path: string, text: string): string | Error;
