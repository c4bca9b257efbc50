/** The sign-in form: the admin token (never an agent token) and a name to record changes under. */
import type { Answer } from "../server/answer.js";
import { html } from "./html.js";
import { plainPage } from "./layout.js";

export function loginPage(status = 200, error?: string): Answer {
  return plainPage(
    status,
    "Sign in",
    html`${error ? html`<p class="notice error" role="alert">${error}</p>` : ""}
<form method="post" action="/admin/login">
<p><label for="login-name">Your name (recorded with every change you make)<br><input id="login-name" name="name" required maxlength="40" autocomplete="username" value="admin"></label></p>
<p><label for="login-token">Admin token (CALKIT_ADMIN_TOKEN)<br><input id="login-token" name="token" type="password" required autocomplete="current-password" class="token"></label></p>
<p><button type="submit" class="primary">Sign in</button></p>
</form>`,
  );
}
