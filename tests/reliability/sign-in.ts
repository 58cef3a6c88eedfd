// Signs a translator in over HTTP as the browser's sign-in form does (next-auth credentials):
// fetch the CSRF token with its cookie, post the form, keep the session cookie it sets.

type CookieJar = Map<string, string>;

function keepCookies(jar: CookieJar, response: Response) {
  for (const line of response.headers.getSetCookie()) {
    const pair = line.split(";", 1)[0]!;
    const equals = pair.indexOf("=");
    if (equals > 0) jar.set(pair.slice(0, equals).trim(), pair.slice(equals + 1).trim());
  }
}

const cookieHeader = (jar: CookieJar) => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

/** Returns the Cookie header of a fresh session of `email`. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const jar: CookieJar = new Map();
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  keepCookies(jar, csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar), origin: baseUrl },
    body: new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: `${baseUrl}/en/dashboard` }),
  });
  keepCookies(jar, response);
  await response.body?.cancel();
  if (![...jar.keys()].some((name) => name.endsWith("next-auth.session-token"))) {
    throw new Error(`signing in ${email} failed: HTTP ${response.status}, no session cookie`);
  }
  return cookieHeader(jar);
}
