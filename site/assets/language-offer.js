// On every page: if the browser prefers a language the site has and this page
// is in another one, offer it (never redirect). The offer is written in the
// offered language, from its catalog (site_words.LANGUAGE_OFFER), with a link
// to the same page in it (the language picker's link) and "No thanks". A
// dismissal is remembered for this tab only (sessionStorage); no cookies.
//
// <html data-language-offer> is the observable state: "shown", "none" or "dismissed".

const root = document.documentElement;
const here = new URL("./", import.meta.url);
const KEY = "ea-language-offer-dismissed";

/** The site's language for a browser tag ("zh-TW" -> "zh-Hant", "es-MX" -> "es"), among `codes`. */
export function siteLanguage(tag, codes) {
  const lower = new Map(codes.map((code) => [code.toLowerCase(), code]));
  const parts = tag.toLowerCase().split(/[-_]/);
  if (lower.has(tag.toLowerCase())) return lower.get(tag.toLowerCase());
  if (parts[0] === "zh") {
    const traditional = parts.slice(1).some((part) => ["hant", "tw", "hk", "mo"].includes(part));
    return lower.get(traditional ? "zh-hant" : "zh-hans") || null;
  }
  return lower.get(parts[0]) || null;
}

async function offer() {
  const links = [...document.querySelectorAll("a.md-select__link[hreflang]")];
  const codes = links.map((link) => link.hreflang);
  let wanted = null;
  for (const tag of navigator.languages || [navigator.language]) {
    wanted = tag && siteLanguage(tag, codes);
    if (wanted) break;
  }
  if (!wanted || wanted === root.lang) return "none";
  try {
    if (sessionStorage.getItem(KEY)) return "dismissed";
  } catch {
    // Storage refused: offer anyway.
  }
  let words = {};
  if (wanted !== "en") {
    try {
      const reply = await fetch(new URL(`tools/i18n/${encodeURIComponent(wanted)}.json`, here));
      if (reply.ok) words = await reply.json();
    } catch {
      // The English words still let the person choose.
    }
  }
  const t = (msgid) => words[msgid] || msgid;
  const target = links.find((link) => link.hreflang === wanted);
  const box = document.createElement("aside");
  box.className = "ea-language-offer";
  box.lang = wanted;
  box.setAttribute("aria-label", target.textContent.trim());
  const text = document.createElement("p");
  text.textContent = t("This page is also in your language.") + " ";
  const link = document.createElement("a");
  link.href = target.href;
  link.hreflang = wanted;
  link.textContent = target.textContent.trim();
  text.append(link);
  const dismiss = document.createElement("button");
  dismiss.type = "button";
  dismiss.className = "ea-button ea-button--secondary";
  dismiss.textContent = t("No thanks");
  dismiss.addEventListener("click", () => {
    try {
      sessionStorage.setItem(KEY, "1");
    } catch {
      // Not remembered: it shows again on the next page.
    }
    box.remove();
    root.dataset.languageOffer = "dismissed";
  });
  box.append(text, dismiss);
  // After the quick exit, so it stays the first thing after the skip link.
  const exit = document.querySelector(".ea-exit");
  if (exit) exit.after(box);
  else document.body.prepend(box);
  return "shown";
}

offer().then(
  (state) => (root.dataset.languageOffer = state),
  () => (root.dataset.languageOffer = "none"),
);
