#!/usr/bin/env node
/**
 * Speeds up docx 9.15.2's page layout (docx/layout, which lays out the rapport's table of contents) without changing
 * what it computes: run after every install (package.json's postinstall), idempotent, and loud when it cannot apply.
 *
 * - docx's bundles are built with oxc's `_objectSpread2` helper, which copies every property with
 *   Object.defineProperty; the layout spreads an object for every word it places, so the helper is a third of its
 *   time. On the plain objects it is given (fresh literals, own enumerable data properties, string and symbol keys),
 *   Object.assign copies the same properties, in the same order, to the same values
 *   (tests/unit/docx-patch.test.ts runs both on the shapes the layout spreads).
 * - `knownEastAsianFontOf` lower-cases the font's name and scans the table of East Asian fonts and their aliases on
 *   every width and height measured; its answer depends on the name alone, so it is remembered by name.
 * - A few Unicode-property regular expressions are compiled again for every character tested; without the g or y
 *   flag a regular expression keeps no state between tests, so one instance each is made once.
 * - oxc's `_defineProperty` helper, which sets every field of every docx object, turns its key into a property key
 *   through three helpers (toPropertyKey, toPrimitive, _typeof) even when it is a string already, as it always is in
 *   docx: a string key now skips them (toPropertyKey of a string is that string).
 * - A document's theme, its numbering, and its default styles when it is given no styles, are made when first asked
 *   for (the File's Theme, Numbering and Styles getters) rather than in its constructor: the same objects, made from
 *   the same options, with no other effect (each numbering counts its own ids). A document whose theme and styles are
 *   never asked for (packer.ts writes the ones formatted once) never makes them: they were a tenth of a small
 *   document's time.
 *
 * Not patch-package: it brings deprecated packages (rimraf 2, glob 7, inflight) and their install warnings for what is
 * a handful of exact replacements. A docx other than 9.15.2 stops the install: re-measure and re-check the patch
 * (npm run bench -- docs) before bumping it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const DOCX_VERSION = '9.15.2';
export const MARKER = '/* atelier-coop: patched by scripts/patch-docx.mjs (3) */';

export const ORIGINAL_OBJECT_SPREAD = `function _objectSpread2(e) {
	for (var r = 1; r < arguments.length; r++) {
		var t = null != arguments[r] ? arguments[r] : {};
		r % 2 ? ownKeys(Object(t), !0).forEach(function(r) {
			_defineProperty(e, r, t[r]);
		}) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys(Object(t)).forEach(function(r) {
			Object.defineProperty(e, r, Object.getOwnPropertyDescriptor(t, r));
		});
	}
	return e;
}`;
export const FAST_OBJECT_SPREAD = `function _objectSpread2(e) {
	for (var r = 1; r < arguments.length; r++) {
		var t = arguments[r];
		if (t != null) Object.assign(e, t);
	}
	return e;
}`;

export const ORIGINAL_DEFINE_PROPERTY = `function _defineProperty(e, r, t) {
	return (r = toPropertyKey(r)) in e ? Object.defineProperty(e, r, {`;
export const FAST_DEFINE_PROPERTY = `function _defineProperty(e, r, t) {
	if (typeof r !== "string") r = toPropertyKey(r);
	return r in e ? Object.defineProperty(e, r, {`;

const EAGER_THEME = `this.theme = new Theme(options.theme);`;
const LAZY_THEME = `this.themeOptions = options.theme;`;
const THEME_GETTER = `get Theme() {
		return this.theme;
	}`;
const LAZY_THEME_GETTER = `get Theme() {
		if (this.theme === void 0) this.theme = new Theme(this.themeOptions);
		return this.theme;
	}`;
const EAGER_DEFAULT_STYLES = `} else {
			const stylesFactory = new DefaultStylesFactory();
			this.styles = new Styles(stylesFactory.newInstance());
		}`;
const LAZY_DEFAULT_STYLES = `} else this.styles = void 0; // made when first asked for (get Styles)`;
const STYLES_GETTER = `get Styles() {
		return this.styles;
	}`;
const LAZY_STYLES_GETTER = `get Styles() {
		if (this.styles === void 0) {
			const stylesFactory = new DefaultStylesFactory();
			this.styles = new Styles(stylesFactory.newInstance());
		}
		return this.styles;
	}`;

const EAGER_NUMBERING = `this.numbering = new Numbering(options.numbering ? options.numbering : { config: [] });`;
const LAZY_NUMBERING = `this.numberingOptions = options.numbering ? options.numbering : { config: [] };`;
const NUMBERING_GETTER = `get Numbering() {
		return this.numbering;
	}`;
const LAZY_NUMBERING_GETTER = `get Numbering() {
		if (this.numbering === void 0) this.numbering = new Numbering(this.numberingOptions);
		return this.numbering;
	}`;

const ORIGINAL_EAST_ASIAN = `var knownEastAsianFontOf = (font) => {
	const name = font.toLowerCase();
	return EAST_ASIAN_FONTS.find((candidate) => [candidate.name, ...candidate.aliases].some((alias) => alias.toLowerCase() === name));
};`;
const REMEMBERED_EAST_ASIAN = `var knownEastAsianFonts = /* @__PURE__ */ new Map();
var knownEastAsianFontOf = (font) => {
	if (knownEastAsianFonts.has(font)) return knownEastAsianFonts.get(font);
	const name = font.toLowerCase();
	const known = EAST_ASIAN_FONTS.find((candidate) => [candidate.name, ...candidate.aliases].some((alias) => alias.toLowerCase() === name));
	knownEastAsianFonts.set(font, known);
	return known;
};`;

/** The regular expressions compiled once, by the constant that holds them. */
const HOISTED = {
  ATELIER_MARK_RE: 'new RegExp("\\\\p{M}", "u")',
  ATELIER_LETTER_RE: 'new RegExp("\\\\p{L}", "u")',
  ATELIER_NO_ROOM_RE: 'new RegExp("[\\\\p{Mn}\\\\p{Me}\\\\p{Cf}]", "u")',
};

/** Each file's replacements: [what docx ships, what replaces it]. */
const PATCHES = {
  'dist/index.mjs': [
    [ORIGINAL_OBJECT_SPREAD, FAST_OBJECT_SPREAD],
    [ORIGINAL_DEFINE_PROPERTY, FAST_DEFINE_PROPERTY],
    [EAGER_THEME, LAZY_THEME],
    [THEME_GETTER, LAZY_THEME_GETTER],
    [EAGER_DEFAULT_STYLES, LAZY_DEFAULT_STYLES],
    [STYLES_GETTER, LAZY_STYLES_GETTER],
    [EAGER_NUMBERING, LAZY_NUMBERING],
    [NUMBERING_GETTER, LAZY_NUMBERING_GETTER],
  ],
  'dist/layout.mjs': [
    [ORIGINAL_OBJECT_SPREAD, FAST_OBJECT_SPREAD],
    [ORIGINAL_EAST_ASIAN, REMEMBERED_EAST_ASIAN],
  ],
};

/** The first line of a patched file; an earlier version of this script wrote the same words, with another number or none. */
const MARKER_WORDS = '/* atelier-coop: patched by scripts/patch-docx.mjs';

const once = (text, part) => {
  const at = text.indexOf(part);
  return at >= 0 && text.indexOf(part, at + 1) < 0;
};

/**
 * The patched text of one of docx's files, or an Error saying what did not match. A file patched already (by this
 * version or an earlier one, which applied fewer replacements) gets only the replacements it lacks.
 */
export function patched(path, text) {
  if (text.startsWith(MARKER)) return text;
  let out = text.startsWith(MARKER_WORDS) ? text.slice(text.indexOf('\n') + 1) : text;
  for (const [from, to] of PATCHES[path] ?? []) {
    if (!out.includes(from) && once(out, to)) continue;
    if (!once(out, from)) return new Error(`${path}: the text to replace is not there exactly once`);
    const at = out.indexOf(from);
    out = out.slice(0, at) + to + out.slice(at + from.length);
  }
  if (path === 'dist/layout.mjs') {
    const constants = Object.entries(HOISTED)
      .map(([name, expression]) => `var ${name} = ${expression};`)
      .join('\n');
    if (!out.includes(constants)) {
      for (const [name, expression] of Object.entries(HOISTED)) {
        if (!out.includes(expression)) return new Error(`${path}: ${expression} is not there`);
        out = out.split(expression).join(name);
      }
      out = out.replace('function _objectSpread2(e) {', `${constants}\nfunction _objectSpread2(e) {`);
    }
  }
  return `${MARKER}\n${out}`;
}

function main() {
  const root = fileURLToPath(new URL('../node_modules/docx/', import.meta.url));
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  if (version !== DOCX_VERSION) {
    console.error(
      `scripts/patch-docx.mjs is written for docx ${DOCX_VERSION}, not ${version}: re-check it before upgrading.`,
    );
    process.exit(1);
  }
  for (const path of Object.keys(PATCHES)) {
    const file = join(root, path);
    const text = readFileSync(file, 'utf8');
    const out = patched(path, text);
    if (out instanceof Error) {
      console.error(out.message);
      process.exit(1);
    }
    if (out !== text) writeFileSync(file, out);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
