/**
 * The admin page's stylesheet and script, served from the package (`/admin/static/…`): no build
 * step, no third-party request. The script only adds a copy button; every page works without it.
 */
export const ADMIN_CSS = `
:root { color-scheme: light dark; --fg: #1a1a1a; --bg: #fff; --muted: #555; --line: #c8c8c8;
  --accent: #0b57d0; --ok: #0a6b2f; --bad: #a4161a; --warn: #7a4a00; --cell: #f3f5f8; }
@media (prefers-color-scheme: dark) { :root { --fg: #ececec; --bg: #16181c; --muted: #b4b4b4;
  --line: #4a4d55; --accent: #8ab4f8; --ok: #7ee2a0; --bad: #ff9b9b; --warn: #ffd27a; --cell: #23262c; } }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); }
a { color: var(--accent); }
.skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: .5rem; }
header { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; padding: .75rem 1rem; border-bottom: 1px solid var(--line); }
header nav ul { display: flex; gap: 1rem; list-style: none; margin: 0; padding: 0; flex-wrap: wrap; }
header nav a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 3px; }
header form { margin-left: auto; }
main { padding: 1rem; max-width: 80rem; margin: 0 auto; }
h1 { font-size: 1.5rem; margin: .5rem 0 1rem; } h2 { font-size: 1.2rem; margin-top: 2rem; } h3 { font-size: 1.05rem; }
.scroll { overflow-x: auto; border: 1px solid var(--line); }
table { border-collapse: collapse; min-width: 100%; }
th, td { padding: .4rem .5rem; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
thead th { background: var(--cell); font-size: .9rem; }
select, input, button { font: inherit; color: inherit; background: var(--bg); border: 1px solid var(--muted); border-radius: 4px; padding: .3rem .5rem; min-height: 2.2rem; }
button { cursor: pointer; background: var(--cell); }
button.primary { background: var(--accent); color: var(--bg); border-color: var(--accent); }
button.danger { border-color: var(--bad); color: var(--bad); }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.notice { border: 2px solid var(--ok); padding: .75rem 1rem; border-radius: 6px; margin: 1rem 0; }
.error { border-color: var(--bad); }
.muted { color: var(--muted); }
.token { width: min(100%, 40rem); font-family: ui-monospace, monospace; }
.row { display: flex; flex-wrap: wrap; gap: .5rem; align-items: end; }
.row label { display: flex; flex-direction: column; font-size: .9rem; }
.agent, .approval { border: 1px solid var(--line); border-radius: 6px; padding: .5rem 1rem 1rem; margin: 1rem 0; }
pre { background: var(--cell); padding: .5rem; overflow-x: auto; white-space: pre-wrap; word-break: break-word; }
.verdict-ok { color: var(--ok); } .verdict-bad { color: var(--bad); font-weight: 700; }
.decision { font-weight: 600; } .decision-denied, .decision-refused { color: var(--bad); }
.decision-allowed { color: var(--ok); } .decision-held, .decision-admin { color: var(--warn); }
ol.activity { padding-left: 0; list-style: none; } ol.activity li { border-bottom: 1px solid var(--line); padding: .5rem 0; }
form.inline { display: inline; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

export const ADMIN_JS = `
for (const button of document.querySelectorAll("button[data-copy]")) {
  button.hidden = false;
  button.addEventListener("click", async () => {
    const field = document.getElementById(button.dataset.copy);
    const status = document.getElementById(button.dataset.copy + "-status");
    try {
      await navigator.clipboard.writeText(field.value);
      if (status) status.textContent = "Copied.";
    } catch {
      field.select();
      if (status) status.textContent = "Selected: press Ctrl+C (or Cmd+C) to copy.";
    }
  });
}
`;
