/* CPO Lens dashboard: fills the form from /api/scenarios and /api/catalog, calls /api/compare on
 * every change, and draws the answer with the report's chart code (CpoReport.chartOption). Text
 * goes into the page with textContent only. */
(function () {
  'use strict';
  var R = window.CpoReport;
  var catalog = null, scenarios = [], timer = null, seq = 0;
  var $ = function (id) { return document.getElementById(id); };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  function getJson(url) {
    return fetch(url).then(function (r) {
      return r.json().then(function (body) { return { ok: r.ok, status: r.status, body: body }; });
    });
  }

  function option(select, value, label) {
    var o = el('option', null, label || value);
    o.value = value;
    select.appendChild(o);
  }

  function archById(id) {
    return catalog.architectures.filter(function (a) { return a.id === id; })[0];
  }

  function fillSwitches() {
    var speed = Number($('speed').value), sel = $('switch'), keep = sel.value;
    sel.textContent = '';
    catalog.switches.filter(function (s) { return s.portGbps === speed; }).forEach(function (s) {
      option(sel, s.id, s.id + ' (' + s.radix + ' x ' + s.portGbps + 'G)');
    });
    if (keep) { sel.value = keep; }
  }

  function fillArchs(sc) {
    var box = $('archs'), base = $('baseline');
    box.textContent = '';
    base.textContent = '';
    var listed = {};
    sc.architectures.forEach(function (a, i) { listed[a.id] = a; });
    catalog.architectures.forEach(function (a) {
      if (a.replacesHostSide) { option(base, a.id); }
    });
    base.value = sc.architectures[0].id;
    catalog.architectures.forEach(function (a) {
      var row = el('div', 'arch');
      row.id = 'row-' + a.id;
      var cb = el('input');
      cb.type = 'checkbox';
      cb.id = 'use-' + a.id;
      cb.checked = !!listed[a.id] && a.id !== sc.architectures[0].id;
      var name = el('label', null, a.id);
      name.htmlFor = cb.id;
      var w = el('input');
      w.type = 'number';
      w.step = 'any';
      w.min = '0';
      w.id = 'watts-' + a.id;
      w.placeholder = String(a.figures.switchPortWatts.value);
      w.title = 'switch-side W per ' + a.portGbps + 'G port; catalog: ' + a.figures.switchPortWatts.value + ' W ('
        + a.figures.switchPortWatts.status + ', ' + a.figures.switchPortWatts.source + ')';
      if (listed[a.id] && listed[a.id].switchPortWatts !== a.figures.switchPortWatts.value) {
        w.value = String(listed[a.id].switchPortWatts);
      }
      row.appendChild(cb);
      row.appendChild(name);
      row.appendChild(w);
      box.appendChild(row);
    });
  }

  function loadScenario(name) {
    var sc = scenarios.filter(function (s) { return s.name === name; })[0];
    $('endpoints').value = sc.endpoints;
    $('accelerators').value = sc.accelerators;
    $('wattsPerAccelerator').value = sc.wattsPerAccelerator > 0 ? sc.wattsPerAccelerator : '';
    $('speed').value = String(sc.speed);
    fillSwitches();
    $('switch').value = sc['switch'];
    $('tiers').value = String(sc.tiers);
    fillArchs(sc);
  }

  /* The query string of the form's state: what the API and scripts call. */
  function query() {
    var p = new URLSearchParams();
    p.set('scenario', $('scenario').value);
    ['endpoints', 'accelerators', 'wattsPerAccelerator'].forEach(function (k) {
      if ($(k).value !== '') { p.set(k, $(k).value); }
    });
    p.set('speed', $('speed').value);
    p.set('switch', $('switch').value);
    p.set('tiers', $('tiers').value);
    var ids = [$('baseline').value];
    catalog.architectures.forEach(function (a) {
      if (a.id !== ids[0] && $('use-' + a.id).checked) { ids.push(a.id); }
    });
    p.set('archs', ids.join(','));
    ids.forEach(function (id) {
      var w = $('watts-' + id);
      if (w && w.value !== '') { p.set('override.' + id + '.switchPortWatts', w.value); }
    });
    return p.toString();
  }

  function showError(body) {
    var box = $('error');
    box.hidden = false;
    box.textContent = 'HTTP 400: ' + body.error + (body.field ? '\nfield: ' + body.field : '')
      + (body.value !== null && body.value !== undefined ? '\nvalue: ' + body.value : '')
      + (body.hint ? '\nhint: ' + body.hint : '');
  }

  function chart(id, spec) {
    var div = $(id), inst = echarts.getInstanceByDom(div) || echarts.init(div);
    inst.setOption(R.chartOption(spec, 'en'), true);
  }

  function T(en, zh) { return { en: en + ' · ' + zh, zhTw: zh }; }

  function draw(res) {
    var h = res.headline;
    Object.keys(h).forEach(function (k) {
      var card = $('fig-' + k);
      if (!card) { return; }
      var v = card.querySelector('.value');
      v.setAttribute('data-value', String(h[k]));
      v.textContent = R.fmt(h[k]);
    });
    $('fig-cpoOpticsPowerKw').querySelector('.label').textContent = 'Optics power, ' + h.cpoArchitecture + ' (kW)';
    $('fig-baselineOpticsPowerKw').querySelector('.label').textContent = 'Optics power, ' + h.baselineArchitecture + ' (kW)';
    $('fig-extraAcceleratorsAtSamePower').hidden = !('extraAcceleratorsAtSamePower' in h);
    var f = res.fabric;
    $('fabric-line').textContent = res.scenario + ': ' + R.fmt(f.endpoints) + ' endpoints, ' + f.tiers + ' tier(s), '
      + R.fmt(f.switchCount) + ' switches (' + f.switchesPerTier.join(' / ') + '), ' + R.fmt(f.links) + ' links';
    var a = res.architectures;
    var cats = a.map(function (x) { return { en: x.id, zhTw: x.id }; });
    function col(k, scale) { return a.map(function (x) { return x[k] === null ? null : x[k] * (scale || 1); }); }
    chart('chart-power', { title: T('Power', '功耗'), kind: 'BAR', categories: cats, unit: 'kW', valueAxis: T('Power', '功耗'),
      series: [{ name: T('Optics', '光學'), values: col('opticsPowerKw') }, { name: T('Network', '網路'), values: col('networkPowerKw') }] });
    chart('chart-watts', { title: T('Where the watts go', '功耗分布'), kind: 'STACKED_BAR', categories: cats, unit: 'kW', valueAxis: T('Power', '功耗'),
      series: [{ name: T('Switch-side optics', '交換器端光學'), values: col('switchOpticsPowerKw'), stack: 'p' },
               { name: T('Host-side optics', '主機端光學'), values: col('hostOpticsPowerKw'), stack: 'p' },
               { name: T('Switches before optics', '交換器本體'), values: col('switchBasePowerKw'), stack: 'p' }] });
    chart('chart-pj', { title: T('Energy per bit', '每位元能耗'), kind: 'BAR', categories: cats, unit: 'pJ/bit', valueAxis: T('Energy', '能耗'),
      series: [{ name: T('Optics', '光學'), values: col('opticsPicojoulesPerBit') }, { name: T('Network', '網路'), values: col('picojoulesPerBit') }] });
    chart('chart-lasers', { title: T('Lasers', '雷射'), kind: 'BAR', categories: cats, unit: '', valueAxis: T('Count', '數量'),
      series: [{ name: T('Laser diodes', '雷射二極體'), values: col('lasers') }, { name: T('Laser modules', '雷射模組'), values: col('laserModules') }] });
    chart('chart-capex', { title: T('Optics capex', '光學資本支出'), kind: 'BAR', categories: cats, unit: 'MUSD', valueAxis: T('Capex', '資本支出'),
      series: [{ name: T('Optics capex', '光學資本支出'), values: col('capexUsd', 1e-6) }] });
    chart('chart-edge', { title: T('Edge used', '面板/邊緣長度'), kind: 'BAR', categories: cats, unit: 'm', valueAxis: T('Length', '長度'),
      series: [{ name: T('Edge used', '占用長度'), values: col('edgeMm', 1e-3) }] });
    var keys = ['id', 'switchSidePorts', 'hostSideModules', 'opticsPowerKw', 'networkPowerKw', 'picojoulesPerBit',
                'lasers', 'laserModules', 'capexUsd', 'powerSavedKw', 'extraAcceleratorsAtSamePower'];
    var t = $('compare-table');
    t.textContent = '';
    var hr = el('tr');
    keys.forEach(function (k) { hr.appendChild(el('th', null, k)); });
    t.appendChild(hr);
    a.forEach(function (x) {
      var r = el('tr');
      keys.forEach(function (k) {
        var v = x[k];
        r.appendChild(el('td', typeof v === 'number' ? 'num' : null, typeof v === 'number' ? R.fmt(v) : (v === null ? '' : String(v))));
      });
      t.appendChild(r);
    });
  }

  function compute() {
    var my = ++seq;
    document.body.classList.add('busy');
    return getJson('/api/compare?' + query()).then(function (r) {
      if (my !== seq) { return; }
      document.body.classList.remove('busy');
      if (!r.ok) { showError(r.body); return; }
      $('error').hidden = true;
      draw(r.body);
      document.body.setAttribute('data-last-query', query());
    });
  }

  /* ---- market panel: /api/market with the slider values; the seed and trials are printed */
  var marketSeq = 0, marketTimer = null, MARKET_KNOBS = ['p', 'q', 'learningRate', 'deploymentScale'];

  function marketQuery() {
    var p = new URLSearchParams();
    p.set('scenario', $('scenario').value);
    MARKET_KNOBS.forEach(function (k) { p.set(k, $('m-' + k).value); });
    return p.toString();
  }

  function setFigure(id, value, label) {
    var v = $(id).querySelector('.value');
    v.setAttribute('data-value', String(value));
    v.textContent = R.fmt(value);
    if (label) { $(id + '-label').textContent = label; }
  }

  function drawMarket(m) {
    var years = m.years, last = years[years.length - 1];
    setFigure('fig-marketP50', last.p50 / 1e6, 'CPO revenue ' + last.year + ', P50 (MUSD) · 營收中位數');
    setFigure('fig-marketPorts', last.bottomUp.ports, 'CPO ports ' + last.year + ' · CPO 埠數');
    setFigure('fig-marketShare', last.adoptionShare * 100, 'CPO share ' + last.year + ' (%) · CPO 滲透率');
    var cats = years.map(function (y) { return { en: String(y.year), zhTw: String(y.year) }; });
    function col(f) { return years.map(function (y) { var v = f(y); return v === null || v === undefined ? null : v / 1e6; }); }
    chart('chart-market-fan', { title: T('Bottom-up revenue, P10 / P50 / P90', '由下而上營收'), kind: 'FAN', categories: cats,
      unit: 'MUSD', valueAxis: T('Revenue (MUSD)', '營收'),
      series: [{ name: { en: 'p10', zhTw: 'p10' }, values: col(function (y) { return y.p10; }) },
               { name: { en: 'p50', zhTw: 'p50' }, values: col(function (y) { return y.p50; }) },
               { name: { en: 'p90', zhTw: 'p90' }, values: col(function (y) { return y.p90; }) },
               { name: T('Deterministic', '確定性'), values: col(function (y) { return y.bottomUp.revenueUsd; }) }] });
    var ids = Object.keys(years[0].topDown || {});
    chart('chart-market-topdown', { title: T('Top-down forecasts vs bottom-up', '市場預測 vs 由下而上'), kind: 'LINE', categories: cats,
      unit: 'MUSD', valueAxis: T('Revenue (MUSD)', '營收'),
      series: ids.map(function (id) { return { name: { en: id, zhTw: id }, values: col(function (y) { return y.topDown[id]; }) }; })
        .concat([{ name: T('Bottom-up', '由下而上'), values: col(function (y) { return y.bottomUp.revenueUsd; }) }]) });
    $('market-line').textContent = 'seed ' + m.seed + ', ' + R.fmt(m.trials) + ' trials; the same query gives the same answer.';
  }

  function computeMarket() {
    var my = ++marketSeq, q = marketQuery();
    MARKET_KNOBS.forEach(function (k) { $('m-' + k + '-out').textContent = $('m-' + k).value; });
    $('market-api-link').href = '/api/market?' + q;
    return getJson('/api/market?' + q).then(function (r) {
      if (my !== marketSeq) { return; }
      if (!r.ok) { showError(r.body); return; }
      drawMarket(r.body);
      document.body.setAttribute('data-last-market-query', q);
    });
  }

  function marketLater() {
    clearTimeout(marketTimer);
    marketTimer = setTimeout(computeMarket, 250);
  }


  /* ---- "where CPO wins": /api/sweep-map as a heatmap, cluster size (log-spaced) x CPO watts or
   * price per port, coloured by CPO's lead over the best non-CPO choice, diverging around 0; the
   * column break-evens drawn on a hidden value axis laid over the category axis. */
  var mapSeq = 0, mapData = null, mapFocus = null;
  var MAP_KNOBS = ['switch', 'figure', 'tiers', 'oversubscription'];
  var DIVERGING = ['#b2182b', '#ef8a62', '#fddbc7', '#f7f7f7', '#d1e5f0', '#67a9cf', '#2166ac'];

  function mapQuery() {
    var p = new URLSearchParams();
    MAP_KNOBS.forEach(function (k) { p.set(k, $('map-' + k).value); });
    return p.toString();
  }

  /* 1024 -> "1.02k", 1048576 -> "1.05M": short labels for a log-spaced axis */
  function shortCount(n) {
    function sig(v) { return String(Number(v.toPrecision(3))); }
    if (n >= 1e6) { return sig(n / 1e6) + 'M'; }
    if (n >= 1e3) { return sig(n / 1e3) + 'k'; }
    return String(n);
  }

  function mapPercents(m) {
    return m.metric === 'capex' ? m.capexAdvantagePercent : m.powerAdvantagePercent;
  }

  function mapUnit(m) { return m.figure === 'costPerPortUsd' ? 'US$/port' : 'W/port'; }

  function mapCellText(m, x, y) {
    var p = m.powerAdvantagePercent[y][x];
    if (p === null) {
      return { en: R.fmt(m.endpoints[x]) + ' endpoints: the switch cannot build this cluster', zh: '無法以此交換器建構' };
    }
    var c = m.capexAdvantagePercent[y][x], be = m.breakEven[x];
    var what = m.figure === 'costPerPortUsd' ? 'price' : 'watts';
    function lead(v, noun, less, more) {
      return R.fmt(Math.abs(v)) + '% ' + (v >= 0 ? less : more) + ' ' + noun;
    }
    return {
      en: R.fmt(m.endpoints[x]) + ' endpoints (' + m.tiersUsed[x] + ' tiers), ' + m.cpo + ' at ' + R.fmt(m.values[y]) + ' ' + mapUnit(m)
        + ': ' + lead(p, 'network power', 'less', 'more') + ' than ' + m.bestOtherPower[x]
        + ', ' + lead(c, 'optics capex', 'less', 'more') + ' than ' + m.bestOtherCapex[x]
        + '; lowest power: ' + m.architectures[m.powerWinner[y][x]] + '; break-even ' + what + ': '
        + (be === null ? 'none' : R.fmt(be) + ' ' + mapUnit(m)),
      zh: '網路功耗' + (p >= 0 ? '少 ' : '多 ') + R.fmt(Math.abs(p)) + '%，光學資本支出' + (c >= 0 ? '少 ' : '多 ')
        + R.fmt(Math.abs(c)) + '%，損益平衡 ' + (be === null ? '—' : R.fmt(be))
    };
  }

  function showMapFocus() {
    var m = mapData, f = mapFocus, out = $('map-readout');
    if (!m || !f) { return; }
    var v = mapPercents(m)[f.y][f.x], t = mapCellText(m, f.x, f.y);
    out.textContent = t.en + ' · ' + t.zh;
    out.setAttribute('data-endpoints', String(m.endpoints[f.x]));
    out.setAttribute('data-value', String(m.values[f.y]));
    out.setAttribute('data-metric', m.metric);
    out.setAttribute('data-percent', v === null ? '' : String(v));
    out.setAttribute('data-break-even', m.breakEven[f.x] === null ? '' : String(m.breakEven[f.x]));
    out.className = 'readout' + (v !== null && v < 0 ? ' loses' : '');
  }

  /* The cell to read out: the one clicked if it is still on the map, else the catalog value's row
   * at the buildable column nearest 32k endpoints. */
  function pickFocus(m) {
    var xi = -1, yi = 0, i;
    if (mapFocus) {
      xi = m.endpoints.indexOf(mapFocus.endpoints);
      yi = m.values.indexOf(mapFocus.value);
      if (xi >= 0 && yi >= 0 && m.powerAdvantagePercent[yi][xi] !== null) { return { x: xi, y: yi }; }
    }
    xi = -1;
    yi = 0;
    for (i = 0; i < m.endpoints.length; i++) {
      if (m.tiersUsed[i] !== null && (xi < 0 || Math.abs(Math.log(m.endpoints[i] / 32768)) < Math.abs(Math.log(m.endpoints[xi] / 32768)))) { xi = i; }
    }
    for (i = 0; i < m.values.length; i++) {
      if (Math.abs(m.values[i] - m.catalogValue) < Math.abs(m.values[yi] - m.catalogValue)) { yi = i; }
    }
    return { x: xi, y: yi };
  }

  function drawMap(m) {
    var pct = mapPercents(m), data = [], gaps = [], max = 0;
    m.endpoints.forEach(function (e, x) {
      m.values.forEach(function (v, y) {
        var p = pct[y][x];
        if (p === null) { gaps.push([x, y, 0]); } else { data.push([x, y, p]); max = Math.max(max, Math.abs(p)); }
      });
    });
    var span = Math.max(5, Math.ceil(max / 5) * 5);
    var n = m.values.length, step = n > 1 ? (m.values[n - 1] - m.values[0]) / (n - 1) : 1;
    var power = m.metric === 'power';
    var title = power ? T('CPO\'s network-power lead over the best non-CPO choice (%)', 'CPO 相對最佳非 CPO 方案的網路功耗優勢（%）')
                      : T('CPO\'s optics-capex lead over the best non-CPO choice (%)', 'CPO 相對最佳非 CPO 方案的光學資本支出優勢（%）');
    var yName = power ? m.cpo + ' W per ' + m.cpoPortGbps + 'G port · 每埠功耗' : m.cpo + ' US$ per port · 每埠價格';
    var bl = T('Break-even', '損益平衡'), cat = T('Catalog value', '目錄值'), gap = T('Cannot build', '無法建構');
    var option = {
      animation: false,
      title: { text: title.en, left: 0, textStyle: { fontSize: 14 },
               subtext: m['switch'] + ', tiers ' + m.tiers + ', ' + m.oversubscription + ':1, ' + m.hostLink + ' host links', subtextStyle: { fontSize: 11 } },
      tooltip: { formatter: function (p) {
        var esc = echarts.format.encodeHTML;
        if (p.seriesIndex === 1) { return esc(R.fmt(m.endpoints[p.value[0]]) + ' endpoints · 無法建構'); }
        if (p.seriesIndex === 2) { return esc(bl.en + ': ' + R.fmt(p.value[1]) + ' ' + mapUnit(m) + ' at ' + R.fmt(m.endpoints[p.value[0]]) + ' endpoints'); }
        return esc(mapCellText(m, p.value[0], p.value[1]).en);
      } },
      legend: { top: 44, right: 0, data: [bl.en, cat.en, gap.en] },
      grid: { left: 8, right: 24, top: 78, bottom: 70, containLabel: true },
      xAxis: { type: 'category', name: 'Endpoints, log-spaced · 端點數（對數間距）', nameLocation: 'middle', nameGap: 28,
               data: m.endpoints.map(shortCount), splitArea: { show: false } },
      yAxis: [{ type: 'category', name: yName, nameTextStyle: { align: 'left' }, data: m.values.map(R.fmt) },
              { type: 'value', show: false, min: m.values[0] - step / 2, max: m.values[n - 1] + step / 2 }],
      visualMap: { type: 'continuous', seriesIndex: 0, min: -span, max: span, calculable: true, orient: 'horizontal',
                   left: 'center', bottom: 0, itemHeight: 260, formatter: function (v) { return Math.round(v) + '%'; }, text: ['CPO wins · 勝出', 'CPO loses · 落後'],
                   inRange: { color: DIVERGING } },
      series: [
        { type: 'heatmap', name: 'advantage', data: data, emphasis: { itemStyle: { borderColor: '#1d2733', borderWidth: 1 } } },
        { type: 'heatmap', name: gap.en, data: gaps, itemStyle: { color: '#e3e7ec' }, silent: false },
        { type: 'line', name: bl.en, yAxisIndex: 1, data: m.breakEven.map(function (b, x) { return b === null ? [x, null] : [x, b]; }),
          step: 'middle', symbolSize: 4, lineStyle: { color: '#1d2733', width: 2 }, itemStyle: { color: '#1d2733' }, connectNulls: false,
          markLine: { silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#5b6776' },
                      label: { formatter: cat.en + ' ' + R.fmt(m.catalogValue), position: 'insideEndTop' },
                      data: [{ yAxis: m.catalogValue, name: cat.en }] } },
        { type: 'line', name: cat.en, yAxisIndex: 1, data: [], lineStyle: { type: 'dashed', color: '#5b6776' }, itemStyle: { color: '#5b6776' } }
      ]
    };
    var div = $('chart-map'), inst = echarts.getInstanceByDom(div) || echarts.init(div);
    inst.setOption(option, true);
    div.setAttribute('data-cells', String(data.length));
    div.setAttribute('data-metric', m.metric);
    mapData = m;
    var f = pickFocus(m);
    mapFocus = f.x < 0 ? null : { x: f.x, y: f.y, endpoints: m.endpoints[f.x], value: m.values[f.y] };
    showMapFocus();
    var built = m.tiersUsed.filter(function (t) { return t !== null; }).length;
    $('map-line').textContent = R.fmt(m.cells) + ' cells, ' + built + ' of ' + m.endpoints.length + ' cluster sizes buildable'
      + (m.skippedExample ? ' (e.g. ' + m.skippedExample + ')' : '') + '; compared: ' + m.architectures.join(', ')
      + ' · 共 ' + R.fmt(m.cells) + ' 格，' + built + ' 個規模可建構';
  }

  function computeMap() {
    var my = ++mapSeq, q = mapQuery();
    $('map-api-link').href = '/api/sweep-map?' + q;
    return getJson('/api/sweep-map?' + q).then(function (r) {
      if (my !== mapSeq) { return; }
      var box = $('map-error');
      if (!r.ok) {
        box.hidden = false;
        box.textContent = 'HTTP ' + r.status + ': ' + r.body.error + (r.body.field ? '\nfield: ' + r.body.field : '')
          + (r.body.value !== null && r.body.value !== undefined ? '\nvalue: ' + r.body.value : '')
          + (r.body.hint ? '\nhint: ' + r.body.hint : '');
        return;
      }
      box.hidden = true;
      drawMap(r.body);
      document.body.setAttribute('data-last-map-query', q);
    });
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(compute, 250);
  }

  Promise.all([getJson('/api/catalog'), getJson('/api/scenarios')]).then(function (rs) {
    catalog = rs[0].body;
    scenarios = rs[1].body;
    scenarios.forEach(function (s) { option($('scenario'), s.name); });
    var speeds = [];
    catalog.switches.forEach(function (s) { if (speeds.indexOf(s.portGbps) < 0) { speeds.push(s.portGbps); } });
    speeds.sort(function (x, y) { return x - y; }).forEach(function (s) { option($('speed'), String(s), s + ' Gb/s'); });
    loadScenario(scenarios[0].name);
    catalog.switches.forEach(function (s) { option($('map-switch'), s.id, s.id + ' (' + s.radix + ' x ' + s.portGbps + 'G)'); });
    $('map-switch').value = 'tomahawk5-64x800g';
    $('map-controls').addEventListener('change', computeMap);
    (echarts.getInstanceByDom($('chart-map')) || echarts.init($('chart-map'))).on('click', function (p) {
      if (p.seriesIndex !== 0 || !mapData) { return; }
      mapFocus = { x: p.value[0], y: p.value[1], endpoints: mapData.endpoints[p.value[0]], value: mapData.values[p.value[1]] };
      showMapFocus();
    });
    $('scenario').addEventListener('change', function () { loadScenario($('scenario').value); compute(); computeMarket(); });
    $('market-controls').addEventListener('input', marketLater);
    $('speed').addEventListener('change', function () { fillSwitches(); later(); });
    $('controls').addEventListener('input', function (e) { if (e.target.id !== 'scenario') { later(); } });
    $('controls').addEventListener('change', function (e) { if (e.target.id !== 'scenario' && e.target.id !== 'speed') { later(); } });
    $('controls').addEventListener('submit', function (e) { e.preventDefault(); compute(); });
    window.addEventListener('resize', function () {
      Array.prototype.forEach.call(document.querySelectorAll('.chart'), function (d) {
        var inst = echarts.getInstanceByDom(d);
        if (inst) { inst.resize(); }
      });
    });
    return Promise.all([compute(), computeMarket(), computeMap()]);
  });
})();
