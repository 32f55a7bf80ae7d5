import { api, jsonOf, Problem } from './api.js';
import * as view from './views.js';

const $ = (selector) => document.querySelector(selector);

const FIRST_LOOK_MS = 250;
const LONGEST_WAIT_MS = 4000;

const state = {
  userId: null,
  followed: null,
  // a new customer, or a new order followed, starts a new run; what comes back for an older one is dropped
  customerRun: 0,
  journeyRun: 0,
  timer: null,
};

const sleep = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });

// ---- problems beside the fields at fault

function clearErrors(form) {
  form.querySelectorAll('.field-error, .form-error').forEach((p) => { p.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach((input) => input.removeAttribute('aria-invalid'));
}

function fieldError(form, name, message) {
  const input = form.elements.namedItem(name);
  if (!input || input.type === 'hidden') return false;
  input.setAttribute('aria-invalid', 'true');
  document.getElementById(`${input.id}-error`).textContent = message;
  return true;
}

function formError(form, message) {
  form.querySelector('.form-error').textContent = message;
}

/** A refusal names its fields (400) or a reason (409, 422) that the form may tie to one of its fields. */
function showProblem(form, problem) {
  const reasonFields = Object.fromEntries((form.dataset.reasonFields || '').split(' ').filter(Boolean)
    .map((pair) => pair.split('=')));
  const loose = [];
  for (const { field, message } of problem.fieldErrors) {
    if (!fieldError(form, field, message)) loose.push(`${field} ${message}`);
  }
  if (problem.fieldErrors.length === 0) {
    const text = [problem.body.title, problem.body.detail].filter(Boolean).join(': ');
    if (!fieldError(form, reasonFields[problem.body.reason], problem.body.detail || text)) loose.push(text);
  }
  if (loose.length) formError(form, loose.join('; '));
  const invalid = form.querySelector('[aria-invalid="true"]');
  if (invalid) invalid.focus();
}

function onSubmit(form, action) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    form.setAttribute('aria-busy', 'true');
    try {
      await action(form);
    } catch (error) {
      if (error instanceof Problem) showProblem(form, error);
      else formError(form, `The shop cannot be reached (${error.message}).`);
    } finally {
      button.disabled = false;
      form.removeAttribute('aria-busy');
    }
  });
}

// ---- the customer and their account, orders and inbox

async function chooseCustomer(userId, user) {
  state.userId = userId;
  const run = ++state.customerRun;
  stopFollowing();
  history.replaceState(null, '', `#user=${userId}`);
  document.body.dataset.customer = 'chosen';
  $('#order-userId').value = userId;
  document.querySelectorAll('.with-customer').forEach((fieldset) => { fieldset.disabled = false; });
  $('#journey-steps').replaceChildren();
  $('#journey-order').textContent = '';
  $('#journey-status').textContent = '';
  $('#journey-hint').hidden = false;
  const who = user || await api.user(userId);
  if (run !== state.customerRun) return;
  $('#who').replaceChildren(view.el('strong', {}, `${who.firstName} ${who.lastName}`),
    ` · ${who.email} · `, view.el('code', { title: who.id }, view.shortId(who.id)));
  await Promise.all([awaitAccount(run), refreshOrders(), refreshInbox()]);
}

/** Billing opens the account when it sees the registration: a moment later. Look again, less and less often. */
async function awaitAccount(run) {
  $('#balance').textContent = 'Opening the account…';
  for (let wait = FIRST_LOOK_MS; run === state.customerRun; wait = Math.min(wait * 2, LONGEST_WAIT_MS)) {
    try {
      await refreshAccount();
      return;
    } catch (error) {
      if (!(error instanceof Problem) || error.status !== 404) throw error;
    }
    await sleep(wait);
  }
}

async function refreshAccount() {
  const userId = state.userId;
  const [account, ledger] = await Promise.all([api.account(userId), api.ledger(userId)]);
  if (userId !== state.userId) return;
  $('#balance').textContent = view.formatMoney(account.balance);
  $('#ledger tbody').replaceChildren(...view.ledgerRows(ledger));
}

async function refreshOrders() {
  const userId = state.userId;
  const orders = await api.orders(userId);
  if (userId !== state.userId) return;
  $('#order-list tbody').replaceChildren(...view.orderRows(orders, state.followed));
}

async function refreshInbox() {
  const userId = state.userId;
  const emails = await api.inbox(userId);
  if (userId !== state.userId) return;
  $('#emails').replaceChildren(...view.emails(emails));
  $('#inbox-count').textContent = emails.length ? `(${emails.length})` : '';
  $('#inbox-hint').hidden = emails.length > 0;
}

const refreshAll = () => Promise.all([refreshAccount(), refreshOrders(), refreshInbox()]).catch(() => {});

// ---- the journey of one order, live

function stopFollowing() {
  clearTimeout(state.timer);
  state.journeyRun += 1;
  state.followed = null;
}

/** Only what is new is added, so that a screen reader announces each step once. */
function showSteps(steps) {
  const list = $('#journey-steps');
  const shown = [...list.children].map((item) => item.dataset.step);
  const samePrefix = shown.every((kind, index) => steps[index] && steps[index].step === kind);
  if (samePrefix) list.append(...view.journeySteps(steps.slice(shown.length)));
  else list.replaceChildren(...view.journeySteps(steps));
}

/**
 * Polls the journey: a first look after 250 ms, then twice as long each time nothing changed, up to 4 s; back to
 * 250 ms when a step arrives. It stops at the email, the last step of an order decided in time.
 */
function follow(orderId) {
  stopFollowing();
  state.followed = orderId;
  const run = state.journeyRun;
  $('#journey-order').textContent = view.shortId(orderId);
  $('#journey-order').title = orderId;
  $('#journey-hint').hidden = true;
  $('#journey-steps').replaceChildren();
  $('#journey-status').textContent = 'Following the order…';
  document.querySelectorAll('#order-list tr[aria-selected]').forEach((row) => row.removeAttribute('aria-selected'));
  const row = document.querySelector(`#order-list button[data-order="${orderId}"]`);
  if (row) row.closest('tr').setAttribute('aria-selected', 'true');

  let wait = FIRST_LOOK_MS;
  let seen = 0;
  const look = async () => {
    let journey;
    try {
      journey = await api.journey(orderId);
    } catch (error) {
      journey = null;
      $('#journey-status').textContent = `The journey cannot be read now (${error.message}); trying again.`;
    }
    if (run !== state.journeyRun) return;
    if (journey) {
      showSteps(journey.steps);
      if (journey.steps.length !== seen) {
        seen = journey.steps.length;
        wait = FIRST_LOOK_MS;
        refreshAll();
      } else {
        wait = Math.min(wait * 2, LONGEST_WAIT_MS);
      }
      const ended = journey.steps.find((step) => step.step === 'APPROVED' || step.step === 'REJECTED');
      if (journey.steps.some((step) => step.step === 'EMAIL_SENT')) {
        $('#journey-status').replaceChildren('Complete: ', view.statusBadge(ended ? ended.step : 'PENDING'),
          ended && ended.reason ? ` for ${ended.reason}` : '', ', and the customer has the email.');
        return;
      }
      $('#journey-status').textContent = `Following live; next look in ${wait} ms.`;
    }
    state.timer = setTimeout(look, wait);
  };
  state.timer = setTimeout(look, 0);
}

// ---- the forms

onSubmit($('#register-form'), async (form) => {
  const user = await api.register(jsonOf(form));
  form.reset();
  await chooseCustomer(user.id, user);
});

onSubmit($('#open-form'), async (form) => {
  const userId = String(new FormData(form).get('userId') || '').trim();
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(userId)) {
    fieldError(form, 'userId', 'must be a user id (a UUID)');
    return;
  }
  await api.user(userId).then((user) => chooseCustomer(userId, user), (error) => {
    if (error instanceof Problem && error.status === 404) fieldError(form, 'userId', error.message);
    else throw error;
  });
});

onSubmit($('#deposit-form'), async (form) => {
  const account = await api.deposit(state.userId, jsonOf(form, ['amount']));
  form.reset();
  $('#balance').textContent = view.formatMoney(account.balance);
  await refreshAccount();
});

onSubmit($('#order-form'), async (form) => {
  const order = await api.placeOrder(jsonOf(form, ['price']));
  $('#order-price').value = '';
  await refreshOrders();
  follow(order.id);
  await refreshAccount();
});

$('#order-list').addEventListener('click', (event) => {
  const button = event.target.closest('button[data-order]');
  if (button) follow(button.dataset.order);
});

const remembered = /^#user=([0-9a-f-]{36})$/i.exec(location.hash);
if (remembered) chooseCustomer(remembered[1]).catch(() => {
  $('#who').textContent = 'That customer is not known here.';
});
