// DoxGuard review console: vanilla JS, no build step, no third-party code. Post text is only ever inserted with
// textContent (never innerHTML), so a hostile post cannot run script in a reviewer's browser.
"use strict";

const KEY_STORAGE = "doxguard.apiKey";
const SEVERITY_ORDER = ["critical", "high", "medium", "low", "none"];
const state = { cases: [], selected: -1, detail: null, busy: false };

const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "class") node.className = v;
    else if (k === "dataset") Object.assign(node.dataset, v);
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
};

function apiKey() { return sessionStorage.getItem(KEY_STORAGE); }

async function api(path, options = {}) {
  const headers = { Authorization: `Bearer ${apiKey()}`, ...(options.body ? { "Content-Type": "application/json" } : {}) };
  const response = await fetch(path, { ...options, headers });
  if (response.status === 401) {
    sessionStorage.removeItem(KEY_STORAGE);
    showLogin("That key was not accepted: paste a valid reviewer key.");
    throw new Error("unauthorized");
  }
  const text = await response.text();
  const body = text ? JSON.parse(text) : null;
  if (!response.ok) throw new Error(body?.detail || body?.title || `HTTP ${response.status}`);
  return body;
}

function toast(message, isError = false) {
  const t = $("toast");
  t.textContent = message;
  t.className = isError ? "toast error" : "toast";
  t.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { t.hidden = true; }, isError ? 6000 : 2500);
}

function showLogin(message) {
  $("login").hidden = false;
  $("queue-view").hidden = true;
  $("appeals-view").hidden = true;
  $("forget-key").hidden = true;
  $("session-state").textContent = "no key";
  if (message) toast(message, true);
  $("key-input").focus();
}

function showApp() {
  $("login").hidden = true;
  $("forget-key").hidden = false;
  $("session-state").textContent = "key set for this tab";
  showTab("queue");
}

function showTab(name) {
  for (const tab of ["queue", "appeals"]) {
    $(`tab-${tab}`).classList.toggle("active", tab === name);
    $(`tab-${tab}`).setAttribute("aria-selected", String(tab === name));
    $(`${tab}-view`).hidden = tab !== name;
  }
  if (name === "queue") loadQueue(); else loadAppeals();
}

// ---- queue ---------------------------------------------------------------------------------------------------

async function loadQueue(keepId) {
  const params = new URLSearchParams();
  for (const f of ["label", "severity", "state"]) {
    const v = $(`filter-${f}`).value;
    if (v) params.set(f, v);
  }
  try {
    const cases = await api(`/v1/cases?${params}`);
    // The API sorts by severity already; sorting again keeps the order right whatever the filter combination.
    cases.sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
    state.cases = cases;
    renderQueue();
    const index = keepId ? cases.findIndex((c) => c.id === keepId) : -1;
    select(index >= 0 ? index : (cases.length ? 0 : -1));
  } catch (e) {
    if (e.message !== "unauthorized") toast(e.message, true);
  }
}

function renderQueue() {
  const list = $("case-list");
  list.replaceChildren();
  const template = $("case-item");
  state.cases.forEach((c, i) => {
    const item = template.content.firstElementChild.cloneNode(true);
    item.dataset.caseId = c.id;
    item.querySelector(".sev").append(el("span", { class: `badge ${c.severity}` }, c.severity));
    item.querySelector(".labels").textContent = `${c.labels.join(", ") || "no label"} · ${c.state} · ${c.post_id}`;
    item.querySelector(".snippet").textContent = c.text;
    item.addEventListener("click", () => select(i));
    list.append(item);
  });
  $("queue-count").textContent = `${state.cases.length} case${state.cases.length === 1 ? "" : "s"}`;
}

async function select(index) {
  state.selected = index;
  document.querySelectorAll(".case-item").forEach((item, i) => item.classList.toggle("selected", i === index));
  if (index < 0) {
    $("case-detail").replaceChildren(el("p", { class: "muted empty" }, "Nothing in this queue."));
    return;
  }
  const item = document.querySelectorAll(".case-item")[index];
  item?.scrollIntoView({ block: "nearest" });
  const c = state.cases[index];
  renderDetail({ case: c, decisions: [], appeals: [] });
  try {
    const detail = await api(`/v1/cases/${encodeURIComponent(c.id)}`);
    if (state.cases[state.selected]?.id === c.id) renderDetail(detail);
  } catch (e) {
    if (e.message !== "unauthorized") toast(e.message, true);
  }
}

// Entities carry UTF-16 offsets into the original text, the same units as String.prototype.slice.
function highlighted(text, entities) {
  const fragment = document.createDocumentFragment();
  let at = 0;
  const sorted = [...entities].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const e of sorted) {
    if (e.start < at || e.end > text.length || e.end <= e.start) continue;
    fragment.append(text.slice(at, e.start));
    const mark = el("mark", { class: `entity${e.protected ? " protected" : ""}`, dataset: { type: e.type }, title: `${e.type}${e.protected ? " (protected person)" : ""}, score ${e.score}` }, text.slice(e.start, e.end));
    fragment.append(mark);
    at = e.end;
  }
  fragment.append(text.slice(at));
  return fragment;
}

function renderDetail(detail) {
  state.detail = detail;
  const c = detail.case;
  const result = c.result || {};
  const decidable = c.state === "open" || c.state === "escalated";
  const defaultReason = c.labels.length ? `${c.labels.join(" + ")} confirmed by review` : "reviewed";
  const panel = $("case-detail");
  panel.replaceChildren(
    el("h2", {}, `Post ${c.post_id}`),
    el("div", { class: "meta" },
      el("span", { class: `badge ${c.severity}` }, c.severity),
      el("span", { class: "chip" }, `automatic: ${c.action}`),
      el("span", { class: "chip", id: "case-state" }, `state: ${c.state}`),
      ...c.labels.map((l) => el("span", { class: "chip" }, l)),
      el("span", { class: "muted" }, `author ${c.author ?? "unknown"} · ${new Date(c.created_at).toLocaleString()}`)),
    el("div", { class: "post", id: "post-text" }, highlighted(c.text, result.entities || [])),
    el("h3", { class: "section-title" }, "Reasons"),
    el("ul", { class: "reasons" }, ...((result.reasons || []).length ? result.reasons.map((r) => el("li", {}, r)) : [el("li", { class: "muted" }, "none given")])),
    el("div", { class: "actions" },
      el("input", { id: "reason", type: "text", value: defaultReason, "aria-label": "Reason for the decision", maxlength: "2000" }),
      decideButton("confirm", "Confirm", "c", decidable),
      decideButton("overturn", "Overturn", "o", decidable),
      decideButton("escalate", "Escalate", "e", decidable)),
    el("h3", { class: "section-title" }, "History"),
    el("ul", { class: "history", id: "history" },
      ...detail.decisions.map((d) => el("li", {}, `${new Date(d.created_at).toLocaleString()} · ${d.outcome} · ${d.reason} · ${d.reviewer_key_id}`)),
      ...detail.appeals.map((a) => el("li", {}, `appeal by ${a.author}: “${a.statement}” · ${a.outcome}${a.outcome_reason ? ` · ${a.outcome_reason}` : ""}`)),
      ...(detail.decisions.length + detail.appeals.length === 0 ? [el("li", { class: "muted" }, "no decision yet")] : [])));
}

function decideButton(outcome, label, key, enabled) {
  const button = el("button", { class: `decide ${outcome}`, type: "button", "data-outcome": outcome, title: `${label} (${key})`, onclick: () => decide(outcome) }, `${label} `, el("kbd", {}, key));
  button.disabled = !enabled;
  return button;
}

async function decide(outcome) {
  const c = state.cases[state.selected];
  if (!c || state.busy || !(c.state === "open" || c.state === "escalated")) return;
  const reason = ($("reason")?.value || "").trim();
  if (!reason) { toast("Give a reason for the decision.", true); $("reason")?.focus(); return; }
  state.busy = true;
  try {
    const decision = await api(`/v1/cases/${encodeURIComponent(c.id)}/decisions`, { method: "POST", body: JSON.stringify({ outcome, reason }) });
    toast(`${outcome} recorded for post ${c.post_id} (${decision.id})`);
    const next = state.cases[state.selected + 1]?.id;
    await loadQueue(next);
  } catch (e) {
    if (e.message !== "unauthorized") toast(e.message, true);
  } finally {
    state.busy = false;
  }
}

// ---- appeals -------------------------------------------------------------------------------------------------

async function loadAppeals() {
  try {
    const appeals = await api("/v1/appeals?outcome=pending");
    const list = $("appeal-list");
    list.replaceChildren(...appeals.map(renderAppeal));
    if (!appeals.length) list.append(el("li", { class: "muted" }, "No pending appeals."));
  } catch (e) {
    if (e.message !== "unauthorized") toast(e.message, true);
  }
}

function renderAppeal(a) {
  const reason = el("input", { type: "text", placeholder: "Reason for the outcome", "aria-label": "Reason for the outcome" });
  const resolve = async (outcome) => {
    if (!reason.value.trim()) { toast("Give a reason for the outcome.", true); reason.focus(); return; }
    try {
      await api(`/v1/appeals/${encodeURIComponent(a.id)}/outcome`, { method: "POST", body: JSON.stringify({ outcome, reason: reason.value.trim() }) });
      toast(`appeal ${outcome}`);
      loadAppeals();
    } catch (e) { if (e.message !== "unauthorized") toast(e.message, true); }
  };
  return el("li", { dataset: { appealId: a.id } },
    el("div", { class: "row" }, el("strong", {}, `Case ${a.case_id}`), el("span", { class: "muted" }, `by ${a.author} · ${new Date(a.created_at).toLocaleString()}`)),
    el("div", {}, `“${a.statement}”`),
    el("div", { class: "row" }, reason,
      el("button", { class: "decide confirm", type: "button", onclick: () => resolve("upheld") }, "Uphold decision"),
      el("button", { class: "decide overturn", type: "button", onclick: () => resolve("reversed") }, "Reverse (restore post)")));
}

// ---- keyboard ------------------------------------------------------------------------------------------------

document.addEventListener("keydown", (event) => {
  if ($("queue-view").hidden || event.ctrlKey || event.metaKey || event.altKey) return;
  const typing = ["INPUT", "TEXTAREA", "SELECT"].includes(document.activeElement?.tagName);
  if (typing) {
    if (event.key === "Escape") document.activeElement.blur();
    return;
  }
  const actions = {
    j: () => state.selected < state.cases.length - 1 && select(state.selected + 1),
    k: () => state.selected > 0 && select(state.selected - 1),
    c: () => decide("confirm"),
    o: () => decide("overturn"),
    e: () => decide("escalate"),
    r: () => loadQueue(state.cases[state.selected]?.id),
  };
  const action = actions[event.key];
  if (action) { event.preventDefault(); action(); }
});

// ---- start ---------------------------------------------------------------------------------------------------

document.addEventListener("DOMContentLoaded", () => {
  $("login-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const key = $("key-input").value.trim();
    if (!key) return;
    sessionStorage.setItem(KEY_STORAGE, key);
    $("key-input").value = "";
    showApp();
  });
  $("forget-key").addEventListener("click", () => { sessionStorage.removeItem(KEY_STORAGE); showLogin(); });
  $("tab-queue").addEventListener("click", () => showTab("queue"));
  $("tab-appeals").addEventListener("click", () => showTab("appeals"));
  for (const f of ["label", "severity", "state"]) $(`filter-${f}`).addEventListener("change", () => loadQueue());
  $("refresh").addEventListener("click", () => loadQueue(state.cases[state.selected]?.id));
  if (apiKey()) showApp(); else showLogin();
});
