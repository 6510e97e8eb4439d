// Khata customer portal: sign in with a one-time code, then the dashboard, invoices per business, pay links and PDFs.
// In the customer's language (issue 27): the texts of each language are one bundle, /portal/i18n/<code>.json, the
// language the one chosen in the switch on every page, else the browser's first that the portal speaks, else English.
(() => {
  const api = '/api/customer-portal';
  const $ = (id) => document.getElementById(id);
  const sections = ['login', 'dashboard', 'business'];
  let phone = null;

  const SPOKEN = ['en', 'hi', 'mr', 'gu', 'bn', 'ta', 'te', 'kn', 'ml', 'pa'];
  const texts = {};
  let language = localStorage.getItem('khata.portal.language')
    || (navigator.languages || [navigator.language]).map((tag) => String(tag).slice(0, 2).toLowerCase()).find((code) => SPOKEN.includes(code))
    || 'en';
  /** The text of a key in the page's language (English where a bundle lacks it), with {names} filled in. */
  const t = (key, values = {}) => String((texts[language] || {})[key] ?? (texts.en || {})[key] ?? key)
    .replace(/\{(\w+)\}/g, (whole, name) => (name in values ? values[name] : whole));

  async function loadTexts(code) {
    if (!texts[code]) {
      const response = await fetch('/portal/i18n/' + code + '.json');
      if (!response.ok) throw new Error('No texts for ' + code);
      texts[code] = await response.json();
    }
  }

  /** The static texts of the page in the chosen language; views drawn from data are drawn again by their loaders. */
  function translate() {
    document.documentElement.lang = language;
    document.title = t('title');
    $('language').value = language;
    $('language').setAttribute('aria-label', t('language'));
    document.querySelectorAll('[data-text]').forEach((element) => { element.textContent = t(element.dataset.text); });
  }

  const money = (value) => '₹' + Number(value).toLocaleString('en-IN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const day = (iso) => iso.slice(8, 10) + '-' + iso.slice(5, 7) + '-' + iso.slice(0, 4);   // dd-mm-yyyy, as the messages
  const METHODS = ['upi', 'card', 'netbanking', 'cash', 'bank_transfer', 'cheque'];
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
    if (!response.ok) throw new Error(json.detail || t('wentWrong', { status: response.status }));
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
      if (response.status === 401) { tokens.clear(); show('login'); throw new Error(t('signInAgain')); }
      if (!response.ok) {
        const problem = await response.json().catch(() => ({}));
        throw new Error(problem.detail || t('couldNotLoad', { status: response.status }));
      }
      return asBlob ? response.blob() : response.json();
    }
  }

  // Issue 28: the customer's say on an invoice — it is right, or it is not and why — and the shop's answer.
  const REASONS = ['wrong_amount', 'not_received', 'already_paid', 'not_mine', 'other'];
  const reason = (code) => (REASONS.includes(code) ? t('reason.' + code) : code);
  const saidText = (s) => t('said.' + s.kind, { reason: s.kind === 'disputed' ? reason(s.reason).toLowerCase() : '', amount: money(s.credit || 0) });

  function sayActions(invoice, item) {
    const say = document.createElement('div');
    say.className = 'say';
    say.dataset.say = invoice.customer_say || '';
    if (invoice.customer_say === 'disputed') {
      say.textContent = t('saidWaiting');
    } else if (invoice.customer_say === 'confirmed') {
      say.textContent = t('saidRight');
    }
    const buttons = document.createElement('div');
    buttons.className = 'say-buttons';
    if (invoice.customer_say !== 'confirmed') {
      buttons.append(button('confirm', t('itIsRight'), () => authorized('/invoices/' + invoice.invoice_id + '/confirm', false, null)
        .then(() => refreshUntil(() => said(invoice, 'confirmed')))));
    }
    if (invoice.status !== 'paid' && invoice.customer_say !== 'disputed') {
      buttons.append(button('dispute', t('notRight'), () => { form.hidden = !form.hidden; return Promise.resolve(); }));
    }
    buttons.append(button('history', t('whatWasSaid'), () => showConversation(invoice, history)));
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
    const choice = document.createElement('select');
    choice.name = 'reason';
    REASONS.forEach((code) => choice.append(new Option(t('reason.' + code), code)));
    const note = document.createElement('textarea');
    note.name = 'note'; note.maxLength = 500; note.rows = 2; note.placeholder = t('notePlaceholder');
    const send = document.createElement('button');
    send.type = 'submit'; send.textContent = t('sendToShop');
    form.append(choice, note, send);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      authorized('/invoices/' + invoice.invoice_id + '/dispute', false, { reason: choice.value, note: note.value.trim() || null })
        .then(() => refreshUntil(() => said(invoice, 'disputed'))).catch((e) => fail(e.message));
    });
    return form;
  }

  async function showConversation(invoice, list) {
    const conversation = await authorized('/invoices/' + invoice.invoice_id + '/conversation');
    list.replaceChildren(...(conversation.said.length ? conversation.said : [null]).map((said) => {
      const li = document.createElement('li');
      li.textContent = said === null ? t('nothingSaid')
        : new Date(said.said_at).toLocaleDateString('en-GB').replaceAll('/', '-') + ' · ' + saidText(said) + (said.note ? ' — “' + said.note + '”' : '');
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

  /** Whether the invoice's line on the page shows what the customer said (confirmed, disputed), in any language. */
  function said(invoice, say) {
    const line = document.querySelector('li.invoice[data-number="' + CSS.escape(invoice.invoice_number) + '"] .say');
    return line !== null && line.dataset.say === say;
  }

  function invoiceItem(invoice, withBusiness) {
    const item = document.createElement('li');
    item.className = 'invoice';
    item.dataset.number = invoice.invoice_number;
    const due = invoice.due_date ? ' · ' + t('due', { date: day(invoice.due_date) }) : '';
    item.innerHTML = '<div class="row"><strong></strong><span class="amount-small"></span></div>'
      + '<div class="meta"></div><div class="actions"></div>';
    item.querySelector('strong').textContent = invoice.invoice_number + (withBusiness ? ' · ' + invoice.business_name : '');
    item.querySelector('.amount-small').textContent = money(invoice.amount);
    const meta = item.querySelector('.meta');
    meta.textContent = day(invoice.date) + due + ' · ' + t('status.' + invoice.status);
    meta.className = 'meta status-' + invoice.status;
    (invoice.payments || []).forEach(payment => {
      const paid = document.createElement('div');
      paid.className = 'meta payment';
      const how = METHODS.includes(payment.method) ? t('byMethod', { method: t('method.' + payment.method) }) : '';
      paid.textContent = t('paidLine', { amount: money(payment.amount), date: day(payment.paid_on), how,
        via: payment.via === 'razorpay' ? t('viaRazorpay') : t('viaShop') });
      meta.after(paid);
    });
    const actions = item.querySelector('.actions');
    if (invoice.status !== 'paid') {
      const pay = document.createElement('a');
      pay.href = invoice.payment_link + (invoice.payment_link.includes('?') ? '&' : '?') + 'lang=' + language;   // the pay page in the same language
      pay.textContent = t('pay', { amount: money(invoice.outstanding) }); pay.className = 'pay';
      actions.appendChild(pay);
    }
    const pdf = document.createElement('button');
    pdf.type = 'button'; pdf.className = 'link pdf'; pdf.textContent = t('invoicePdf');
    pdf.addEventListener('click', () => downloadPdf(invoice));
    actions.appendChild(pdf);
    sayActions(invoice, item);
    return item;
  }

  async function downloadPdf(invoice) {
    try {
      const blob = await authorized('/invoices/' + invoice.invoice_id + '/pdf?lang=' + language, true);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob); link.download = invoice.invoice_number + '.pdf';
      document.body.appendChild(link); link.click(); link.remove();
    } catch (e) { fail(e.message); }
  }

  /** The customer's history with every business, in the page's language: a CSV file (a spreadsheet opens it) or a PDF. */
  async function downloadHistory(language, format) {
    const blob = await authorized('/statement/export?lang=' + language + '&format=' + format, true);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob); link.download = 'khata-history-' + language + '.' + format;
    document.body.appendChild(link); link.click(); link.remove();
    $('history-status').textContent = t('downloaded', { file: link.download });
  }

  /**
   * Issue 28: which name each business holds this number under; where the first name is not the network's, "Is this
   * you?". "Not me" stops that business's messages to this number and tells it.
   */
  function holder(business) {
    const who = document.createElement('div');
    who.className = 'holder' + (business.name_differs ? ' differs' : '');
    who.textContent = t('knownAs', { name: business.registered_as }) + (business.name_differs ? t('isThisYou') : '');
    who.append(button('not-me', t('notMe'), async () => {
      if (!confirm(t('notMeConfirm', { business: business.business_name, name: business.registered_as }))) return;
      await authorized('/businesses/' + business.business_id + '/not-me', false, null);
      await refreshUntil(() => !$('businesses').textContent.includes(business.registered_as));
    }));
    return who;
  }

  let preferences = null;
  async function loadDashboard() {
    const dashboard = await authorized('/dashboard');
    preferences = dashboard.preferences;
    // The customer's own choice opens the portal in their language, unless this browser was switched to another
    const preferred = preferences && preferences.chosen && preferences.preferred_language;
    if (!localStorage.getItem('khata.portal.language') && SPOKEN.includes(preferred) && preferred !== language) {
      await loadTexts(preferred);
      language = preferred;
      translate();
    }
    $('greeting').textContent = dashboard.customer_name ? t('namasteName', { name: dashboard.customer_name }) : t('namaste');
    $('total-outstanding').textContent = money(dashboard.total_outstanding);
    $('unpaid-count').textContent = dashboard.unpaid_invoices === 1 ? t('unpaidOne') : t('unpaidMany', { n: dashboard.unpaid_invoices });
    const businesses = $('businesses');
    businesses.replaceChildren(...dashboard.businesses.map((business) => {
      const item = document.createElement('li');
      item.className = 'business';
      const open = document.createElement('button');
      open.type = 'button'; open.className = 'link';
      open.textContent = t('businessDue', { business: business.business_name, amount: money(business.total_outstanding) });
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
    $('code-sent').textContent = t('codeSent', { phone: answer.phone });
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
  $('history-csv').addEventListener('click', () => downloadHistory(language, 'csv').catch((e) => fail(e.message)));
  $('history-pdf').addEventListener('click', () => downloadHistory(language, 'pdf').catch((e) => fail(e.message)));

  $('language').addEventListener('change', () => {
    const chosen = $('language').value;
    loadTexts(chosen).then(() => {
      language = chosen;
      localStorage.setItem('khata.portal.language', chosen);
      translate();
      if ($('login').hidden && preferences && preferences.preferred_language !== chosen) {
        // signed in: the messages follow the language chosen here
        preferences = { ...preferences, preferred_language: chosen, chosen: true };
        saveLanguage().catch((e) => fail(e.message));
      }
      return $('login').hidden ? refreshView() : null;
    }).catch((e) => fail(e.message));
  });

  async function saveLanguage() {
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await fetch(api + '/preferences', { method: 'PUT',
        headers: { Authorization: 'Bearer ' + tokens.access, 'Content-Type': 'application/json' },
        body: JSON.stringify({ notifications_enabled: preferences.notifications_enabled,
          preferred_channels: preferences.preferred_channels, preferred_language: preferences.preferred_language }) });
      if (response.status === 401 && attempt === 0 && await refreshSession()) continue;
      if (!response.ok) throw new Error(t('couldNotLoad', { status: response.status }));
      return;
    }
  }

  // Repeat visits: the session remembered in the cookie opens the dashboard directly.
  Promise.all([loadTexts('en'), loadTexts(language).catch(() => { language = 'en'; })])
    .then(() => { translate(); return tokens.access ? true : refreshSession(); })
    .then((signedIn) => (signedIn ? loadDashboard() : show('login')))
    .catch(() => show('login'));
})();
