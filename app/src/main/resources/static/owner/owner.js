// Owner dashboard, money first: what is owed and by whom, how overdue, what came in (issue 25); then the customer
// network card, a 30-day trend and the report's export (spec owner flow 2). English or Hindi; amounts the Indian way.
(() => {
  const $ = (id) => document.getElementById(id);
  const params = new URLSearchParams(location.hash.slice(1));
  if (params.get('token')) {
    sessionStorage.setItem('khata.owner.token', params.get('token'));
    sessionStorage.setItem('khata.owner.business', params.get('business'));
    history.replaceState(null, '', location.pathname);
  }
  const auth = () => ({
    Authorization: 'Bearer ' + sessionStorage.getItem('khata.owner.token'),
    'X-Business-ID': sessionStorage.getItem('khata.owner.business'),
  });
  const TEXTS = {
    en: {
      money: 'Money', owed: 'Owed to you', collected: 'Came in this month', overdue: 'Overdue, by days past due',
      debtors: 'Who owes most', recent: 'Latest payments', network: 'Customer network', invoices: 'unpaid invoices',
      payments: 'payments', payment: 'payment', ofWhich: 'overdue', remind: 'Remind', reminded: 'Reminder on its way to', nothingToRemind: 'Nothing unpaid for',
      none: 'None yet', notMeasured: 'not measured', days: 'days', other: 'other', switchTo: 'हिन्दी',
      rows: ['Invoices sent', 'Notifications sent', 'Email open rate', 'SMS delivery rate', 'Portal access rate',
        'Repeat customers', 'Avg days to pay', 'Days to pay, not notified', 'Faster with notification', 'Collection rate'],
    },
    hi: {
      money: 'पैसा', owed: 'ग्राहकों पर बकाया', collected: 'इस महीने मिला', overdue: 'देय तिथि निकले कितने दिन हुए',
      debtors: 'किस पर सबसे ज़्यादा बकाया', recent: 'हाल के भुगतान', network: 'ग्राहक नेटवर्क', invoices: 'बिल बाकी',
      payments: 'भुगतान', payment: 'भुगतान', ofWhich: 'की देय तिथि निकल चुकी', remind: 'याद दिलाएँ', reminded: 'याद दिलाने का संदेश भेजा जा रहा है:', nothingToRemind: 'कोई बाकी बिल नहीं:',
      none: 'अभी कुछ नहीं', notMeasured: 'मापा नहीं गया', days: 'दिन', other: 'अन्य', switchTo: 'English',
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

  async function call(path, options = {}) {
    const response = await fetch(path, { ...options, headers: { ...auth(), ...(options.headers || {}) } });
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

  function money() {
    $('outstanding').textContent = rupees(summary.outstanding);
    $('unpaid').textContent = count(summary.unpaid_invoices) + ' ' + t('invoices');
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

  function render() {
    document.documentElement.lang = language;
    document.querySelectorAll('[data-text]').forEach((element) => { element.textContent = t(element.dataset.text); });
    $('language').textContent = t('switchTo');
    $('language').lang = language === 'hi' ? 'en' : 'hi';
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

  async function load() {
    summary = await (await call('/api/money/summary')).json();
    report = await (await call('/api/analytics/customer-network?period=last_30_days')).json();
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

  $('sign-in-form').addEventListener('submit', (event) => {
    event.preventDefault();
    sessionStorage.setItem('khata.owner.token', $('token').value.trim());
    sessionStorage.setItem('khata.owner.business', $('business').value.trim());
    load().catch((e) => fail(e.message));
  });
  $('language').addEventListener('click', () => {
    language = language === 'hi' ? 'en' : 'hi';
    localStorage.setItem('khata.owner.language', language);
    render();
  });
  $('export-csv').addEventListener('click', () => exportReport('csv').catch((e) => fail(e.message)));
  $('export-pdf').addEventListener('click', () => exportReport('pdf').catch((e) => fail(e.message)));

  if (sessionStorage.getItem('khata.owner.token')) load().catch((e) => { fail(e.message); $('sign-in').hidden = false; });
  else $('sign-in').hidden = false;
})();
