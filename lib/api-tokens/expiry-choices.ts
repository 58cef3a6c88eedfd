// How long a token may live. A module of its own, with no imports, so the settings form (a client
// component) can offer the choices without bundling the server's validation.

/** The longest a token may live; the settings form offers shorter choices and "never". */
export const API_TOKEN_MAX_DAYS = 365;

/** What the settings form offers, in days. */
export const API_TOKEN_EXPIRY_CHOICES = [7, 30, 90, 365] as const;

/** The form's first choice: long enough for a project, short enough that a forgotten token ends. */
export const API_TOKEN_DEFAULT_DAYS = 90;
