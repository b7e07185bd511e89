/**
 * What differs between the desktop app, browser mode, the CLI and tests: the better-sqlite3 addon built for
 * the running ABI (Electron's differs from Node's), the clock and the id factory. The composition root
 * (`openApp`) builds one and hands the same object to every service, so nothing opens a database or stamps
 * a date on the side.
 */
export interface Platform {
  /** Path of the addon, or the loaded addon itself (better-sqlite3 accepts both); absent: Node's own build. */
  nativeBinding?: string | object;
  clock: () => Date;
  newId: () => string;
}

/** better-sqlite3's `nativeBinding` option for this platform (its types only know the path form). */
export function bindingOption(platform: Platform): { nativeBinding?: string } {
  return platform.nativeBinding === undefined ? {} : { nativeBinding: platform.nativeBinding as string };
}
