/** Escaping for HTML and XML output (the review page, JUnit reports). */

// XML 1.0 allows tab, newline, CR and characters from U+0020; everything else is dropped.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\v\f\u000E-\u001F\uFFFE\uFFFF]/gu;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe in element content and quoted attribute values of HTML and XML. */
export function escapeMarkup(text: string): string {
  return text.replace(XML_INVALID, '').replace(/[&<>"']/gu, (c) => ENTITIES[c]!);
}

/** Text safe inside a CDATA section. */
export function cdata(text: string): string {
  return `<![CDATA[${text.replace(XML_INVALID, '').replace(/\]\]>/gu, ']]]]><![CDATA[>')}]]>`;
}
