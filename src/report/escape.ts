/**
 * Text made safe for HTML element content and for attribute values in double or single quotes.
 * Every piece of article text goes through here: a page that says "<script>" or
 * "<img src=x onerror=alert(1)>" must show those characters, not run them.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
