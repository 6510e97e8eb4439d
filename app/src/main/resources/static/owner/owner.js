// Owner dashboard: the customer network card, a 30-day trend chart and the report's export (spec owner flow 2).
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
  const percent = (part, whole) => (whole ? Math.round((100 * part) / whole) : 0) + '%';
  const fail = (message) => { $('error').textContent = message; $('error').hidden = false; };

  async function get(path) {
    const response = await fetch(path, { headers: auth() });
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      throw new Error(problem.detail || 'Could not load (' + response.status + ')');
    }
    return response;
  }

  function chart(trend) {
    const width = 300, height = 160, pad = 10;
    const maxBar = Math.max(1, ...trend.map((d) => d.notifications_sent));
    const maxLine = Math.max(1, ...trend.map((d) => d.new_customers));
    const step = (width - 2 * pad) / trend.length;
    const bars = trend.map((d, i) => {
      const h = ((height - 2 * pad) * d.notifications_sent) / maxBar;
      return `<rect class="bar" data-date="${d.date}" x="${pad + i * step}" y="${height - pad - h}" width="${step * 0.7}" height="${h}" fill="#86efac"></rect>`;
    }).join('');
    const points = trend.map((d, i) => `${pad + i * step + step * 0.35},${height - pad - ((height - 2 * pad) * d.new_customers) / maxLine}`).join(' ');
    $('trend').innerHTML = `<svg viewBox="0 0 ${width} ${height}" preserveAspectRatio="none" role="img" aria-label="30-day trend">${bars}`
      + `<polyline points="${points}" fill="none" stroke="#14532d" stroke-width="2"></polyline></svg>`;
  }

  function details(report) {
    const rows = [
      ['Invoices sent', report.summary.total_invoices_sent],
      ['Notifications sent', report.summary.total_notifications],
      ['Email open rate', report.engagement.notification_open_rate],
      ['SMS delivery rate', report.engagement.notification_delivery_rate],
      ['Portal access rate', report.engagement.portal_access_rate],
      ['Repeat customers', report.engagement.repeat_customer_rate],
      ['Avg days to pay', report.payment_impact.avg_payment_days],
      ['Days to pay, not notified', report.payment_impact.avg_payment_days_pre_notification],
      ['Faster with notification (%)', report.payment_impact.payment_velocity_improvement],
      ['Collection rate', report.payment_impact.collection_rate],
    ];
    $('details').innerHTML = '';
    rows.forEach(([name, value]) => {
      const dt = document.createElement('dt'); dt.textContent = name;
      const dd = document.createElement('dd'); dd.textContent = value == null ? '—' : value;
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
      const item = document.createElement('li');
      item.className = 'reminder';
      item.textContent = reminder.at.slice(0, 16).replace('T', ' ') + ' · ' + reminder.invoice_number + ' · '
        + (reminder.customer_name || '') + ' · ' + reminder.template;
      list.append(item);
    });
  }

  async function load() {
    const report = await (await get('/api/analytics/customer-network?period=last_30_days')).json();
    const s = report.summary;
    $('total-customers').textContent = s.total_customers;
    $('verified-customers').textContent = s.verified_customers;
    $('verified-percent').textContent = percent(s.verified_customers, s.total_customers);
    $('active-customers').textContent = s.active_customers_7d;
    $('active-percent').textContent = percent(s.active_customers_7d, s.total_customers);
    chart(report.daily_trend);
    details(report);
    reminders((await (await get('/api/reminders/upcoming?days=7')).json()).reminders);
    $('sign-in').hidden = true;
    $('network').hidden = false;
  }

  async function exportReport(format) {
    const response = await get('/api/analytics/customer-network/export?period=last_30_days&format=' + format);
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
  $('export-csv').addEventListener('click', () => exportReport('csv').catch((e) => fail(e.message)));
  $('export-pdf').addEventListener('click', () => exportReport('pdf').catch((e) => fail(e.message)));

  if (sessionStorage.getItem('khata.owner.token')) load().catch((e) => { fail(e.message); $('sign-in').hidden = false; });
  else $('sign-in').hidden = false;
})();
