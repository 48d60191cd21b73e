/* CPO Lens dashboard: fills the form from /api/scenarios, /api/catalog and /api/schema, calls
 * /api/compare, /api/market and /api/sweep-map on every change, and draws the answers with the
 * report's chart code (CpoReport.chartOption). Text goes into the page with textContent only.
 * The page's whole state lives in its address (a permalink); results an error left behind are
 * greyed and marked as not updated. */
(function () {
  'use strict';
  var R = window.CpoReport;
  var catalog = null, schema = null, scenarios = [], timer = null, seq = 0;
  var lang = 'en', lastCompare = null, lastMarket = null, lastMap = null, lastTco = null;
  var $ = function (id) { return document.getElementById(id); };

  var I18N = {
    subtitle: { en: 'what-if dashboard', zhTw: '互連情境試算' },
    engine: { en: 'Same engine, seed and trials as', zhTw: '與下列指令使用相同引擎、亂數種子與試驗次數：' },
    permalink: { en: 'Copy permalink', zhTw: '複製永久連結' },
    copied: { en: 'Link copied', zhTw: '已複製連結' },
    cluster: { en: 'Cluster', zhTw: '叢集' },
    scenario: { en: 'Scenario', zhTw: '情境' },
    endpoints: { en: 'Endpoints (host ports)', zhTw: '端點數（主機埠）' },
    accelerators: { en: 'Accelerators', zhTw: '加速器' },
    wattsPerAccelerator: { en: 'W per accelerator', zhTw: '每顆加速器功耗（W）' },
    speed: { en: 'Speed (Gb/s)', zhTw: '速率（Gb/s）' },
    'switch': { en: 'Switch', zhTw: '交換器' },
    tiers: { en: 'Tiers', zhTw: '層數' },
    auto: { en: 'auto', zhTw: '自動' },
    architectures: { en: 'Architectures', zhTw: '架構' },
    baseline: { en: 'Baseline', zhTw: '基準' },
    comparedHint: { en: 'Compared, with switch-side watts per port (blank: the catalog value)',
                    zhTw: '比較對象與交換器端每埠功耗（空白＝資料目錄數值）' },
    compute: { en: 'Compute', zhTw: '計算' },
    headline: { en: 'Headline', zhTw: '重點' },
    comparison: { en: 'Comparison', zhTw: '架構比較' },
    csv: { en: 'CSV', zhTw: '下載 CSV' },
    market: { en: 'Market', zhTw: '市場情境' },
    bassP: { en: 'Bass p (innovation)', zhTw: 'Bass p（創新係數）' },
    bassQ: { en: 'Bass q (imitation)', zhTw: 'Bass q（模仿係數）' },
    learningRate: { en: 'Learning rate', zhTw: '學習率' },
    deploymentScale: { en: 'GPU volume scale', zhTw: 'GPU 出貨倍數' },
    map: { en: 'Where CPO wins', zhTw: 'CPO 在哪裡勝出' },
    mapHint: { en: 'Each cell: CPO\'s lead over the best non-CPO choice (pluggable DSP, LPO, NPO) in that cell, in %; blue: CPO wins, red: it loses. The line is the exact break-even; the dashed column is this cluster. Click a cell for its numbers.',
               zhTw: '每格：CPO 相對該格最佳非 CPO 方案（可插拔 DSP、LPO、NPO）的優勢（%）；藍色＝CPO 勝出，紅色＝落後。實線為精確的損益平衡點，虛線欄為目前叢集。點選格子看數值。' },
    mapFigure: { en: 'CPO figure on the y axis', zhTw: '縱軸的 CPO 參數' },
    mapWatts: { en: 'W per port → network power', zhTw: '每埠功耗 → 網路功耗' },
    mapPrice: { en: 'US$ per port → optics capex', zhTw: '每埠價格 → 光學資本支出' },
    oversubscription: { en: 'Oversubscription', zhTw: '超額訂閱' },
    nonBlocking: { en: '1:1 (non-blocking)', zhTw: '1:1（無阻塞）' },
    stale: { en: 'Not updated: the numbers below are from the last inputs that worked. Fix the input named above.',
             zhTw: '未更新：下方數字來自上一組有效的輸入。請修正上方指出的輸入。' },
    optics: { en: 'Optics', zhTw: '光學' },
    network: { en: 'Network (optics + switches)', zhTw: '網路（光學＋交換器）' },
    power: { en: 'Power', zhTw: '功耗' },
    wattsTitle: { en: 'Where the watts go', zhTw: '功耗分布' },
    switchOptics: { en: 'Switch-side optics', zhTw: '交換器端光學' },
    hostOptics: { en: 'Host-side optics', zhTw: '主機端光學' },
    switchBase: { en: 'Switches before optics', zhTw: '交換器本體' },
    energy: { en: 'Energy per bit', zhTw: '每位元能耗' },
    lasers: { en: 'Lasers', zhTw: '雷射數量' },
    laserDiodes: { en: 'Laser diodes', zhTw: '雷射二極體' },
    laserModules: { en: 'External laser modules', zhTw: '外部雷射模組' },
    count: { en: 'Count', zhTw: '數量' },
    capex: { en: 'Optics capex', zhTw: '光學資本支出' },
    edge: { en: 'Edge used', zhTw: '占用的面板／封裝邊緣' },
    length: { en: 'Length', zhTw: '長度' },
    architecture: { en: 'Architecture', zhTw: '架構' },
    baseOptics: { en: 'Optics power, {a}', zhTw: '光學功耗（{a}）' },
    saved: { en: 'Optics power saved', zhTw: '節省的光學功耗' },
    savedPct: { en: 'Share of optics power saved', zhTw: '光學功耗節省比例' },
    extra: { en: 'Extra accelerators the saved power feeds', zhTw: '省下的電力可多供電的加速器' },
    fabricLine: { en: '{s}: {e} endpoints, {t} tier(s), {n} switches ({per}), {l} links',
                  zhTw: '{s}：{e} 個端點、{t} 層、{n} 台交換器（{per}）、{l} 條鏈路' },
    p50: { en: 'CPO revenue {y}, P50', zhTw: '{y} 年 CPO 營收（P50）' },
    ports: { en: 'CPO ports {y}', zhTw: '{y} 年 CPO 埠數' },
    share: { en: 'CPO share {y}', zhTw: '{y} 年 CPO 滲透率' },
    fan: { en: 'Bottom-up revenue, P10 / P50 / P90', zhTw: '由下而上營收，P10／P50／P90' },
    deterministic: { en: 'Deterministic', zhTw: '確定性基準' },
    topdown: { en: 'Published forecasts vs bottom-up', zhTw: '公開預測與由下而上比較' },
    bottomUp: { en: 'Bottom-up (this model)', zhTw: '由下而上（本模型）' },
    revenue: { en: 'Revenue', zhTw: '營收' },
    marketLine: { en: 'Seed {seed}, {n} trials: the report\'s defaults for this scenario; the same query gives the same answer.',
                  zhTw: '亂數種子 {seed}、{n} 次試驗：與報告相同的預設；相同的查詢得到相同的答案。' },
    mapTitlePower: { en: 'CPO\'s network-power lead over the best non-CPO choice (%)', zhTw: 'CPO 相對最佳非 CPO 方案的網路功耗優勢（%）' },
    mapTitleCapex: { en: 'CPO\'s optics-capex lead over the best non-CPO choice (%)', zhTw: 'CPO 相對最佳非 CPO 方案的光學資本支出優勢（%）' },
    mapX: { en: 'Endpoints, log-spaced', zhTw: '端點數（對數間距）' },
    mapYWatts: { en: '{cpo}: W per {g}G port', zhTw: '{cpo}：每個 {g}G 埠的功耗（W）' },
    mapYPrice: { en: '{cpo}: US$ per port', zhTw: '{cpo}：每埠價格（美元）' },
    breakEven: { en: 'Break-even', zhTw: '損益平衡' },
    catalogValue: { en: 'Catalog value', zhTw: '資料目錄數值' },
    cannotBuild: { en: 'Cannot build', zhTw: '無法建構' },
    thisCluster: { en: 'This cluster', zhTw: '目前叢集' },
    wins: { en: 'CPO wins', zhTw: 'CPO 勝出' },
    loses: { en: 'CPO loses', zhTw: 'CPO 落後' },
    tco: { en: 'Cost of ownership', zhTw: '總持有成本' },
    tcoHint: { en: 'Per accelerator-year: the year-0 capex annualised over the lifetime at the discount rate, plus each year\'s energy and reliability. An input you leave alone shows the scenario\'s own value and is not sent, so the figures are what cpolens tco prints.',
               zhTw: '以每加速器‧年計：第 0 年資本支出依折現率在使用年限內年化，加上每年的電費與可靠度成本。未更動的輸入顯示情境本身的數值且不送出，因此數字與 cpolens tco 的輸出相同。' },
    tcoElectricity: { en: 'Electricity (US$/kWh)', zhTw: '電價（美元／度）' },
    tcoPue: { en: 'PUE', zhTw: '電力使用效率（PUE）' },
    tcoHour: { en: 'Accelerator-hour value (US$/h)', zhTw: '加速器每小時價值（美元／小時）' },
    tcoLifetime: { en: 'Lifetime (years)', zhTw: '使用年限（年）' },
    tcoDiscount: { en: 'Discount rate (per year)', zhTw: '折現率（每年）' },
    tcoReset: { en: 'Scenario\'s values', zhTw: '還原情境數值' },
    tcoPerYear: { en: 'TCO, {a} (US$ per accelerator-year)', zhTw: '{a} 總持有成本（美元／加速器‧年）' },
    tcoAdvantage: { en: 'CPO\'s advantage over {a} (US$ per accelerator-year; negative: CPO costs more)',
                    zhTw: 'CPO 相對 {a} 的優勢（美元／加速器‧年；負值＝CPO 成本較高）' },
    tcoAdvantagePercent: { en: 'CPO\'s advantage over {a} (%)', zhTw: 'CPO 相對 {a} 的優勢（%）' },
    tcoBreakEven: { en: 'Break-even price of {a} (US$ per port; catalog {c})', zhTw: '{a} 損益平衡價格（美元／埠；資料目錄 {c}）' },
    tcoNoBreakEven: { en: 'below zero: CPO costs more even with free optics', zhTw: '低於零：即使 CPO 光學免費仍較貴' },
    tcoChart: { en: 'TCO per accelerator-year', zhTw: '每加速器‧年總持有成本' },
    tcoCapex: { en: 'Capex (annualised)', zhTw: '資本支出（年化）' },
    tcoEnergy: { en: 'Energy', zhTw: '電費' },
    tcoReliability: { en: 'Reliability', zhTw: '可靠度成本' },
    tcoOther: { en: 'Other (freed power)', zhTw: '其他（釋出電力）' },
    tcoCost: { en: 'Cost', zhTw: '成本' },
    simulated: { en: 'simulated', zhTw: '模擬' },
    analytic: { en: 'analytic', zhTw: '解析' },
    tcoLine: { en: '{s}: {n} accelerators, {y}-year lifetime, discount rate {r}; reliability {rel}, seed {seed}, {t} trials. The same query gives what cpolens tco --format json prints.',
               zhTw: '{s}：{n} 顆加速器、使用年限 {y} 年、折現率 {r}；可靠度：{rel}，亂數種子 {seed}、{t} 次試驗。相同的查詢得到與 cpolens tco --format json 相同的答案。' },
    mapMeasure: { en: 'Measure', zhTw: '比較指標' },
    measureAuto: { en: 'auto: power for W, capex for US$', zhTw: '自動：功耗看 W，資本支出看美元' },
    measurePower: { en: 'Network-power lead', zhTw: '網路功耗優勢' },
    measureCapex: { en: 'Optics-capex lead', zhTw: '光學資本支出優勢' },
    measureTco: { en: 'TCO lead', zhTw: '總持有成本優勢' },
    mapTitleTco: { en: 'CPO\'s TCO lead over the best non-CPO choice (%)', zhTw: 'CPO 相對最佳非 CPO 方案的總持有成本優勢（%）' },
    mapLine: { en: '{c} cells, {b} of {n} cluster sizes buildable; compared: {a}', zhTw: '共 {c} 格，{n} 個規模中 {b} 個可建構；比較：{a}' }
  };

  function t(key, vars) {
    var s = R.tr(I18N[key], lang);
    Object.keys(vars || {}).forEach(function (k) { s = s.split('{' + k + '}').join(vars[k]); });
    return s;
  }

  function both(key) { return I18N[key]; }

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
    return o;
  }

  function archName(id) { return (schema.architectures[id] && R.tr(schema.architectures[id], lang)) || id; }

  function switchLabel(s) { return (schema.switches[s.id] && R.tr(schema.switches[s.id], lang)) || s.id; }

  function currentScenario() {
    return scenarios.filter(function (s) { return s.name === $('scenario').value; })[0] || scenarios[0];
  }

  /* Switches at the chosen speed: the catalog's, and the scenario's own when it writes one in. */
  function fillSwitches() {
    var speed = Number($('speed').value), sel = $('switch'), keep = sel.value, sc = currentScenario();
    sel.textContent = '';
    catalog.switches.filter(function (s) { return s.portGbps === speed; }).forEach(function (s) {
      option(sel, s.id, switchLabel(s));
    });
    if (sc && !sc.switchInCatalog && sc.portGbps === speed) {
      option(sel, sc['switch'], R.tr(sc.switchName, lang)).setAttribute('data-scenario-switch', 'true');
    }
    if (keep && Array.prototype.some.call(sel.options, function (o) { return o.value === keep; })) { sel.value = keep; }
  }

  function fillSpeeds() {
    var sel = $('speed'), keep = sel.value, speeds = [];
    catalog.switches.forEach(function (s) { if (speeds.indexOf(s.portGbps) < 0) { speeds.push(s.portGbps); } });
    scenarios.forEach(function (s) { if (speeds.indexOf(s.portGbps) < 0) { speeds.push(s.portGbps); } });
    sel.textContent = '';
    speeds.sort(function (x, y) { return x - y; }).forEach(function (s) { option(sel, String(s), s + ' Gb/s'); });
    if (keep) { sel.value = keep; }
  }

  function fillArchs(sc) {
    var box = $('archs'), base = $('baseline');
    box.textContent = '';
    base.textContent = '';
    var listed = {};
    sc.architectures.forEach(function (a) { listed[a.id] = a; });
    catalog.architectures.forEach(function (a) {
      if (a.replacesHostSide) { option(base, a.id, archName(a.id)); }
    });
    base.value = sc.architectures[0].id;
    catalog.architectures.forEach(function (a) {
      var row = el('div', 'arch');
      row.id = 'row-' + a.id;
      var cb = el('input');
      cb.type = 'checkbox';
      cb.id = 'use-' + a.id;
      cb.checked = !!listed[a.id] && a.id !== sc.architectures[0].id;
      var name = el('label', null, archName(a.id));
      name.htmlFor = cb.id;
      name.setAttribute('data-arch', a.id);
      var w = el('input');
      w.type = 'number';
      w.step = 'any';
      w.min = '0';
      w.id = 'watts-' + a.id;
      w.placeholder = String(a.figures.switchPortWatts.value);
      w.title = a.id + ': ' + a.figures.switchPortWatts.value + ' W (' + a.figures.switchPortWatts.status + ', '
        + a.figures.switchPortWatts.source + ')';
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
    $('scenario').value = name;
    var sc = currentScenario();
    $('endpoints').value = sc.endpoints;
    $('accelerators').value = sc.accelerators;
    $('wattsPerAccelerator').value = sc.wattsPerAccelerator > 0 ? sc.wattsPerAccelerator : '';
    $('speed').value = String(sc.speed);
    fillSwitches();
    $('switch').value = sc['switch'];
    $('tiers').value = String(sc.tiers);
    fillArchs(sc);
    showDescription();
  }

  function showDescription() {
    var sc = currentScenario();
    $('scenario-description').textContent = sc ? (lang === 'zh-TW' && sc.descriptionZhTw ? sc.descriptionZhTw : sc.description) : '';
  }

  /* The query string of the form's state: what the API and scripts call. */
  function query() {
    var p = new URLSearchParams();
    p.set('scenario', $('scenario').value);
    ['endpoints', 'accelerators', 'wattsPerAccelerator'].forEach(function (k) {
      if ($(k).value !== '') { p.set(k, $(k).value); }
    });
    p.set('speed', $('speed').value);
    var sw = $('switch').selectedOptions[0];
    // the scenario's own switch is not a catalog id: leaving it out keeps the scenario's
    if (sw && !sw.hasAttribute('data-scenario-switch')) { p.set('switch', $('switch').value); }
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

  function errorText(status, body) {
    return 'HTTP ' + status + ': ' + body.error + (body.field ? '\nfield: ' + body.field : '')
      + (body.value !== null && body.value !== undefined ? '\nvalue: ' + body.value : '')
      + (body.hint ? '\nhint: ' + body.hint : '');
  }

  /* Results an error left behind stay on screen greyed, under a "not updated" notice. */
  function stale(resultsId, noticeId, on) {
    $(resultsId).classList.toggle('stale', on);
    $(resultsId).setAttribute('aria-disabled', on ? 'true' : 'false');
    $(noticeId).hidden = !on;
  }

  function showError(status, body) {
    var box = $('error');
    box.hidden = false;
    box.textContent = errorText(status, body);
    stale('results', 'stale-notice', true);
  }

  function chart(id, spec) {
    var div = $(id), inst = echarts.getInstanceByDom(div) || echarts.init(div);
    var o = R.chartOption(spec, lang, div.clientWidth);
    delete o.axisFrom;
    o.toolbox = { right: 0, top: 0, feature: { saveAsImage: { name: id.replace('chart-', 'cpolens-'), pixelRatio: 2,
                                                                backgroundColor: '#fff', title: 'PNG' } } };
    inst.setOption(o, true);
  }

  /* The compare table's columns, as the report's: what decides first, counts after. */
  var TABLE = ['opticsPowerKw', 'networkPowerKw', 'capexUsd', 'powerSavedKw', 'extraAcceleratorsAtSamePower',
               'picojoulesPerBit', 'switchSidePorts', 'hostSideModules', 'lasers', 'laserModules', 'edgeMm',
               'worstPathLatencyNs'];

  function column(key) { return schema.columns.filter(function (c) { return c.key === key; })[0]; }

  function displayValue(c, v) { return typeof v === 'number' ? v * c.displayScale : v; }

  function headerOf(c) {
    var u = R.unit(c.displayUnit, lang).label;
    var name = R.tr(c.label, lang);
    return u ? (lang === 'zh-TW' ? name + '（' + u + '）' : name + ' (' + u + ')') : name;
  }

  function draw(res) {
    lastCompare = res;
    var h = res.headline;
    Object.keys(h).forEach(function (k) {
      var card = $('fig-' + k);
      if (!card) { return; }
      var v = card.querySelector('.value');
      v.setAttribute('data-value', String(h[k]));
      v.textContent = R.fmt(h[k]);
    });
    function label(id, text, unit) {
      $(id).querySelector('.label').textContent = unit ? (lang === 'zh-TW' ? text + '（' + unit + '）' : text + ' (' + unit + ')') : text;
    }
    label('fig-baselineOpticsPowerKw', t('baseOptics', { a: archName(h.baselineArchitecture) }), 'kW');
    label('fig-cpoOpticsPowerKw', t('baseOptics', { a: archName(h.cpoArchitecture) }), 'kW');
    label('fig-opticsPowerSavedKw', t('saved'), 'kW');
    label('fig-opticsPowerSavedPercent', t('savedPct'), '%');
    label('fig-extraAcceleratorsAtSamePower', t('extra'), '');
    $('fig-extraAcceleratorsAtSamePower').hidden = !('extraAcceleratorsAtSamePower' in h);
    var f = res.fabric;
    $('fabric-line').textContent = t('fabricLine', { s: res.scenario, e: R.fmt(f.endpoints), t: f.tiers, n: R.fmt(f.switchCount),
                                                      per: f.switchesPerTier.join(' / '), l: R.fmt(f.links) });
    var a = res.architectures;
    var cats = a.map(function (x) { return schema.architectures[x.id] || { en: x.id, zhTw: x.id }; });
    function col(k, scale) { return a.map(function (x) { return x[k] === null ? null : x[k] * (scale || 1); }); }
    var capex = column('capexUsd'), edge = column('edgeMm');
    chart('chart-power', { title: both('power'), kind: 'BAR', categories: cats, unit: 'kW', valueAxis: both('power'),
      series: [{ name: both('optics'), values: col('opticsPowerKw') }, { name: both('network'), values: col('networkPowerKw') }] });
    chart('chart-watts', { title: both('wattsTitle'), kind: 'STACKED_BAR', categories: cats, unit: 'kW', valueAxis: both('power'),
      series: [{ name: both('switchOptics'), values: col('switchOpticsPowerKw'), stack: 'p' },
               { name: both('hostOptics'), values: col('hostOpticsPowerKw'), stack: 'p' },
               { name: both('switchBase'), values: col('switchBasePowerKw'), stack: 'p' }] });
    chart('chart-pj', { title: both('energy'), kind: 'BAR', categories: cats, unit: 'pJ/bit', valueAxis: both('energy'),
      series: [{ name: both('optics'), values: col('opticsPicojoulesPerBit') }, { name: both('network'), values: col('picojoulesPerBit') }] });
    chart('chart-lasers', { title: both('lasers'), kind: 'BAR', categories: cats, unit: '', valueAxis: both('count'),
      series: [{ name: both('laserDiodes'), values: col('lasers') }, { name: both('laserModules'), values: col('laserModules') }] });
    chart('chart-capex', { title: both('capex'), kind: 'BAR', categories: cats, unit: capex.displayUnit, valueAxis: both('capex'),
      series: [{ name: both('capex'), values: col('capexUsd', capex.displayScale) }] });
    chart('chart-edge', { title: both('edge'), kind: 'BAR', categories: cats, unit: edge.displayUnit, valueAxis: both('length'),
      series: [{ name: both('edge'), values: col('edgeMm', edge.displayScale) }] });
    var tbl = $('compare-table');
    tbl.textContent = '';
    var thead = el('thead'), hr = el('tr');
    var th0 = el('th', null, t('architecture'));
    th0.setAttribute('data-key', 'architecture');
    hr.appendChild(th0);
    TABLE.forEach(function (k) {
      var th = el('th', 'num', headerOf(column(k)));
      th.setAttribute('data-key', k);
      hr.appendChild(th);
    });
    thead.appendChild(hr);
    tbl.appendChild(thead);
    var tbody = el('tbody');
    a.forEach(function (x) {
      var r = el('tr');
      var name = el('td', null, archName(x.id));
      name.title = x.id;
      r.appendChild(name);
      TABLE.forEach(function (k) {
        var v = displayValue(column(k), x[k]);
        var td = el('td', 'num', typeof v === 'number' ? R.fmt(v) : (v === null || v === undefined ? '' : String(v)));
        if (typeof x[k] === 'number') { td.setAttribute('data-value', String(x[k])); }
        r.appendChild(td);
      });
      tbody.appendChild(r);
    });
    tbl.appendChild(tbody);
  }

  function compareCsv() {
    if (!lastCompare) { return; }
    var keys = ['id'].concat(TABLE);
    var lines = [keys.join(',')];
    lastCompare.architectures.forEach(function (x) {
      lines.push(keys.map(function (k) { return x[k] === null || x[k] === undefined ? '' : String(x[k]); }).join(','));
    });
    download('cpolens-compare.csv', lines.join('\r\n') + '\r\n');
  }

  function download(name, text) {
    var a = el('a');
    a.href = URL.createObjectURL(new Blob(['\ufeff' + text], { type: 'text/csv;charset=utf-8' }));
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 0);
  }

  function compute() {
    var my = ++seq, q = query();
    document.body.classList.add('busy');
    var tco = computeTco(); // the cost panel prices the same cluster
    return Promise.all([tco, getJson('/api/compare?' + q).then(function (r) {
      if (my !== seq) { return; }
      document.body.classList.remove('busy');
      if (!r.ok) { showError(r.status, r.body); return; }
      $('error').hidden = true;
      stale('results', 'stale-notice', false);
      draw(r.body);
      document.body.setAttribute('data-last-query', q);
      remember();
      if (mapData) { drawMap(mapData); }
    })]);
  }

  /* ---- market panel: /api/market with the slider values; seed and trials are the report's defaults */
  var marketSeq = 0, marketTimer = null, MARKET_KNOBS = ['p', 'q', 'learningRate', 'deploymentScale'];
  /* Only the knobs the reader moved are sent: an untouched slider stands at the scenario's own value
   * (set from the answer), so the panel gives the figure analyze and cpolens market give. */
  var marketMoved = {};

  /* Sets on p each knob the reader moved: key prefix + knob, from the input with id idPrefix + knob. */
  function setMoved(p, knobs, moved, idPrefix, keyPrefix) {
    knobs.forEach(function (k) { if (moved[k]) { p.set(keyPrefix + k, $(idPrefix + k).value); } });
  }

  function marketQuery() {
    var p = new URLSearchParams();
    p.set('scenario', $('scenario').value);
    setMoved(p, MARKET_KNOBS, marketMoved, 'm-', '');
    return p.toString();
  }

  /* The scenario's own value of each knob, read from the market answer. */
  function marketKnobValues(m) {
    var a = (m.adoption && m.adoption.parameters) || {}, pr = (m.price && m.price.parameters) || {};
    return { p: a.p, q: a.q, learningRate: pr.learningRate !== undefined ? pr.learningRate : pr.annualDecline,
             deploymentScale: m.deploymentScale !== undefined ? m.deploymentScale : 1 };
  }

  function showKnobs(m) {
    var v = m ? marketKnobValues(m) : {};
    MARKET_KNOBS.forEach(function (k) {
      if (!marketMoved[k] && typeof v[k] === 'number') { $('m-' + k).value = v[k]; }
      // a slider snaps to its step: the untouched knob shows the scenario's exact value
      $('m-' + k + '-out').textContent = !marketMoved[k] && typeof v[k] === 'number' ? String(v[k]) : $('m-' + k).value;
    });
  }

  function setFigure(id, value, label) {
    var v = $(id).querySelector('.value');
    v.setAttribute('data-value', String(value));
    v.textContent = R.fmt(value);
    if (label) { $(id + '-label').textContent = label; }
  }

  function drawMarket(m) {
    lastMarket = m;
    var years = m.years, last = years[years.length - 1];
    var musd = R.unit('MUSD', lang).label;
    setFigure('fig-marketP50', last.p50 / 1e6, t('p50', { y: last.year }) + (lang === 'zh-TW' ? '（' + musd + '）' : ' (' + musd + ')'));
    setFigure('fig-marketPorts', last.bottomUp.ports, t('ports', { y: last.year }));
    setFigure('fig-marketShare', last.adoptionShare * 100, t('share', { y: last.year }) + ' (%)');
    var cats = years.map(function (y) { return { en: String(y.year), zhTw: String(y.year) }; });
    function col(f) { return years.map(function (y) { var v = f(y); return v === null || v === undefined ? null : v / 1e6; }); }
    chart('chart-market-fan', { title: both('fan'), kind: 'FAN', categories: cats, unit: 'MUSD', valueAxis: both('revenue'),
      series: [{ name: { en: 'p10', zhTw: 'p10' }, values: col(function (y) { return y.p10; }) },
               { name: { en: 'p50', zhTw: 'p50' }, values: col(function (y) { return y.p50; }) },
               { name: { en: 'p90', zhTw: 'p90' }, values: col(function (y) { return y.p90; }) },
               { name: both('deterministic'), values: col(function (y) { return y.bottomUp.revenueUsd; }) }] });
    var names = {};
    (m.sources || []).forEach(function (s) { names[s.id] = s.name; });
    var ids = Object.keys(years[0].topDown || {});
    chart('chart-market-topdown', { title: both('topdown'), kind: 'LINE', categories: cats, unit: 'MUSD', valueAxis: both('revenue'),
      series: ids.map(function (id) { return { name: { en: names[id] || id, zhTw: names[id] || id }, values: col(function (y) { return y.topDown[id]; }) }; })
        .concat([{ name: both('bottomUp'), values: col(function (y) { return y.bottomUp.revenueUsd; }) }]) });
    $('market-line').textContent = t('marketLine', { seed: m.seed, n: R.fmt(m.trials) });
    $('market-line').setAttribute('data-seed', String(m.seed));
    $('market-line').setAttribute('data-trials', String(m.trials));
  }

  function marketCsv() {
    if (!lastMarket) { return; }
    var lines = ['year,accelerators,adoptionShare,engineUsdPerGbps,bottomUpRevenueUsd,p10,p50,p90'];
    lastMarket.years.forEach(function (y) {
      lines.push([y.year, y.accelerators, y.adoptionShare, y.engineUsdPerGbps, y.bottomUp.revenueUsd, y.p10, y.p50, y.p90].join(','));
    });
    download('cpolens-market.csv', lines.join('\r\n') + '\r\n');
  }

  function computeMarket() {
    var my = ++marketSeq, q = marketQuery();
    showKnobs(null);
    $('market-api-link').href = '/api/market?' + q;
    return getJson('/api/market?' + q).then(function (r) {
      if (my !== marketSeq) { return; }
      if (!r.ok) { showError(r.status, r.body); stale('market-results', 'market-stale', true); return; }
      stale('market-results', 'market-stale', false);
      drawMarket(r.body);
      showKnobs(r.body);
      document.body.setAttribute('data-last-market-query', q);
      remember();
    });
  }

  function marketLater() {
    clearTimeout(marketTimer);
    marketTimer = setTimeout(computeMarket, 250);
  }

  /* ---- cost of ownership: /api/tco with the cluster form's query and the cost inputs the reader
   * changed as tco.INPUT; reliability, seed and trials are the scenario's (cpolens tco's defaults) */
  var tcoSeq = 0, tcoTimer = null, TCO_KNOBS = ['electricityUsdPerKwh', 'pue', 'acceleratorHourUsd', 'lifetimeYears', 'discountRate'];
  /* Only inputs the reader changed are sent: an untouched one shows the scenario's own value (from
   * the answer's inputs), so the panel gives the figure cpolens tco gives. A cleared input is untouched. */
  var tcoMoved = {};

  function tcoQuery() {
    var p = new URLSearchParams(query());
    setMoved(p, TCO_KNOBS, tcoMoved, 't-', 'tco.');
    return p.toString();
  }

  function tcoInputValues(r) {
    var v = { lifetimeYears: r.lifetimeYears, discountRate: r.discountRate };
    (r.inputs || []).forEach(function (i) { if (TCO_KNOBS.indexOf(i.input) >= 0 && !(i.input in v)) { v[i.input] = i.value; } });
    return v;
  }

  function showTcoInputs(r) {
    var v = tcoInputValues(r);
    TCO_KNOBS.forEach(function (k) {
      var inp = $('t-' + k);
      if (!tcoMoved[k] && typeof v[k] === 'number') { inp.value = String(v[k]); }
      inp.classList.toggle('moved', !!tcoMoved[k]);
    });
  }

  function tcoArch(r, id) { return r.architectures.filter(function (a) { return a.id === id; })[0] || null; }

  /* US$ per accelerator-year, split: capex annualised with the answer's annuity factor, energy and
   * reliability per year; "other" is what the total holds beyond them (a freed-power credit). */
  function tcoParts(r, a) {
    var n = r.accelerators, capex = a.tcoCapexUsd / r.annuityFactor / n, energy = a.tcoEnergyUsdPerYear / n,
      rel = a.tcoReliabilityUsdPerYear / n;
    return { capex: capex, energy: energy, reliability: rel, other: a.tcoUsdPerAcceleratorYear - capex - energy - rel };
  }

  /* CPO's lead over the best non-CPO choice, US$ per accelerator-year and %: negative, CPO costs more. */
  function tcoAdvantage(r) {
    var cpo = tcoArch(r, r.targetArchitecture), other = tcoArch(r, r.bestNonCpoArchitecture);
    if (!cpo || !other) { return null; }
    var usd = other.tcoUsdPerAcceleratorYear - cpo.tcoUsdPerAcceleratorYear;
    return { usd: usd, percent: usd / other.tcoUsdPerAcceleratorYear * 100 };
  }

  function tcoFigure(id, value, label) {
    var v = $(id).querySelector('.value');
    v.setAttribute('data-value', value === null || value === undefined ? '' : String(value));
    v.textContent = value === null || value === undefined ? '–' : R.fmt(value);
    $(id + '-label').textContent = label;
  }

  function drawTco(r) {
    lastTco = r;
    var base = tcoArch(r, r.baselineArchitecture), cpo = tcoArch(r, r.targetArchitecture), adv = tcoAdvantage(r);
    var rival = r.bestNonCpoArchitecture ? archName(r.bestNonCpoArchitecture) : '–';
    var be = (r.breakEvens || []).filter(function (b) { return b.architecture === r.targetArchitecture; })[0];
    tcoFigure('fig-tcoBaseline', base ? base.tcoUsdPerAcceleratorYear : null, t('tcoPerYear', { a: archName(r.baselineArchitecture) }));
    tcoFigure('fig-tcoTarget', cpo ? cpo.tcoUsdPerAcceleratorYear : null, t('tcoPerYear', { a: r.targetArchitecture ? archName(r.targetArchitecture) : 'CPO' }));
    tcoFigure('fig-tcoAdvantage', adv ? adv.usd : null, t('tcoAdvantage', { a: rival }));
    tcoFigure('fig-tcoAdvantagePercent', adv ? adv.percent : null, t('tcoAdvantagePercent', { a: rival }));
    tcoFigure('fig-tcoBreakEven', be ? be.priceUsdPerPort : null,
              t('tcoBreakEven', { a: r.targetArchitecture ? archName(r.targetArchitecture) : 'CPO', c: be ? R.fmt(be.catalogPriceUsdPerPort) : '–' })
              + (be && be.priceUsdPerPort !== null && be.priceUsdPerPort < 0 ? (lang === 'zh-TW' ? '；' : '; ') + t('tcoNoBreakEven') : ''));
    var a = r.architectures, parts = a.map(function (x) { return tcoParts(r, x); });
    var cats = a.map(function (x) { return schema.architectures[x.id] || { en: x.id, zhTw: x.id }; });
    function col(k) { return parts.map(function (p) { return p[k]; }); }
    var series = [{ name: both('tcoCapex'), values: col('capex'), stack: 't' },
                  { name: both('tcoEnergy'), values: col('energy'), stack: 't' },
                  { name: both('tcoReliability'), values: col('reliability'), stack: 't' }];
    if (parts.some(function (p) { return Math.abs(p.other) > 0.005; })) {
      series.push({ name: both('tcoOther'), values: col('other'), stack: 't' });
    }
    chart('chart-tco', { title: both('tcoChart'), kind: 'STACKED_BAR', categories: cats, unit: 'USD', valueAxis: both('tcoCost'), series: series });
    $('chart-tco').setAttribute('data-totals', a.map(function (x) { return x.id + '=' + x.tcoUsdPerAcceleratorYear; }).join(','));
    $('tco-line').textContent = t('tcoLine', { s: r.scenario, n: R.fmt(r.accelerators), y: R.fmt(r.lifetimeYears), r: R.fmt(r.discountRate),
                                               rel: t(r.reliabilitySource === 'analytic' ? 'analytic' : 'simulated'), seed: r.seed, t: R.fmt(r.trials) });
    $('tco-line').setAttribute('data-seed', String(r.seed));
    $('tco-line').setAttribute('data-trials', String(r.trials));
    $('tco-line').setAttribute('data-reliability', String(r.reliabilitySource));
  }

  function tcoCsv() {
    if (!lastTco) { return; }
    var keys = ['tcoUsdPerAcceleratorYear', 'tcoUsd', 'tcoCapexUsd', 'tcoEnergyUsdPerYear', 'tcoReliabilityUsdPerYear',
                'tcoNpvVsBaselineUsd', 'tcoNpvVsBestOtherUsd', 'tcoBreakEvenUsdPerPort', 'tcoBreakEvenWattsPerPort'];
    var lines = [['id'].concat(keys, ['capexUsdPerAcceleratorYear', 'energyUsdPerAcceleratorYear', 'reliabilityUsdPerAcceleratorYear']).join(',')];
    lastTco.architectures.forEach(function (x) {
      var p = tcoParts(lastTco, x);
      lines.push([x.id].concat(keys.map(function (k) { return x[k] === null || x[k] === undefined ? '' : String(x[k]); }),
                               [p.capex, p.energy, p.reliability]).join(','));
    });
    download('cpolens-tco.csv', lines.join('\r\n') + '\r\n');
  }

  function computeTco() {
    var my = ++tcoSeq, q = tcoQuery();
    $('tco-api-link').href = '/api/tco?' + q;
    return getJson('/api/tco?' + q).then(function (r) {
      if (my !== tcoSeq) { return; }
      var box = $('tco-error');
      if (!r.ok) {
        box.hidden = false;
        box.textContent = errorText(r.status, r.body);
        stale('tco-results', 'tco-stale', true);
        return;
      }
      box.hidden = true;
      stale('tco-results', 'tco-stale', false);
      drawTco(r.body);
      showTcoInputs(r.body);
      document.body.setAttribute('data-last-tco-query', q);
      remember();
    });
  }

  function tcoLater() {
    clearTimeout(tcoTimer);
    tcoTimer = setTimeout(function () { computeTco(); computeMap(); }, 300);
  }

  /* ---- "where CPO wins": /api/sweep-map as a heatmap, cluster size (log-spaced) x CPO watts or
   * price per port, coloured by CPO's lead over the best non-CPO choice, diverging around 0; the
   * column break-evens drawn on a hidden value axis laid over the category axis, and the column of
   * the cluster in the form marked. */
  var mapSeq = 0, mapData = null, mapFocus = null;
  var MAP_KNOBS = ['switch', 'figure', 'tiers', 'oversubscription'];
  var DIVERGING = ['#b2182b', '#ef8a62', '#fddbc7', '#f7f7f7', '#d1e5f0', '#67a9cf', '#2166ac'];

  function mapQuery() {
    var p = new URLSearchParams();
    MAP_KNOBS.forEach(function (k) { p.set(k, $('map-' + k).value); });
    // the TCO lead uses the cost inputs the reader changed in the cost panel
    setMoved(p, TCO_KNOBS, tcoMoved, 't-', 'tco.');
    return p.toString();
  }

  /* What colours the map: the reader's choice, or "auto": power for the watts figure, capex for the price. */
  function mapMeasure(m) {
    var sel = $('map-measure').value;
    if (sel === 'tco' && !m.tcoAdvantagePercent) { return m.metric; }
    return sel === 'power' || sel === 'capex' || sel === 'tco' ? sel : m.metric;
  }

  /* The break-even line of the measure: the figure's value at which CPO ties; none when the figure
   * does not move the measure (watts do not change capex, prices do not change power). */
  function mapBreakEven(m) {
    var k = mapMeasure(m);
    if (k === 'tco') { return m.figure === 'costPerPortUsd' ? m.tcoBreakEvenUsdPerPort : m.tcoBreakEvenWattsPerPort; }
    return k === m.metric ? m.breakEven : m.breakEven.map(function () { return null; });
  }

  /* 1024 -> "1.02k", 1048576 -> "1.05M": short labels for a log-spaced axis */
  function shortCount(n) {
    function sig(v) { return String(Number(v.toPrecision(3))); }
    if (n >= 1e6) { return sig(n / 1e6) + 'M'; }
    if (n >= 1e3) { return sig(n / 1e3) + 'k'; }
    return String(n);
  }

  function mapPercents(m) {
    var k = mapMeasure(m);
    return k === 'tco' ? m.tcoAdvantagePercent : k === 'capex' ? m.capexAdvantagePercent : m.powerAdvantagePercent;
  }

  function mapUnit(m) { return m.figure === 'costPerPortUsd' ? (lang === 'zh-TW' ? '美元／埠' : 'US$/port') : (lang === 'zh-TW' ? 'W／埠' : 'W/port'); }

  function mapCellText(m, x, y) {
    var p = m.powerAdvantagePercent[y][x];
    if (p === null) {
      return lang === 'zh-TW' ? R.fmt(m.endpoints[x]) + ' 個端點：此交換器無法建構' : R.fmt(m.endpoints[x]) + ' endpoints: the switch cannot build this cluster';
    }
    var c = m.capexAdvantagePercent[y][x], be = mapBreakEven(m)[x];
    var tc = mapMeasure(m) === 'tco' ? m.tcoAdvantagePercent[y][x] : null;
    if (lang === 'zh-TW') {
      return R.fmt(m.endpoints[x]) + ' 個端點（' + m.tiersUsed[x] + ' 層），' + archName(m.cpo) + ' 在 ' + R.fmt(m.values[y]) + ' ' + mapUnit(m)
        + '：網路功耗比 ' + archName(m.bestOtherPower[x]) + (p >= 0 ? '少 ' : '多 ') + R.fmt(Math.abs(p)) + '%，光學資本支出比 '
        + archName(m.bestOtherCapex[x]) + (c >= 0 ? '少 ' : '多 ') + R.fmt(Math.abs(c)) + '%'
        + (tc === null ? '' : '，總持有成本比 ' + archName(m.bestOtherTco[x]) + (tc >= 0 ? '少 ' : '多 ') + R.fmt(Math.abs(tc)) + '%') + '；功耗最低：'
        + archName(m.architectures[m.powerWinner[y][x]]) + '；損益平衡：' + (be === null ? '無' : R.fmt(be) + ' ' + mapUnit(m));
    }
    var what = m.figure === 'costPerPortUsd' ? 'price' : 'watts';
    function lead(v, noun, less, more) { return R.fmt(Math.abs(v)) + '% ' + (v >= 0 ? less : more) + ' ' + noun; }
    return R.fmt(m.endpoints[x]) + ' endpoints (' + m.tiersUsed[x] + ' tiers), ' + archName(m.cpo) + ' at ' + R.fmt(m.values[y]) + ' ' + mapUnit(m)
      + ': ' + lead(p, 'network power', 'less', 'more') + ' than ' + archName(m.bestOtherPower[x])
      + ', ' + lead(c, 'optics capex', 'less', 'more') + ' than ' + archName(m.bestOtherCapex[x])
      + (tc === null ? '' : ', ' + lead(tc, 'TCO', 'less', 'more') + ' than ' + archName(m.bestOtherTco[x]))
      + '; lowest power: ' + archName(m.architectures[m.powerWinner[y][x]]) + '; break-even ' + what + ': '
      + (be === null ? 'none' : R.fmt(be) + ' ' + mapUnit(m));
  }

  function showMapFocus() {
    var m = mapData, f = mapFocus, out = $('map-readout');
    if (!m || !f) { return; }
    var v = mapPercents(m)[f.y][f.x];
    out.textContent = mapCellText(m, f.x, f.y);
    out.setAttribute('data-endpoints', String(m.endpoints[f.x]));
    out.setAttribute('data-value', String(m.values[f.y]));
    var be = mapBreakEven(m)[f.x];
    out.setAttribute('data-metric', mapMeasure(m));
    out.setAttribute('data-percent', v === null ? '' : String(v));
    out.setAttribute('data-break-even', be === null || be === undefined ? '' : String(be));
    out.className = 'readout' + (v !== null && v < 0 ? ' loses' : '');
  }

  /* The buildable column nearest the cluster in the form (log distance), or -1. */
  function clusterColumn(m) {
    var n = Number($('endpoints').value), xi = -1;
    if (!(n > 0)) { return -1; }
    m.endpoints.forEach(function (e, i) {
      if (m.tiersUsed[i] !== null && (xi < 0 || Math.abs(Math.log(e / n)) < Math.abs(Math.log(m.endpoints[xi] / n)))) { xi = i; }
    });
    return xi;
  }

  /* The cell to read out: the one clicked if it is still on the map, else the catalog value's row
   * at this cluster's column. */
  function pickFocus(m) {
    var xi = -1, yi = 0, i;
    if (mapFocus) {
      xi = m.endpoints.indexOf(mapFocus.endpoints);
      yi = m.values.indexOf(mapFocus.value);
      if (xi >= 0 && yi >= 0 && m.powerAdvantagePercent[yi][xi] !== null) { return { x: xi, y: yi }; }
    }
    xi = clusterColumn(m);
    yi = 0;
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
    var power = m.metric === 'power', measure = mapMeasure(m), breakEven = mapBreakEven(m);
    var yName = power ? t('mapYWatts', { cpo: archName(m.cpo), g: m.cpoPortGbps }) : t('mapYPrice', { cpo: archName(m.cpo) });
    var here = clusterColumn(m);
    var option = {
      animation: false,
      toolbox: { right: 0, top: 0, feature: { saveAsImage: { name: 'cpolens-where-cpo-wins', pixelRatio: 2, backgroundColor: '#fff', title: 'PNG' } } },
      title: { text: t({ power: 'mapTitlePower', capex: 'mapTitleCapex', tco: 'mapTitleTco' }[measure]), left: 0, textStyle: { fontSize: 14 },
               subtext: (schema.switches[m['switch']] ? R.tr(schema.switches[m['switch']], lang) : m['switch']) + ', '
                 + t('tiers') + ' ' + m.tiers + ', ' + m.oversubscription + ':1, ' + m.hostLink, subtextStyle: { fontSize: 11 } },
      tooltip: { formatter: function (p) {
        var esc = echarts.format.encodeHTML;
        if (p.seriesIndex === 1) { return esc(R.fmt(m.endpoints[p.value[0]]) + ': ' + t('cannotBuild')); }
        if (p.seriesIndex === 2) { return esc(t('breakEven') + ': ' + R.fmt(p.value[1]) + ' ' + mapUnit(m) + ' @ ' + R.fmt(m.endpoints[p.value[0]])); }
        return esc(mapCellText(m, p.value[0], p.value[1]));
      } },
      legend: { top: 44, right: 0, data: [t('breakEven'), t('catalogValue'), t('cannotBuild')] },
      grid: { left: 8, right: 24, top: 78, bottom: 70, containLabel: true },
      xAxis: { type: 'category', name: t('mapX'), nameLocation: 'middle', nameGap: 28,
               data: m.endpoints.map(shortCount), splitArea: { show: false } },
      yAxis: [{ type: 'category', name: yName, nameTextStyle: { align: 'left' }, data: m.values.map(R.fmt) },
              { type: 'value', show: false, min: m.values[0] - step / 2, max: m.values[n - 1] + step / 2 }],
      visualMap: { type: 'continuous', seriesIndex: 0, min: -span, max: span, calculable: true, orient: 'horizontal',
                   left: 'center', bottom: 0, itemHeight: 260, formatter: function (v) { return Math.round(v) + '%'; },
                   text: [t('wins'), t('loses')], inRange: { color: DIVERGING } },
      series: [
        { type: 'heatmap', name: 'advantage', data: data, emphasis: { itemStyle: { borderColor: '#1d2733', borderWidth: 1 } },
          markLine: here < 0 ? undefined : { silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#1d2733', width: 2 },
                                             label: { formatter: t('thisCluster') + ' ' + R.fmt(Number($('endpoints').value)), position: 'end' },
                                             data: [{ xAxis: here }] } },
        { type: 'heatmap', name: t('cannotBuild'), data: gaps, itemStyle: { color: '#e3e7ec' }, silent: false },
        { type: 'line', name: t('breakEven'), yAxisIndex: 1, data: breakEven.map(function (b, x) { return b === null || b === undefined ? [x, null] : [x, b]; }),
          step: 'middle', symbolSize: 4, lineStyle: { color: '#1d2733', width: 2 }, itemStyle: { color: '#1d2733' }, connectNulls: false,
          markLine: { silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#5b6776' },
                      label: { formatter: t('catalogValue') + ' ' + R.fmt(m.catalogValue), position: 'insideEndTop' },
                      data: [{ yAxis: m.catalogValue, name: t('catalogValue') }] } },
        { type: 'line', name: t('catalogValue'), yAxisIndex: 1, data: [], lineStyle: { type: 'dashed', color: '#5b6776' }, itemStyle: { color: '#5b6776' } }
      ]
    };
    var div = $('chart-map'), inst = echarts.getInstanceByDom(div) || echarts.init(div);
    inst.setOption(option, true);
    div.setAttribute('data-cells', String(data.length));
    div.setAttribute('data-metric', measure);
    div.setAttribute('data-cluster-column', String(here));
    div.setAttribute('data-cluster-endpoints', here < 0 ? '' : String(m.endpoints[here]));
    mapData = m;
    var f = pickFocus(m);
    mapFocus = f.x < 0 ? null : { x: f.x, y: f.y, endpoints: m.endpoints[f.x], value: m.values[f.y] };
    showMapFocus();
    var built = m.tiersUsed.filter(function (x) { return x !== null; }).length;
    $('map-line').textContent = t('mapLine', { c: R.fmt(m.cells), b: built, n: m.endpoints.length,
                                               a: m.architectures.map(archName).join(lang === 'zh-TW' ? '、' : ', ') });
  }

  function mapCsv() {
    if (!mapData) { return; }
    var m = mapData, lines = ['endpoints,' + m.figure + ',powerAdvantagePercent,capexAdvantagePercent,tcoAdvantagePercent'];
    m.endpoints.forEach(function (e, x) {
      m.values.forEach(function (v, y) {
        var p = m.powerAdvantagePercent[y][x], c = m.capexAdvantagePercent[y][x],
          tc = m.tcoAdvantagePercent ? m.tcoAdvantagePercent[y][x] : null;
        lines.push([e, v, p === null ? '' : p, c === null ? '' : c, tc === null ? '' : tc].join(','));
      });
    });
    download('cpolens-where-cpo-wins.csv', lines.join('\r\n') + '\r\n');
  }

  function computeMap() {
    var my = ++mapSeq, q = mapQuery();
    $('map-api-link').href = '/api/sweep-map?' + q;
    return getJson('/api/sweep-map?' + q).then(function (r) {
      if (my !== mapSeq) { return; }
      var box = $('map-error');
      if (!r.ok) {
        box.hidden = false;
        box.textContent = errorText(r.status, r.body);
        stale('map-results', 'map-stale', true);
        return;
      }
      box.hidden = true;
      stale('map-results', 'map-stale', false);
      drawMap(r.body);
      document.body.setAttribute('data-last-map-query', q);
      remember();
    });
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(compute, 250);
  }

  /* ---- the page's state in its address: the compare query, m.* market knobs, map.* map knobs, lang */
  function stateQuery() {
    var p = new URLSearchParams(query());
    setMoved(p, MARKET_KNOBS, marketMoved, 'm-', 'm.');
    setMoved(p, TCO_KNOBS, tcoMoved, 't-', 't.');
    MAP_KNOBS.forEach(function (k) { p.set('map.' + k, $('map-' + k).value); });
    if ($('map-measure').value !== 'auto') { p.set('map.measure', $('map-measure').value); }
    p.set('lang', lang);
    return p.toString();
  }

  function remember() {
    var q = stateQuery();
    history.replaceState(null, '', location.pathname + '?' + q);
    document.body.setAttribute('data-state', q);
  }

  function restore(p) {
    if (p.has('scenario') && scenarios.some(function (s) { return s.name === p.get('scenario'); })) {
      loadScenario(p.get('scenario'));
    }
    ['endpoints', 'accelerators', 'wattsPerAccelerator'].forEach(function (k) { if (p.has(k)) { $(k).value = p.get(k); } });
    if (p.has('speed')) { $('speed').value = p.get('speed'); fillSwitches(); }
    if (p.has('switch')) { $('switch').value = p.get('switch'); }
    if (p.has('tiers')) { $('tiers').value = p.get('tiers'); }
    if (p.has('archs')) {
      var ids = p.get('archs').split(',');
      if (ids[0]) { $('baseline').value = ids[0]; }
      catalog.architectures.forEach(function (a) { $('use-' + a.id).checked = ids.indexOf(a.id) > 0; });
    }
    catalog.architectures.forEach(function (a) {
      var k = 'override.' + a.id + '.switchPortWatts';
      if (p.has(k)) { $('watts-' + a.id).value = p.get(k); }
    });
    MARKET_KNOBS.forEach(function (k) {
      if (p.has('m.' + k)) { $('m-' + k).value = p.get('m.' + k); marketMoved[k] = true; }
    });
    TCO_KNOBS.forEach(function (k) {
      if (p.has('t.' + k) && p.get('t.' + k) !== '') { $('t-' + k).value = p.get('t.' + k); tcoMoved[k] = true; }
    });
    MAP_KNOBS.concat(['measure']).forEach(function (k) { if (p.has('map.' + k)) { $('map-' + k).value = p.get('map.' + k); } });
  }

  /* ---- language */
  function applyLang(next) {
    lang = next === 'zh-TW' ? 'zh-TW' : 'en';
    document.documentElement.lang = lang;
    document.title = lang === 'zh-TW' ? 'CPO Lens 儀表板' : 'CPO Lens dashboard';
    Array.prototype.forEach.call(document.querySelectorAll('[data-i18n]'), function (e) {
      e.textContent = t(e.getAttribute('data-i18n'));
    });
    Array.prototype.forEach.call(document.querySelectorAll('.lang button'), function (b) {
      b.classList.toggle('active', b.getAttribute('data-lang') === lang);
    });
    if (!catalog) { return; }
    Array.prototype.forEach.call(document.querySelectorAll('#archs label[data-arch]'), function (l) {
      l.textContent = archName(l.getAttribute('data-arch'));
    });
    Array.prototype.forEach.call($('baseline').options, function (o) { o.textContent = archName(o.value); });
    Array.prototype.forEach.call($('map-switch').options, function (o) {
      o.textContent = schema.switches[o.value] ? R.tr(schema.switches[o.value], lang) : o.value;
    });
    fillSwitches();
    showDescription();
    if (lastCompare) { draw(lastCompare); }
    if (lastMarket) { drawMarket(lastMarket); }
    if (lastTco) { drawTco(lastTco); }
    if (mapData) { drawMap(mapData); }
  }

  applyLang(new URLSearchParams(location.search).get('lang'));

  Promise.all([getJson('/api/catalog'), getJson('/api/scenarios'), getJson('/api/schema')]).then(function (rs) {
    catalog = rs[0].body;
    scenarios = rs[1].body;
    schema = rs[2].body;
    R.setUnits(schema.units);
    scenarios.forEach(function (s) { option($('scenario'), s.name); });
    fillSpeeds();
    catalog.switches.forEach(function (s) { option($('map-switch'), s.id, switchLabel(s)); });
    var params = new URLSearchParams(location.search);
    loadScenario(params.get('scenario') && scenarios.some(function (s) { return s.name === params.get('scenario'); })
      ? params.get('scenario') : scenarios[0].name);
    var sw = currentScenario()['switch'];
    $('map-switch').value = catalog.switches.some(function (s) { return s.id === sw; }) ? sw : 'tomahawk5-64x800g';
    restore(params);
    applyLang(lang);
    $('map-controls').addEventListener('change', function (e) {
      if (e.target.id !== 'map-measure') { computeMap(); return; }
      if (mapData) { drawMap(mapData); } // the measure is read from the answer already here
      remember();
    });
    $('tco-controls').addEventListener('input', function (e) {
      var k = e.target.id && e.target.id.indexOf('t-') === 0 ? e.target.id.substring(2) : null;
      if (k && TCO_KNOBS.indexOf(k) >= 0) { tcoMoved[k] = e.target.value !== ''; }
      tcoLater();
    });
    $('tco-controls').addEventListener('submit', function (e) { e.preventDefault(); });
    $('tco-reset').addEventListener('click', function () {
      tcoMoved = {};
      computeTco();
      computeMap();
    });
    (echarts.getInstanceByDom($('chart-map')) || echarts.init($('chart-map'))).on('click', function (p) {
      if (p.seriesIndex !== 0 || !mapData) { return; }
      mapFocus = { x: p.value[0], y: p.value[1], endpoints: mapData.endpoints[p.value[0]], value: mapData.values[p.value[1]] };
      showMapFocus();
    });
    $('scenario').addEventListener('change', function () {
      loadScenario($('scenario').value);
      marketMoved = {}; // a new scenario starts from its own market and cost inputs
      tcoMoved = {};
      var s = currentScenario()['switch'];
      if (catalog.switches.some(function (x) { return x.id === s; })) { $('map-switch').value = s; }
      compute();
      computeMarket();
      computeMap();
    });
    $('market-controls').addEventListener('input', function (e) {
      var k = e.target.id && e.target.id.indexOf('m-') === 0 ? e.target.id.substring(2) : null;
      if (k && MARKET_KNOBS.indexOf(k) >= 0) { marketMoved[k] = true; }
      marketLater();
    });
    $('speed').addEventListener('change', function () { fillSwitches(); later(); });
    $('controls').addEventListener('input', function (e) { if (e.target.id !== 'scenario') { later(); } });
    $('controls').addEventListener('change', function (e) { if (e.target.id !== 'scenario' && e.target.id !== 'speed') { later(); } });
    $('controls').addEventListener('submit', function (e) { e.preventDefault(); compute(); });
    $('compare-csv').addEventListener('click', compareCsv);
    $('market-csv').addEventListener('click', marketCsv);
    $('tco-csv').addEventListener('click', tcoCsv);
    $('map-csv').addEventListener('click', mapCsv);
    $('permalink').addEventListener('click', function () {
      remember();
      var url = location.href;
      if (navigator.clipboard) { navigator.clipboard.writeText(url).catch(function () { }); }
      $('permalink').textContent = t('copied');
      setTimeout(function () { $('permalink').textContent = t('permalink'); }, 1500);
    });
    Array.prototype.forEach.call(document.querySelectorAll('.lang button'), function (b) {
      b.addEventListener('click', function () { applyLang(b.getAttribute('data-lang')); remember(); });
    });
    window.addEventListener('resize', function () {
      Array.prototype.forEach.call(document.querySelectorAll('.chart'), function (d) {
        var inst = echarts.getInstanceByDom(d);
        if (inst) { inst.resize(); }
      });
    });
    return Promise.all([compute(), computeMarket(), computeMap()]);
  });
})();
