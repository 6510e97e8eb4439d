// Khata customer portal: sign in with a one-time code, then the dashboard, invoices per business, pay links and PDFs.
(() => {
  const api = '/api/customer-portal';
  const $ = (id) => document.getElementById(id);
  const sections = ['login', 'dashboard', 'business'];
  let phone = null;

  const money = (value) => '₹' + Number(value).toLocaleString('en-IN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const day = (iso) => iso.slice(8, 10) + '-' + iso.slice(5, 7) + '-' + iso.slice(0, 4);   // dd-mm-yyyy, as the messages
  const STATUS = { unpaid: 'not paid', partially_paid: 'partly paid', paid: 'paid in full' };
  const METHOD = { upi: 'UPI', card: 'card', netbanking: 'net banking', cash: 'cash', bank_transfer: 'bank transfer', cheque: 'cheque' };
  const show = (name) => {
    sections.forEach((section) => { $(section).hidden = section !== name; });
    $('sign-out').hidden = name === 'login';
    $('error').hidden = true;
  };
  const fail = (message) => { $('error').textContent = message; $('error').hidden = false; };

  // The short-lived access token lives in this tab only; the 30-day refresh token is an HttpOnly cookie that no script
  // can read (the service sets it on sign-in, and sends it only to /token/refresh).
  const tokens = {
    get access() { return sessionStorage.getItem('khata.token'); },
    save(body) { sessionStorage.setItem('khata.token', body.token); },
    clear() { sessionStorage.removeItem('khata.token'); },
  };

  async function post(path, body) {
    const response = await fetch(api + path, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
    });
    const json = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(json.detail || 'Something went wrong (' + response.status + ')');
    return json;
  }

  async function refreshSession() {
    try { tokens.save(await post('/token/refresh', {})); return true; }
    catch (e) { tokens.clear(); return false; }
  }

  async function signOut() {
    tokens.clear();
    await fetch(api + '/token/refresh', { method: 'DELETE' }).catch(() => null);
    show('login');
  }

  /**
   * GET with the customer's token, or POST when a body is given (null: a POST without one); renews the token once
   * when it has expired.
   */
  async function authorized(path, asBlob, body) {
    for (let attempt = 0; attempt < 2; attempt++) {
      const headers = { Authorization: 'Bearer ' + tokens.access };
      if (body) headers['Content-Type'] = 'application/json';
      const response = await fetch(api + path, body === undefined ? { headers }
        : { method: 'POST', headers, body: body ? JSON.stringify(body) : undefined });
      if (response.status === 401 && attempt === 0 && await refreshSession()) continue;
      if (response.status === 401) { tokens.clear(); show('login'); throw new Error('Please sign in again'); }
      if (!response.ok) {
        const problem = await response.json().catch(() => ({}));
        throw new Error(problem.detail || 'Could not load (' + response.status + ')');
      }
      return asBlob ? response.blob() : response.json();
    }
  }

  // Issue 28: the customer's say on an invoice — it is right, or it is not and why — and the shop's answer.
  const REASONS = { wrong_amount: 'The amount is wrong', not_received: 'I did not receive it', already_paid: 'I already paid',
    not_mine: 'This is not mine', other: 'Something else' };
  const SAID = {
    confirmed: () => 'You said this invoice is right',
    disputed: (s) => 'You said it is not right: ' + (REASONS[s.reason] || s.reason).toLowerCase(),
    corrected: (s) => 'The shop corrected it: ' + money(s.credit) + ' taken off',
    upheld: () => 'The shop says it stands',
  };

  function sayActions(invoice, item) {
    const say = document.createElement('div');
    say.className = 'say';
    if (invoice.customer_say === 'disputed') {
      say.textContent = 'You said this is not right · waiting for the shop\'s answer';
    } else if (invoice.customer_say === 'confirmed') {
      say.textContent = 'You said this invoice is right';
    }
    const buttons = document.createElement('div');
    buttons.className = 'say-buttons';
    if (invoice.customer_say !== 'confirmed') {
      buttons.append(button('confirm', 'It is right', () => authorized('/invoices/' + invoice.invoice_id + '/confirm', false, null)
        .then(() => refreshUntil(() => said(invoice, 'invoice is right')))));
    }
    if (invoice.status !== 'paid' && invoice.customer_say !== 'disputed') {
      buttons.append(button('dispute', 'Not right?', () => { form.hidden = !form.hidden; return Promise.resolve(); }));
    }
    buttons.append(button('history', 'What was said', () => showConversation(invoice, history)));
    const form = disputeForm(invoice);
    const history = document.createElement('ul');
    history.className = 'conversation';
    say.append(buttons, form, history);
    item.append(say);
  }

  function button(css, text, action) {
    const b = document.createElement('button');
    b.type = 'button'; b.className = 'link ' + css; b.textContent = text;
    b.addEventListener('click', () => action().catch((e) => fail(e.message)));
    return b;
  }

  function disputeForm(invoice) {
    const form = document.createElement('form');
    form.className = 'dispute-form'; form.hidden = true;
    const reason = document.createElement('select');
    reason.name = 'reason';
    Object.entries(REASONS).forEach(([code, text]) => reason.append(new Option(text, code)));
    const note = document.createElement('textarea');
    note.name = 'note'; note.maxLength = 500; note.rows = 2; note.placeholder = 'Tell the shop what is wrong (optional)';
    const send = document.createElement('button');
    send.type = 'submit'; send.textContent = 'Send to the shop';
    form.append(reason, note, send);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      authorized('/invoices/' + invoice.invoice_id + '/dispute', false, { reason: reason.value, note: note.value.trim() || null })
        .then(() => refreshUntil(() => said(invoice, 'is not right'))).catch((e) => fail(e.message));
    });
    return form;
  }

  async function showConversation(invoice, list) {
    const conversation = await authorized('/invoices/' + invoice.invoice_id + '/conversation');
    list.replaceChildren(...(conversation.said.length ? conversation.said : [null]).map((said) => {
      const li = document.createElement('li');
      li.textContent = said === null ? 'Nothing said yet'
        : new Date(said.said_at).toLocaleDateString('en-GB').replaceAll('/', '-') + ' · ' + SAID[said.kind](said) + (said.note ? ' — “' + said.note + '”' : '');
      return li;
    }));
  }

  /** After the customer said something: the view they are on, again. */
  function refreshView() {
    return $('business').hidden ? loadDashboard() : loadBusinessInvoices();
  }

  /**
   * The view again until it shows what the customer just did: the service takes it at once, its read models a moment
   * later (at most ten looks, a third of a second apart).
   */
  async function refreshUntil(shown) {
    for (let look = 0; look < 10; look++) {
      await refreshView();
      if (shown()) return;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }

  /** Whether the invoice's line on the page says what the customer said ("right", "not right"). */
  function said(invoice, words) {
    const line = document.querySelector('li.invoice[data-number="' + CSS.escape(invoice.invoice_number) + '"] .say');
    return line !== null && line.firstChild !== null && String(line.firstChild.textContent).includes(words);
  }

  function invoiceItem(invoice, withBusiness) {
    const item = document.createElement('li');
    item.className = 'invoice';
    item.dataset.number = invoice.invoice_number;
    const due = invoice.due_date ? ' · due ' + day(invoice.due_date) : '';
    item.innerHTML = '<div class="row"><strong></strong><span class="amount-small"></span></div>'
      + '<div class="meta"></div><div class="actions"></div>';
    item.querySelector('strong').textContent = invoice.invoice_number + (withBusiness ? ' · ' + invoice.business_name : '');
    item.querySelector('.amount-small').textContent = money(invoice.amount);
    const meta = item.querySelector('.meta');
    meta.textContent = day(invoice.date) + due + ' · ' + (STATUS[invoice.status] || invoice.status);
    meta.className = 'meta status-' + invoice.status;
    (invoice.payments || []).forEach(payment => {
      const paid = document.createElement('div');
      paid.className = 'meta payment';
      const how = METHOD[payment.method] ? ' by ' + METHOD[payment.method] : '';
      paid.textContent = 'Paid ' + money(payment.amount) + ' on ' + day(payment.paid_on) + how + ' · '
        + (payment.via === 'razorpay' ? 'online through Razorpay' : 'noted by the shop');
      meta.after(paid);
    });
    const actions = item.querySelector('.actions');
    if (invoice.status !== 'paid') {
      const pay = document.createElement('a');
      pay.href = invoice.payment_link; pay.textContent = 'Pay ' + money(invoice.outstanding); pay.className = 'pay';
      actions.appendChild(pay);
    }
    const pdf = document.createElement('button');
    pdf.type = 'button'; pdf.className = 'link pdf'; pdf.textContent = 'Download PDF';
    pdf.addEventListener('click', () => downloadPdf(invoice));
    actions.appendChild(pdf);
    sayActions(invoice, item);
    return item;
  }

  async function downloadPdf(invoice) {
    try {
      const blob = await authorized('/invoices/' + invoice.invoice_id + '/pdf', true);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob); link.download = invoice.invoice_number + '.pdf';
      document.body.appendChild(link); link.click(); link.remove();
    } catch (e) { fail(e.message); }
  }

  /** The customer's history with every business: a CSV file (a spreadsheet opens it) in English or Hindi, or a PDF. */
  async function downloadHistory(language, format) {
    const blob = await authorized('/statement/export?lang=' + language + '&format=' + format, true);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob); link.download = 'khata-history-' + language + '.' + format;
    document.body.appendChild(link); link.click(); link.remove();
    $('history-status').textContent = 'Downloaded ' + link.download;
  }

  /**
   * Issue 28: which name each business holds this number under; where the first name is not the network's, "Is this
   * you?". "Not me" stops that business's messages to this number and tells it.
   */
  function holder(business) {
    const who = document.createElement('div');
    who.className = 'holder' + (business.name_differs ? ' differs' : '');
    who.textContent = 'They know this number as ' + business.registered_as + (business.name_differs ? '. Is this you?' : '');
    who.append(button('not-me', 'Not me', async () => {
      if (!confirm(business.business_name + ' will be told this number is not ' + business.registered_as
        + ', and will send nothing more to it.')) return;
      await authorized('/businesses/' + business.business_id + '/not-me', false, null);
      await refreshUntil(() => !$('businesses').textContent.includes(business.registered_as));
    }));
    return who;
  }

  async function loadDashboard() {
    const dashboard = await authorized('/dashboard');
    $('greeting').textContent = 'Namaste' + (dashboard.customer_name ? ', ' + dashboard.customer_name : '');
    $('total-outstanding').textContent = money(dashboard.total_outstanding);
    $('unpaid-count').textContent = 'You have ' + dashboard.unpaid_invoices + ' unpaid invoice' + (dashboard.unpaid_invoices === 1 ? '' : 's');
    const businesses = $('businesses');
    businesses.replaceChildren(...dashboard.businesses.map((business) => {
      const item = document.createElement('li');
      item.className = 'business';
      const open = document.createElement('button');
      open.type = 'button'; open.className = 'link';
      open.textContent = business.business_name + ' — ' + money(business.total_outstanding) + ' due';
      open.addEventListener('click', () => openBusiness(business));
      item.appendChild(open);
      item.appendChild(holder(business));
      return item;
    }));
    $('recent-invoices').replaceChildren(...dashboard.recent_invoices.map((invoice) => invoiceItem(invoice, true)));
    show('dashboard');
  }

  let currentBusiness = null;
  async function openBusiness(business) {
    currentBusiness = business;
    $('business-name').textContent = business.business_name;
    $('business-outstanding').textContent = money(business.total_outstanding);
    await loadBusinessInvoices();
    show('business');
  }

  async function loadBusinessInvoices() {
    const status = $('status-filter').value;
    const list = await authorized('/invoices?business_id=' + currentBusiness.business_id + (status ? '&status=' + status : ''));
    $('business-invoices').replaceChildren(...list.invoices.map((invoice) => invoiceItem(invoice, false)));
  }

  async function sendCode() {
    phone = $('phone').value.trim();
    const answer = await post('/otp', { phone });
    phone = answer.phone;
    $('code-sent').textContent = 'Enter the 6-digit code sent to ' + answer.phone;
    $('code-form').hidden = false;
    $('code').focus();
  }

  $('phone-form').addEventListener('submit', (event) => { event.preventDefault(); sendCode().catch((e) => fail(e.message)); });
  $('resend').addEventListener('click', () => sendCode().catch((e) => fail(e.message)));
  $('code-form').addEventListener('submit', (event) => {
    event.preventDefault();
    post('/register', { phone, otp: $('code').value.trim() })
      .then((session) => { tokens.save(session); return loadDashboard(); })
      .catch((e) => fail(e.message));
  });
  $('status-filter').addEventListener('change', () => loadBusinessInvoices().catch((e) => fail(e.message)));
  $('back').addEventListener('click', () => loadDashboard().catch((e) => fail(e.message)));
  $('sign-out').addEventListener('click', () => { signOut(); });
  $('history-en').addEventListener('click', () => downloadHistory('en', 'csv').catch((e) => fail(e.message)));
  $('history-hi').addEventListener('click', () => downloadHistory('hi', 'csv').catch((e) => fail(e.message)));
  $('history-pdf').addEventListener('click', () => downloadHistory('en', 'pdf').catch((e) => fail(e.message)));
  $('history-pdf-hi').addEventListener('click', () => downloadHistory('hi', 'pdf').catch((e) => fail(e.message)));

  // Repeat visits: the session remembered in the cookie opens the dashboard directly.
  (tokens.access ? Promise.resolve(true) : refreshSession())
    .then((signedIn) => (signedIn ? loadDashboard() : show('login')))
    .catch(() => show('login'));
})();
