// The tools' words in the page's language, and nothing else: guide pages load
// this (for the quick exit and clinic mode) without starting Python.
//
// Words come from the gettext catalogs (locales/), exported by build.py as
// i18n/LANG.json next to this file, so the tools can speak languages the
// guide pages do not.

const here = new URL("./", import.meta.url);

let words = {};

/** Resolves once the page's words are loaded: tools await it before their first render. */
export const wordsReady = loadWords(document.documentElement.lang).then((loaded) => {
  words = loaded;
});

/**
 * The text for `msgid` in the page's language (English when untranslated),
 * its `%(name)s` blanks filled from `values` (as given: format numbers first).
 */
export function t(msgid, values = null) {
  const text = words[msgid] || msgid;
  if (!values) return text;
  return text.replace(/%\((\w+)\)s/g, (blank, name) => {
    const value = values[name];
    if (value === undefined || value === null) return blank;
    return String(value);
  });
}

async function loadWords(lang) {
  // i18n/CODE.json is named by the registry's code, as <html lang> is ("zh-Hant").
  const code = lang || "en";
  if (code === "en") return {};
  try {
    const reply = await fetch(new URL(`i18n/${encodeURIComponent(code)}.json`, here));
    return reply.ok ? await reply.json() : {};
  } catch {
    return {}; // English words still let the person act.
  }
}
