/**
 * The frame every admin page shares (navigation, skip link, sign-out) and the headers every admin
 * answer carries: a strict Content-Security-Policy (only this gateway's own stylesheet and script,
 * no inline code, no framing), no caching, no referrer to other sites.
 */
import type { Answer } from "../server/answer.js";
import { type Html, html } from "./html.js";

export const SECURITY_HEADERS: Record<string, string> = {
  "content-security-policy":
    "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  // same-origin, not no-referrer: with no-referrer the browser sends `Origin: null` on form posts.
  "referrer-policy": "same-origin",
  "cache-control": "no-store",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
};

export type View = "agents" | "activity" | "approvals";

const VIEWS: { view: View; label: string }[] = [
  { view: "agents", label: "Agents" },
  { view: "activity", label: "Activity" },
  { view: "approvals", label: "Approvals" },
];

export interface Frame {
  who: string;
  csrf: string;
}

export function csrfField(frame: Frame): Html {
  return html`<input type="hidden" name="csrf" value="${frame.csrf}">`;
}

export function htmlAnswer(
  status: number,
  body: Html,
  headers: Record<string, string> = {},
): Answer {
  return {
    status,
    headers: { "content-type": "text/html; charset=utf-8", ...SECURITY_HEADERS, ...headers },
    body: body.html,
  };
}

function documentOf(title: string, header: Html, content: Html): Html {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · calkit gateway</title>
<link rel="stylesheet" href="/admin/static/admin.css">
<script src="/admin/static/admin.js" defer></script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
${header}
<main id="main" tabindex="-1">
${content}
</main>
</body>
</html>
`;
}

/** A signed-in page: navigation with the current view marked, sign-out, then the content. */
export function page(frame: Frame, view: View, title: string, content: Html): Answer {
  const header = html`<header>
<strong>calkit gateway</strong>
<nav aria-label="Admin"><ul>
${VIEWS.map(
  (v) =>
    html`<li><a href="/admin/${v.view}"${v.view === view ? html` aria-current="page"` : ""}>${v.label}</a></li>`,
)}
</ul></nav>
<form method="post" action="/admin/logout">${csrfField(frame)}<span class="muted">Signed in as ${frame.who}</span> <button type="submit">Sign out</button></form>
</header>`;
  return htmlAnswer(200, documentOf(title, header, html`<h1>${title}</h1>\n${content}`));
}

/** A page for people who are not signed in (the login form, errors). */
export function plainPage(
  status: number,
  title: string,
  content: Html,
  headers: Record<string, string> = {},
): Answer {
  return htmlAnswer(
    status,
    documentOf(
      title,
      html`<header><strong>calkit gateway</strong></header>`,
      html`<h1>${title}</h1>\n${content}`,
    ),
    headers,
  );
}

export function redirect(location: string, headers: Record<string, string> = {}): Answer {
  return { status: 303, headers: { location, ...SECURITY_HEADERS, ...headers }, body: "" };
}
