// The token and what it claims, kept in this tab's sessionStorage only.
const TOKEN_KEY = 'bex.dashboard.token';
const GATE_KEY = 'bex.dashboard.gate';
const GATE_CODE = /^[A-Z]{2}-[A-Z0-9]{3}$/;

/** An error whose words are the catalog's (key), so the page shows it in the chosen language. */
function refusal(key) {
  return Object.assign(new Error(key), { i18nKey: key });
}

function base64UrlDecode(text) {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(text.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** The token's claims, for display only: the api verifies the signature on every call. */
export function decodeClaims(token) {
  const parts = token.split('.');
  if (parts.length !== 3) throw refusal('signIn.notJwt');
  let claims;
  try {
    claims = JSON.parse(base64UrlDecode(parts[1]));
  } catch {
    throw refusal('signIn.unreadable');
  }
  if (!claims || typeof claims !== 'object' || typeof claims.authority !== 'string') throw refusal('signIn.noAuthority');
  if (typeof claims.exp === 'number' && claims.exp * 1000 <= Date.now()) throw refusal('signIn.expired');
  return claims;
}

/** The gate the token names, and whether the token is bound to it (only a border branch's). */
export function gateOf(claims) {
  const ownGate = typeof claims.gate === 'string' ? claims.gate : GATE_CODE.test(claims.office || '') ? claims.office : '';
  // A token that is only a border branch's is bound to its own gate: the api refuses any other.
  const bound = Array.isArray(claims.roles) && claims.roles.length > 0 && claims.roles.every((r) => r === 'border-branch') && ownGate;
  return { ownGate, bound };
}

export const savedToken = () => sessionStorage.getItem(TOKEN_KEY);
export const saveToken = (token) => sessionStorage.setItem(TOKEN_KEY, token);
export const savedGate = () => sessionStorage.getItem(GATE_KEY);
export const saveGate = (gate) => sessionStorage.setItem(GATE_KEY, gate);

export function forget() {
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem(GATE_KEY);
}
