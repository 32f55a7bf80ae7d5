// The shop's HTTP API as the console uses it. Every path is relative to the page, so the same files work on
// localhost:8080 (the local launcher) and behind the cluster's Ingress, where each prefix has its own service.

/** A refused request: the problem+json of the answer (RFC 9457), or a stand-in for an answer that is not one. */
export class Problem extends Error {
  constructor(status, body) {
    super(body.detail || body.title || `HTTP ${status}`);
    this.status = status;
    this.body = body;
  }

  /** The fields at fault of a 400: [{field, message}]. */
  get fieldErrors() {
    return Array.isArray(this.body.errors) ? this.body.errors : [];
  }
}

async function call(method, path, body) {
  const init = { method, headers: { Accept: 'application/json, application/problem+json' } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = body;
  }
  const response = await fetch(path, init);
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = { title: response.statusText, detail: text.slice(0, 200) };
  }
  if (!response.ok) {
    throw new Problem(response.status, json || { title: response.statusText });
  }
  return json;
}

/**
 * The form's values as JSON. Numbers go as the digits typed, so that "1.001" reaches the server as it was typed
 * and the server, not the browser, says what is wrong with it; empty fields are left out.
 */
export function jsonOf(form, numeric = []) {
  const parts = [];
  for (const [name, raw] of new FormData(form)) {
    const value = String(raw).trim();
    if (value === '') continue;
    const number = numeric.includes(name) && /^-?\d+(\.\d+)?$/.test(value);
    parts.push(`${JSON.stringify(name)}:${number ? value : JSON.stringify(value)}`);
  }
  return `{${parts.join(',')}}`;
}

export const api = {
  register: (json) => call('POST', 'users', json),
  user: (userId) => call('GET', `users/${userId}`),
  account: (userId) => call('GET', `billing/accounts/${userId}`),
  deposit: (userId, json) => call('POST', `billing/accounts/${userId}/deposit`, json),
  ledger: (userId) => call('GET', `billing/accounts/${userId}/transactions`),
  placeOrder: (json) => call('POST', 'orders', json),
  orders: (userId) => call('GET', `orders?userId=${encodeURIComponent(userId)}`),
  journey: (orderId) => call('GET', `orders/${orderId}/journey`),
  inbox: (userId) => call('GET', `notifications?userId=${encodeURIComponent(userId)}`),
};
