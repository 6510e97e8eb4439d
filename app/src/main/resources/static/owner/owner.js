// Owner dashboard, money first: what is owed and by whom, how overdue, what came in (issue 25); then the customer
// network card, a 30-day trend and the report's export (spec owner flow 2); what happened, how the business compares,
// and work in bulk (issue 26). English or Hindi; amounts the Indian way.
(() => {
  const $ = (id) => document.getElementById(id);
  // Signed in with a code (issue 25): the short access token and the chosen business live in this tab only; the
  // 30-day refresh token is an HttpOnly cookie no script reads, sent only to /api/team/token/refresh. The core ledger
  // app may still hand over its own owner token in the address (#token=&business=); that one is not refreshed.
  const params = new URLSearchParams(location.hash.slice(1));
  if (params.get('token')) {
    sessionStorage.setItem('khata.owner.token', params.get('token'));
    sessionStorage.setItem('khata.owner.business', params.get('business'));
    sessionStorage.setItem('khata.owner.role', 'owner');
    sessionStorage.removeItem('khata.owner.team');
    history.replaceState(null, '', location.pathname);
  }
  const session = {
    get token() { return sessionStorage.getItem('khata.owner.token'); },
    get business() { return sessionStorage.getItem('khata.owner.business'); },
    get role() { return sessionStorage.getItem('khata.owner.role'); },
    get team() { return sessionStorage.getItem('khata.owner.team') === '1'; },
    start(body) {
      sessionStorage.setItem('khata.owner.token', body.token);
      sessionStorage.setItem('khata.owner.team', '1');
      memberships = body.businesses;
    },
    pick(membership) {
      sessionStorage.setItem('khata.owner.business', membership.business_id);
      sessionStorage.setItem('khata.owner.role', membership.role);
      sessionStorage.setItem('khata.owner.business-name', membership.business_name);
    },
    clear() { ['token', 'business', 'role', 'team', 'business-name'].forEach((key) => sessionStorage.removeItem('khata.owner.' + key)); },
  };
  let memberships = [];
  const auth = () => ({ Authorization: 'Bearer ' + session.token, 'X-Business-ID': session.business });
  const TEXTS = {
    en: {
      money: 'Money', owed: 'Owed to you', collected: 'Came in this month', overdue: 'Overdue, by days past due',
      debtors: 'Who owes most', recent: 'Latest payments', network: 'Customer network', invoices: 'unpaid invoices', invoice: 'unpaid invoice',
      payments: 'payments', payment: 'payment', ofWhich: 'overdue', remind: 'Remind', reminded: 'Reminder on its way to', nothingToRemind: 'Nothing unpaid for',
      none: 'None yet', notMeasured: 'not measured', days: 'days', other: 'other', switchTo: 'हिन्दी',
      signIn: 'Sign in to your business', phone: 'Your mobile number', sendCode: 'Send code by SMS', code: '6-digit code',
      signInButton: 'Sign in', otherPhone: 'Use another number', pick: 'Which business?', switchBusiness: 'Other business',
      signOut: 'Sign out', codeSent: 'If this number is on a business\'s team, a code is on its way by SMS. It is valid for 10 minutes.',
      noBusiness: 'This number is not on any business\'s team. Ask the owner to add it.', owner: 'owner', staff: 'staff',
      staffNote: 'You are signed in as staff: the money summary and the reports are for the owner.', unpaidInvoices: 'Unpaid invoices',
      feed: 'What happened', markRead: 'Mark all read', online: 'online',
      benchmark: 'How you compare', bulk: 'Work in bulk', remindOverdue: 'Remind every overdue customer',
      importLabel: 'Add customers from a file', importColumns: 'CSV or Excel, first row: name, phone, email, type, opening_balance',
      metrics: { verification_rate: 'Customers verified', portal_access_rate: 'Customers who opened their khata',
        days_to_pay: 'Days to pay', collection_rate: 'Invoices paid', repeat_customer_rate: 'Customers billed again' },
      sizes: { small: 'under 100 customers', medium: '100 to 999 customers', large: '1,000 customers or more' },
      categories: { grocery: 'grocery', agri_inputs: 'agri inputs', pharmacy: 'pharmacy', hardware: 'hardware', clothing: 'clothing',
        electronics: 'electronics', wholesale: 'wholesale', restaurant: 'restaurant', services: 'services', other: 'other' },
      comparedWith: (n, c, s) => 'Compared with ' + n + ' ' + (c ? c + ' ' : '') + 'businesses with ' + s + ' in the network.',
      yours: 'You', middle: (lo, hi, m) => 'Middle half ' + lo + '–' + hi + ' · median ' + m,
      notYet: (n, min) => 'Shown once ' + min + ' businesses like yours have it (now ' + n + ')',
      noneOverdue: 'No customer has an overdue invoice.', waits: (at) => 'Waits for the quiet hours to end: starts at ' + at,
      working: (done, total) => done + ' of ' + total + ' done…', settling: 'All done, updating the lists…',
      remindDone: (n) => 'Reminded ' + n + ' customers.', importDone: (c, k) => 'Imported: ' + c + ' new customers, ' + k + ' already in your khata.',
      refused: (n) => n + (n === '1' ? ' row' : ' rows') + ' could not be imported:', row: 'Row', msgs: { sent: 'sent', delivered: 'delivered', failed: 'failed', suppressed: 'held back', pending: 'on the way' },
      said: {
        verified: (n) => n + ' verified their phone', first_sign_in: (n) => n + ' opened their khata for the first time',
        payment: (n, i, a) => n + ' paid ' + a + (i ? ' for ' + i : ''), reminder_sent: (n, i) => 'Reminder sent to ' + n + (i ? ' for ' + i : ''),
        message_failed: (n, i, a, d) => 'A message to ' + n + ' could not be delivered (' + d + ')',
        disputed: (n, i) => n + ' says ' + i + ' is not right', not_me: (n) => 'The person at ' + n + '\'s number says it is not them',
      },
      due: 'due', disputes: 'Customers say these are not right', correct: 'Correct the amount', uphold: 'It stands',
      newAmount: 'Correct amount (₹)', answerNote: 'Note to the customer', send: 'Send answer', answered: 'Answer sent to',
      reasons: { wrong_amount: 'The amount is wrong', not_received: 'Not received', already_paid: 'Already paid',
        not_mine: 'Not theirs', other: 'Something else' },
      rows: ['Invoices sent', 'Notifications sent', 'Email open rate', 'SMS delivery rate', 'Portal access rate',
        'Repeat customers', 'Avg days to pay', 'Days to pay, not notified', 'Faster with notification', 'Collection rate'],
    },
    hi: {
      money: 'पैसा', owed: 'ग्राहकों पर बकाया', collected: 'इस महीने मिला', overdue: 'देय तिथि निकले कितने दिन हुए',
      debtors: 'किस पर सबसे ज़्यादा बकाया', recent: 'हाल के भुगतान', network: 'ग्राहक नेटवर्क', invoices: 'बिल बाकी', invoice: 'बिल बाकी',
      payments: 'भुगतान', payment: 'भुगतान', ofWhich: 'की देय तिथि निकल चुकी', remind: 'याद दिलाएँ', reminded: 'याद दिलाने का संदेश भेजा जा रहा है:', nothingToRemind: 'कोई बाकी बिल नहीं:',
      none: 'अभी कुछ नहीं', notMeasured: 'मापा नहीं गया', days: 'दिन', other: 'अन्य', switchTo: 'English',
      signIn: 'अपने व्यवसाय में साइन इन करें', phone: 'आपका मोबाइल नंबर', sendCode: 'SMS से कोड भेजें', code: '6 अंकों का कोड',
      signInButton: 'साइन इन करें', otherPhone: 'दूसरा नंबर', pick: 'कौन-सा व्यवसाय?', switchBusiness: 'दूसरा व्यवसाय',
      signOut: 'साइन आउट', codeSent: 'अगर यह नंबर किसी व्यवसाय की टीम में है, तो SMS से कोड आ रहा है। यह 10 मिनट के लिए मान्य है।',
      noBusiness: 'यह नंबर किसी व्यवसाय की टीम में नहीं है। मालिक से इसे जोड़ने को कहें।', owner: 'मालिक', staff: 'स्टाफ़',
      staffNote: 'आप स्टाफ़ के रूप में साइन इन हैं: पैसे का हिसाब और रिपोर्ट मालिक के लिए हैं।', unpaidInvoices: 'बाकी बिल',
      feed: 'क्या हुआ', markRead: 'सब पढ़ लिया', online: 'ऑनलाइन',
      benchmark: 'दूसरों से तुलना', bulk: 'एक साथ काम', remindOverdue: 'सभी बकायेदारों को याद दिलाएँ',
      importLabel: 'फ़ाइल से ग्राहक जोड़ें', importColumns: 'CSV या Excel, पहली पंक्ति: name, phone, email, type, opening_balance',
      metrics: { verification_rate: 'सत्यापित ग्राहक', portal_access_rate: 'खाता खोलने वाले ग्राहक',
        days_to_pay: 'भुगतान में दिन', collection_rate: 'चुकाए गए बिल', repeat_customer_rate: 'दोबारा बिल वाले ग्राहक' },
      sizes: { small: '100 से कम ग्राहक', medium: '100 से 999 ग्राहक', large: '1,000 या ज़्यादा ग्राहक' },
      categories: { grocery: 'किराना', agri_inputs: 'खाद-बीज', pharmacy: 'दवा', hardware: 'हार्डवेयर', clothing: 'कपड़े',
        electronics: 'इलेक्ट्रॉनिक्स', wholesale: 'थोक', restaurant: 'भोजनालय', services: 'सेवा', other: 'अन्य' },
      comparedWith: (n, c, s) => 'नेटवर्क के ' + n + ' ' + (c ? c + ' ' : '') + 'व्यवसायों से तुलना (' + s + ')।',
      yours: 'आप', middle: (lo, hi, m) => 'बीच के आधे ' + lo + '–' + hi + ' · माध्यिका ' + m,
      notYet: (n, min) => 'जब आप जैसे ' + min + ' व्यवसायों का आँकड़ा होगा तब दिखेगा (अभी ' + n + ')',
      noneOverdue: 'किसी ग्राहक का बिल देय तिथि पार नहीं है।', waits: (at) => 'रात के शांत समय के बाद शुरू होगा: ' + at,
      working: (done, total) => total + ' में से ' + done + ' पूरे…', settling: 'सब पूरा, सूचियाँ अपडेट हो रही हैं…',
      remindDone: (n) => n + ' ग्राहकों को याद दिलाया गया।', importDone: (c, k) => 'जोड़े गए: ' + c + ' नए ग्राहक, ' + k + ' पहले से खाते में।',
      refused: (n) => n + ' पंक्तियाँ नहीं जोड़ी जा सकीं:', row: 'पंक्ति', msgs: { sent: 'भेजे गए', delivered: 'पहुँचे', failed: 'विफल', suppressed: 'रोके गए', pending: 'रास्ते में' },
      said: {
        verified: (n) => n + ' ने अपना फ़ोन सत्यापित किया', first_sign_in: (n) => n + ' ने पहली बार अपना खाता खोला',
        payment: (n, i, a) => n + ' ने ' + (i ? i + ' के लिए ' : '') + a + ' दिए', reminder_sent: (n, i) => n + ' को ' + (i ? i + ' की ' : '') + 'याद दिलाई गई',
        message_failed: (n, i, a, d) => n + ' को संदेश नहीं पहुँचा (' + d + ')',
        disputed: (n, i) => n + ' कहते हैं कि ' + i + ' सही नहीं है', not_me: (n) => n + ' के नंबर वाले व्यक्ति कहते हैं कि वे ये नहीं हैं',
      },
      due: 'देय', disputes: 'ग्राहक कहते हैं ये बिल सही नहीं', correct: 'रकम ठीक करें', uphold: 'बिल सही है',
      newAmount: 'सही रकम (₹)', answerNote: 'ग्राहक के लिए संदेश', send: 'जवाब भेजें', answered: 'जवाब भेजा:',
      reasons: { wrong_amount: 'रकम गलत है', not_received: 'सामान नहीं मिला', already_paid: 'भुगतान हो चुका',
        not_mine: 'उनका नहीं है', other: 'कुछ और' },
      rows: ['भेजे गए बिल', 'भेजे गए संदेश', 'ईमेल खोले गए', 'SMS पहुँचे', 'पोर्टल पर आए ग्राहक', 'दोबारा खरीदने वाले ग्राहक',
        'भुगतान में औसत दिन', 'बिना संदेश के भुगतान में दिन', 'संदेश से कितना जल्दी', 'वसूली दर'],
    },
  };
  let language = localStorage.getItem('khata.owner.language') || (navigator.language.startsWith('hi') ? 'hi' : 'en');
  const t = (key) => TEXTS[language][key];
  const rupees = (amount) => new Intl.NumberFormat(language === 'hi' ? 'hi-IN' : 'en-IN',
    { style: 'currency', currency: 'INR', minimumFractionDigits: 2 }).format(Number(amount));
  const count = (n) => new Intl.NumberFormat('en-IN').format(n);
  const day = (iso) => iso.slice(8, 10) + '-' + iso.slice(5, 7) + '-' + iso.slice(0, 4);
  const percent = (part, whole) => (whole ? Math.round((100 * part) / whole) : 0) + '%';
  const fail = (message) => { $('error').textContent = message; $('error').hidden = false; };
  const item = (...rows) => {
    const li = document.createElement('li');
    rows.forEach((cells) => {
      const row = document.createElement('div'); row.className = 'row';
      cells.forEach(([text, css]) => { const span = document.createElement('span'); span.textContent = text; if (css) span.className = css; row.append(span); });
      li.append(row);
    });
    return li;
  };
  let summary = null, report = null;

  async function post(path, body) {
    const response = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const answer = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(answer.detail || 'Could not sign in (' + response.status + ')');
    return answer;
  }

  /** A new access token from the cookie; false when the sign-in is over (signed out, expired, used elsewhere). */
  async function refreshSession() {
    try { session.start(await post('/api/team/token/refresh', {})); return true; } catch (e) { return false; }
  }

  async function call(path, options = {}) {
    let response = await fetch(path, { ...options, headers: { ...auth(), ...(options.headers || {}) } });
    if (response.status === 401 && session.team && await refreshSession()) {
      response = await fetch(path, { ...options, headers: { ...auth(), ...(options.headers || {}) } });
    }
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      throw new Error(problem.detail || 'Could not load (' + response.status + ')');
    }
    return response;
  }

  function ageing(buckets) {
    const width = 300, height = 150, pad = 18;
    const max = Math.max(1, ...buckets.map((b) => Number(b.amount)));
    const step = (width - 2 * pad) / buckets.length;
    $('ageing').innerHTML = `<svg viewBox="0 0 ${width} ${height}" role="img" aria-label="${t('overdue')}">`
      + buckets.map((b, i) => {
        const h = ((height - 3 * pad) * Number(b.amount)) / max;
        const x = pad + i * step;
        return `<rect class="ageing-bar" data-bucket="${b.bucket}" x="${x}" y="${height - 2 * pad - h}" width="${step * 0.7}" height="${h}" fill="#f59e0b"></rect>`
          + `<text x="${x}" y="${height - pad}">${b.bucket} ${t('days')}</text>`
          + `<text class="ageing-amount" x="${x}" y="${height - 2 * pad - h - 3}">${rupees(b.amount)}</text>`;
      }).join('') + '</svg>';
  }

  async function remind(debtor, status) {
    const invoices = (await (await call('/api/invoices?sort=due&limit=20&customer_id=' + debtor.customer_id)).json()).invoices
      .filter((invoice) => invoice.status !== 'paid');
    if (invoices.length === 0) { status.textContent = t('nothingToRemind') + ' ' + debtor.name; return; }
    const invoice = invoices[0];
    const sent = await (await call('/api/invoices/' + invoice.invoice_id + '/send-to-customer', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'remind-' + invoice.invoice_id + '-' + summary.today },
      body: JSON.stringify({ channels: ['sms', 'whatsapp'], message_template: 'reminder' }),
    })).json();
    status.textContent = t('reminded') + ' ' + debtor.name + ' (' + invoice.invoice_number + ', ' + sent.channels_sent.join(', ') + ')';
  }

  /** Issue 26: what happened, newest first, with the unread badge; asked again every 30 seconds while the page is open. */
  let feed = null;
  async function loadFeed() {
    feed = await (await call('/api/feed?limit=15')).json();
    renderFeed();
    $('feed').hidden = false;
  }

  function renderFeed() {
    if (!feed) return;
    $('unread').textContent = feed.unread_count > 0 ? String(feed.unread_count) : '';
    $('feed-items').replaceChildren(...(feed.items.length ? feed.items.map((entry) => {
      const amount = entry.amount == null ? '' : rupees(entry.amount) + (entry.detail === 'razorpay' ? ' ' + t('online') : '');
      const when = new Date(entry.happened_at);
      const li = item([[t('said')[entry.kind](entry.customer_name, entry.invoice_number, amount, entry.detail)]],
        [[when.toLocaleDateString('en-GB').replaceAll('/', '-') + ' ' + when.toTimeString().slice(0, 5), 'label']]);
      li.className = 'feed-item' + (entry.unread ? ' unread' : '');
      li.dataset.kind = entry.kind;
      return li;
    }) : [item([[t('none')]])]));
  }

  /** Issue 26: each headline metric beside the middle half and median of businesses like this one (none below ten). */
  let benchmark = null;
  async function loadBenchmark() {
    benchmark = await (await call('/api/analytics/benchmark')).json();
    renderBenchmark();
    $('benchmark').hidden = false;
  }

  function renderBenchmark() {
    if (!benchmark) return;
    const b = benchmark;
    $('benchmark-note').textContent = t('comparedWith')(count(b.comparable_businesses), b.category ? t('categories')[b.category] : '', t('sizes')[b.size_band]);
    const shown = (m, value) => (value == null ? '—' : m.unit === 'days' ? value + ' ' + t('days') : value + '%');
    $('benchmark-metrics').replaceChildren(...b.metrics.map((m) => {
      const li = item([[t('metrics')[m.metric]], [t('yours') + ': ' + shown(m, m.yours), 'owed']],
        [[m.median == null ? t('notYet')(m.businesses, b.minimum_businesses) : t('middle')(shown(m, m.lower_quartile), shown(m, m.upper_quartile), shown(m, m.median)),
          m.median == null ? 'hidden-note' : 'label']]);
      li.className = 'benchmark';
      li.dataset.metric = m.metric;
      if (m.median != null) li.insertAdjacentHTML('beforeend', range(m));
      return li;
    }));
  }

  /** The middle half as a band, the median as a line, this business as a dot, on 0–100 % or 0 to the longest days. */
  function range(m) {
    const top = m.unit === 'days' ? Math.max(1, Number(m.upper_quartile), Number(m.yours || 0)) * 1.2 : 100;
    const x = (v) => 4 + (292 * Math.min(Number(v), top)) / top;
    return `<svg viewBox="0 0 300 26" preserveAspectRatio="none" role="img" aria-label="${t('metrics')[m.metric]}">`
      + '<rect x="4" y="11" width="292" height="4" fill="#e5e7eb"></rect>'
      + `<rect class="middle-half" x="${x(m.lower_quartile)}" y="7" width="${Math.max(2, x(m.upper_quartile) - x(m.lower_quartile))}" height="12" fill="#bbf7d0"></rect>`
      + `<rect x="${x(m.median) - 1}" y="4" width="2" height="18" fill="#14532d"></rect>`
      + (m.yours == null ? '' : `<circle class="yours" cx="${x(m.yours)}" cy="13" r="5" fill="#b45309"></circle>`) + '</svg>';
  }

  /** Follows a bulk job until every item is done and every list shows it; says how it ended. */
  async function follow(job, ended) {
    for (;;) {
      const state = await (await call('/api/jobs/' + job)).json();
      if (state.status === 'done') { $('job-status').textContent = ended(state); return state; }
      $('job-status').textContent = state.status === 'waiting' ? t('waits')(new Date(state.starts_at).toTimeString().slice(0, 5))
        : state.status === 'settling' ? t('settling') : t('working')(count(state.processed), count(state.total));
      await new Promise((resolve) => setTimeout(resolve, 1500));
    }
  }

  function messageCounts(state) {
    const ends = {};
    state.messages.forEach((m) => { ends[m.status] = (ends[m.status] || 0) + m.count; });
    return Object.entries(ends).map(([status, n]) => count(n) + ' ' + (t('msgs')[status] || status)).join(', ');
  }

  async function remindOverdue() {
    const asked = await (await call('/api/reminders/overdue', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).json();
    if (!asked.job_id) { $('job-status').textContent = t('noneOverdue'); return; }
    await follow(asked.job_id, (state) => t('remindDone')(count(state.outcomes.reminded || 0)) + ' ' + messageCounts(state));
  }

  async function importFile(file) {
    const type = file.name.toLowerCase().endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv';
    const response = await fetch('/api/customers/imports', { method: 'POST', headers: { ...auth(), 'Content-Type': type }, body: file });
    const answer = await response.json().catch(() => ({}));
    const refused = answer.refused || [];
    $('import-refused').replaceChildren(...refused.slice(0, 20).map((r) => item([[t('row') + ' ' + r.row + ' · ' + r.field + ': ' + r.message]])));
    if (!response.ok) throw new Error(answer.detail || 'Could not import (' + response.status + ')');
    const prefix = answer.refused_count ? t('refused')(count(answer.refused_count)) : '';
    await follow(answer.job_id, (state) => t('importDone')(count((state.outcomes.created || 0) + (state.outcomes.created_without_code || 0)),
      count(state.outcomes.already_registered || 0)) + (prefix ? ' ' + prefix : ''));
  }

  /** Issue 28: the invoices customers dispute, with their reason and note; the owner corrects the amount or upholds it. */
  async function loadDisputes() {
    const disputed = (await (await call('/api/invoices?disputed=true&sort=oldest&limit=20')).json()).invoices;
    const details = await Promise.all(disputed.map(async (invoice) => (await call('/api/invoices/' + invoice.invoice_id)).json()));
    $('disputes').replaceChildren(...(details.length ? details.map(disputeItem) : [item([[t('none')]])]));
  }

  function disputeItem(detail) {
    const invoice = detail.invoice;
    const said = detail.conversation.filter((s) => s.kind === 'disputed').pop() || {};
    const li = item([[invoice.customer_name + ' · ' + invoice.invoice_number], [rupees(invoice.amount), 'owed']],
      [[(t('reasons')[said.reason] || said.reason || '') + (said.note ? ' — “' + said.note + '”' : ''), 'label']]);
    li.className = 'dispute';
    li.dataset.number = invoice.invoice_number;
    const form = document.createElement('form');
    form.className = 'answer';
    const amount = document.createElement('input');
    amount.type = 'number'; amount.step = '0.01'; amount.min = '0.01'; amount.name = 'amount'; amount.placeholder = t('newAmount');
    amount.setAttribute('aria-label', t('newAmount'));
    const note = document.createElement('input');
    note.name = 'note'; note.maxLength = 500; note.placeholder = t('answerNote'); note.setAttribute('aria-label', t('answerNote'));
    const correct = document.createElement('button');
    correct.type = 'submit'; correct.className = 'correct'; correct.textContent = t('correct');
    const uphold = document.createElement('button');
    uphold.type = 'button'; uphold.className = 'uphold'; uphold.textContent = t('uphold');
    const answer = (body) => call('/api/invoices/' + invoice.invoice_id + '/dispute-answer', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ...body, note: note.value.trim() || null }),
    }).then(() => {
      // answered: it leaves the list now (the read model may take a moment to say so; the next load agrees)
      $('remind-status').textContent = t('answered') + ' ' + invoice.customer_name;
      li.remove();
      if (!$('disputes').children.length) $('disputes').replaceChildren(item([[t('none')]]));
    }).catch((e) => fail(e.message));
    form.addEventListener('submit', (event) => { event.preventDefault(); answer({ resolution: 'corrected', corrected_amount: Number(amount.value) }); });
    uphold.addEventListener('click', () => answer({ resolution: 'upheld' }));
    form.append(amount, note, correct, uphold);
    li.append(form);
    return li;
  }

  function money() {
    $('outstanding').textContent = rupees(summary.outstanding);
    $('unpaid').textContent = count(summary.unpaid_invoices) + ' ' + t(summary.unpaid_invoices === 1 ? 'invoice' : 'invoices');
    $('collected').textContent = rupees(summary.collected);
    $('payments-count').textContent = count(summary.payments) + ' ' + t(summary.payments === 1 ? 'payment' : 'payments') + ' · ' + day(summary.since) + ' – ' + day(summary.today);
    ageing(summary.overdue);
    $('debtors').replaceChildren(...(summary.top_debtors.length ? summary.top_debtors.map((debtor) => {
      const li = item([[debtor.name], [rupees(debtor.outstanding), 'owed']],
        [[debtor.phone, 'label'], [Number(debtor.overdue) > 0 ? rupees(debtor.overdue) + ' ' + t('ofWhich') : '', 'label']]);
      li.className = 'debtor';
      const button = document.createElement('button');
      button.type = 'button'; button.className = 'remind'; button.textContent = t('remind');
      button.addEventListener('click', () => remind(debtor, $('remind-status')).catch((e) => fail(e.message)));
      li.append(button);
      return li;
    }) : [item([[t('none')]])]));
    $('recent').replaceChildren(...(summary.recent_payments.length ? summary.recent_payments.map((payment) => item(
      [[payment.customer_name], [rupees(payment.amount), 'owed']],
      [[day(payment.paid_on) + ' · ' + payment.invoice_number + ' · ' + (payment.method === 'other' ? t('other') : payment.method), 'label']],
    )) : [item([[t('none')]])]));
  }

  function chart(trend) {
    const width = 300, height = 170, pad = 10, axis = 16;
    const maxBar = Math.max(1, ...trend.map((d) => d.notifications_sent));
    const maxLine = Math.max(1, ...trend.map((d) => d.new_customers));
    const step = (width - 2 * pad) / trend.length;
    const bottom = height - pad - axis;
    const bars = trend.map((d, i) => {
      const h = ((bottom - pad) * d.notifications_sent) / maxBar;
      return `<rect class="bar" data-date="${d.date}" x="${pad + i * step}" y="${bottom - h}" width="${step * 0.7}" height="${h}" fill="#86efac"></rect>`;
    }).join('');
    const points = trend.map((d, i) => `${pad + i * step + step * 0.35},${bottom - ((bottom - pad) * d.new_customers) / maxLine}`).join(' ');
    const labels = trend.length ? `<text x="${pad}" y="${height - pad}">${day(trend[0].date)}</text>`
      + `<text x="${width - pad}" y="${height - pad}" text-anchor="end">${day(trend[trend.length - 1].date)}</text>`
      + `<text x="${pad}" y="${pad + 2}">${maxBar}</text>` : '';
    $('trend').innerHTML = `<svg viewBox="0 0 ${width} ${height}" preserveAspectRatio="none" role="img" aria-label="30-day trend">${bars}`
      + `<polyline points="${points}" fill="none" stroke="#14532d" stroke-width="2"></polyline>${labels}</svg>`;
  }

  /** Rates are percentages; a rate the configured provider cannot measure (null) says so instead of showing 0. */
  function details() {
    const e = report.engagement, p = report.payment_impact, rate = (v) => (v == null ? t('notMeasured') : v + '%');
    const values = [count(report.summary.total_invoices_sent), count(report.summary.total_notifications),
      rate(e.notification_open_rate), rate(e.notification_delivery_rate), rate(e.portal_access_rate), rate(e.repeat_customer_rate),
      p.avg_payment_days == null ? '—' : p.avg_payment_days + ' ' + t('days'),
      p.avg_payment_days_pre_notification == null ? '—' : p.avg_payment_days_pre_notification + ' ' + t('days'),
      rate(p.payment_velocity_improvement), rate(p.collection_rate)];
    $('details').innerHTML = '';
    t('rows').forEach((name, i) => {
      const dt = document.createElement('dt'); dt.textContent = name;
      const dd = document.createElement('dd'); dd.textContent = values[i];
      $('details').append(dt, dd);
    });
  }

  function reminders(due) {
    const list = $('reminders');
    list.replaceChildren();
    if (due.length === 0) {
      const none = document.createElement('li'); none.textContent = 'None: turn reminders on with PUT /api/business/reminder-policy';
      list.append(none);
    }
    due.forEach(reminder => {
      const li = document.createElement('li');
      li.className = 'reminder';
      li.textContent = day(reminder.at.slice(0, 10)) + ' ' + reminder.at.slice(11, 16) + ' · ' + reminder.invoice_number + ' · '
        + (reminder.customer_name || '') + ' · ' + reminder.template;
      list.append(li);
    });
  }

  function texts() {
    document.documentElement.lang = language;
    document.querySelectorAll('[data-text]').forEach((element) => { element.textContent = t(element.dataset.text); });
    document.querySelectorAll('#language, #sign-in-language').forEach((button) => {
      button.textContent = t('switchTo'); button.lang = language === 'hi' ? 'en' : 'hi';
    });
    $('role').textContent = session.role ? t(session.role) : '';
  }

  function render() {
    texts();
    if (!summary) return;
    money();
    const s = report.summary;
    $('total-customers').textContent = count(s.total_customers);
    $('verified-customers').textContent = count(s.verified_customers);
    $('verified-percent').textContent = percent(s.verified_customers, s.total_customers);
    $('active-customers').textContent = count(s.active_customers_7d);
    $('active-percent').textContent = percent(s.active_customers_7d, s.total_customers);
    chart(report.daily_trend);
    details();
  }

  /** Staff see what they work on: the unpaid invoices, soonest due first. */
  async function loadStaff() {
    const invoices = (await (await call('/api/invoices?sort=due&limit=50')).json()).invoices.filter((invoice) => invoice.status !== 'paid');
    $('unpaid-invoices').replaceChildren(...(invoices.length ? invoices.map((invoice) => item(
      [[invoice.customer_name || ''], [rupees(invoice.outstanding), 'owed']],
      [[invoice.invoice_number + (invoice.due_date ? ' · ' + t('due') + ' ' + day(invoice.due_date) : ''), 'label']],
    )) : [item([[t('none')]])]));
    $('sign-in').hidden = true;
    $('staff').hidden = false;
  }

  async function load() {
    $('who').hidden = false;
    await loadFeed();
    const name = sessionStorage.getItem('khata.owner.business-name');
    $('business-name').textContent = name || '';
    $('business-name').parentElement.hidden = !name;   // a ledger app's token does not say the business's name
    $('switch-business').hidden = memberships.length < 2;
    texts();
    $('bulk').hidden = false;
    if (session.role === 'staff') return loadStaff();
    summary = await (await call('/api/money/summary')).json();
    await loadDisputes();
    report = await (await call('/api/analytics/customer-network?period=last_30_days')).json();
    await loadBenchmark();
    render();
    reminders((await (await call('/api/reminders/upcoming?days=7')).json()).reminders);
    $('sign-in').hidden = true;
    $('money').hidden = false;
    $('network').hidden = false;
  }

  async function exportReport(format) {
    const response = await call('/api/analytics/customer-network/export?period=last_30_days&format=' + format);
    const name = (response.headers.get('Content-Disposition') || '').split('filename="')[1]?.replace('"', '') || 'report.' + format;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await response.blob()); link.download = name;
    document.body.appendChild(link); link.click(); link.remove();
    $('export-status').textContent = 'Downloaded ' + name;
  }

  function showSignIn() {
    ['who', 'money', 'network', 'staff', 'businesses', 'code-form', 'feed', 'bulk', 'benchmark'].forEach((id) => { $(id).hidden = true; });
    $('phone-form').hidden = false;
    $('sign-in').hidden = false;
    texts();
  }

  /** After a sign-in or refresh: the business already chosen in this tab, the only one, or the owner picks. */
  function choose() {
    const chosen = memberships.find((m) => m.business_id === session.business) || (memberships.length === 1 ? memberships[0] : null);
    if (chosen) { session.pick(chosen); return load(); }
    ['phone-form', 'code-form', 'who', 'money', 'network', 'staff', 'feed', 'bulk', 'benchmark'].forEach((id) => { $(id).hidden = true; });
    $('sign-in').hidden = false;
    $('businesses').hidden = false;
    if (memberships.length === 0) { $('business-list').replaceChildren(item([[t('noBusiness')]])); return Promise.resolve(); }
    $('business-list').replaceChildren(...memberships.map((membership) => {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button'; button.className = 'business';
      button.textContent = membership.business_name + ' · ' + t(membership.role);
      button.addEventListener('click', () => { session.pick(membership); $('businesses').hidden = true; load().catch((e) => fail(e.message)); });
      li.append(button);
      return li;
    }));
    return Promise.resolve();
  }

  $('phone-form').addEventListener('submit', (event) => {
    event.preventDefault();
    post('/api/team/otp', { phone: $('phone').value.trim() }).then(() => {
      $('phone-form').hidden = true;
      $('code-form').hidden = false;
      $('code-sent').textContent = t('codeSent');
      $('code').focus();
    }).catch((e) => fail(e.message));
  });
  $('code-form').addEventListener('submit', (event) => {
    event.preventDefault();
    post('/api/team/sign-in', { phone: $('phone').value.trim(), otp: $('code').value.trim() }).then((body) => {
      $('error').hidden = true;
      session.start(body);
      return choose();
    }).catch((e) => fail(e.message));
  });
  $('other-phone').addEventListener('click', () => { $('code-form').hidden = true; $('phone-form').hidden = false; });
  $('switch-business').addEventListener('click', () => { sessionStorage.removeItem('khata.owner.business'); summary = null; choose(); });
  $('sign-out').addEventListener('click', () => {
    fetch('/api/team/token/refresh', { method: 'DELETE' }).catch(() => null).then(() => { session.clear(); summary = null; showSignIn(); });
  });
  $('sign-in-language').addEventListener('click', () => {
    language = language === 'hi' ? 'en' : 'hi';
    localStorage.setItem('khata.owner.language', language);
    texts();
  });
  $('language').addEventListener('click', () => {
    language = language === 'hi' ? 'en' : 'hi';
    localStorage.setItem('khata.owner.language', language);
    render();
    renderFeed();
    renderBenchmark();
    if (summary) loadDisputes().catch((e) => fail(e.message));
  });
  $('remind-overdue').addEventListener('click', () => remindOverdue().catch((e) => fail(e.message)));
  $('import-file').addEventListener('change', (event) => {
    const file = event.target.files[0];
    if (file) importFile(file).catch((e) => fail(e.message)).finally(() => { event.target.value = ''; });
  });
  $('mark-read').addEventListener('click', () => call('/api/feed/read', { method: 'POST' }).then(loadFeed).catch((e) => fail(e.message)));
  setInterval(() => { if (!$('feed').hidden) loadFeed().catch(() => null); }, 30000);
  $('export-csv').addEventListener('click', () => exportReport('csv').catch((e) => fail(e.message)));
  $('export-pdf').addEventListener('click', () => exportReport('pdf').catch((e) => fail(e.message)));

  // A ledger app's token in this tab: open it; else a sign-in this browser still holds (the cookie); else sign in.
  if (session.token && !session.team) load().catch((e) => { fail(e.message); showSignIn(); });
  else refreshSession().then((renewed) => (renewed ? choose() : showSignIn())).catch((e) => { fail(e.message); showSignIn(); });
})();
