// What the console shows, built from the API's answers. Text goes in as text, never as HTML: emails and names
// are the users' own.

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') node.className = value;
    else node.setAttribute(name, value === true ? '' : value);
  }
  node.append(...children.flat().filter((child) => child !== null && child !== undefined));
  return node;
}

const money = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
export const formatMoney = (amount) => (amount === null || amount === undefined ? '' : money.format(amount));

// the journey's steps are milliseconds apart: show them
const clock = new Intl.DateTimeFormat(undefined, {
  hour: '2-digit', minute: '2-digit', second: '2-digit', fractionalSecondDigits: 3, hourCycle: 'h23',
});
const dayAndTime = new Intl.DateTimeFormat(undefined, {
  month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

function time(iso, format = clock) {
  return el('time', { datetime: iso }, iso ? format.format(new Date(iso)) : '');
}

export const shortId = (id) => (id ? id.slice(0, 8) : '');

const words = (constant) => (constant ? constant.charAt(0) + constant.slice(1).toLowerCase().replaceAll('_', ' ') : '');

export function statusBadge(status) {
  return el('span', { class: `badge badge-${String(status).toLowerCase()}` }, words(status));
}

const MOVEMENTS = { DEPOSIT: 'Deposit', WITHDRAWAL: 'Withdrawal', ORDER_PAYMENT: 'Order payment', REFUND: 'Refund' };
const OUTGOING = new Set(['WITHDRAWAL', 'ORDER_PAYMENT']);

export function ledgerRows(entries) {
  return entries.map((entry) => el('tr', {},
    el('td', { class: 'wide-only' }, time(entry.occurredAt, dayAndTime)),
    el('td', {}, MOVEMENTS[entry.type] || entry.type),
    el('td', { class: `num ${OUTGOING.has(entry.type) ? 'out' : 'in'}` },
      `${OUTGOING.has(entry.type) ? '−' : '+'}${formatMoney(entry.amount)}`),
    el('td', { class: 'num' }, formatMoney(entry.balance)),
    el('td', { class: 'wide-only' }, entry.orderId ? el('code', {}, shortId(entry.orderId)) : '')));
}

export function orderRows(orders, selectedId) {
  return orders.map((order) => el('tr', { 'aria-selected': order.id === selectedId ? 'true' : null },
    el('td', { class: 'wide-only' }, time(order.placedAt, dayAndTime)),
    el('td', {}, el('code', { title: order.id }, shortId(order.id))),
    el('td', { class: 'num' }, formatMoney(order.price)),
    el('td', { class: 'wrap' }, statusBadge(order.status),
      order.reason ? el('span', { class: 'badge-reason' }, order.reason) : null),
    el('td', {}, el('button', { type: 'button', class: 'link', 'data-order': order.id,
      'aria-label': `Journey of order ${shortId(order.id)}` }, 'Journey'))));
}

const STEP_NAMES = {
  PLACED: 'Order placed',
  PAYMENT_REQUESTED: 'Payment requested',
  ACCOUNT_CHARGED: 'Account charged',
  PAYMENT_DECLINED: 'Payment declined',
  PAYMENT_COMPLETED: 'Payment completed',
  APPROVED: 'Order approved',
  REJECTED: 'Order rejected',
  PAYMENT_REFUNDED: 'Late payment refunded',
  ACCOUNT_REFUNDED: 'Account refunded',
  EMAIL_SENT: 'Email sent',
};
const SAD = new Set(['PAYMENT_DECLINED', 'REJECTED', 'PAYMENT_REFUNDED']);

export function journeySteps(steps) {
  return steps.map((step) => el('li', {
    class: `step context-${step.context}${SAD.has(step.step) ? ' sad' : ''}`,
    'data-step': step.step,
  },
  el('div', { class: 'step-head' },
    el('strong', { class: 'step-name' }, STEP_NAMES[step.step] || words(step.step)),
    el('span', { class: 'context' }, step.context),
    time(step.at)),
  step.reason ? el('p', { class: 'step-reason' }, step.reason) : null,
  step.detail ? el('p', { class: 'step-detail' }, step.detail) : null));
}

const EMAIL_KINDS = { ORDER_APPROVED: 'happy', ORDER_REJECTED: 'sad', MESSAGE: 'plain' };

export function emails(notifications) {
  return notifications.map((email) => el('article', {
    class: `email email-${EMAIL_KINDS[email.kind] || 'plain'}`, 'data-kind': email.kind,
  },
  el('header', {},
    el('h3', {}, email.subject),
    el('dl', {},
      el('dt', {}, 'From'), el('dd', {}, 'The shop'),
      el('dt', {}, 'To'), el('dd', {}, email.email),
      el('dt', {}, 'Date'), el('dd', {}, time(email.sentAt, dayAndTime)),
      email.orderId ? [el('dt', {}, 'Order'), el('dd', {}, el('code', {}, shortId(email.orderId)))] : null)),
  el('p', { class: 'email-body' }, email.body)));
}
