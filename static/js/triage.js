// Keyboard-first triage: j/k to walk the cards, a/q/d to move, r/o for the reply and
// profile, x to select, u to undo, / to search, ? for help. Plain DOM, no framework;
// the server renders every state and htmx swaps it in.
(() => {
  "use strict";

  const $ = (selector, root = document) => root.querySelector(selector);
  const $$ = (selector, root = document) => Array.from(root.querySelectorAll(selector));

  let currentId = null;
  const undoStack = [];

  function announce(text) {
    const region = $("#announce");
    if (!region) return;
    // Clearing first makes screen readers repeat an identical message.
    region.textContent = "";
    window.setTimeout(() => { region.textContent = text; }, 60);
  }

  const cards = () => $$("[data-card]");

  function currentCard() {
    const active = document.activeElement && document.activeElement.closest
      ? document.activeElement.closest("[data-card]") : null;
    if (active) return active;
    const remembered = currentId && document.getElementById(currentId);
    return remembered && remembered.matches("[data-card]") ? remembered : null;
  }

  function focusCard(card) {
    if (!card) return;
    currentId = card.id;
    $$(".is-current").forEach((el) => el.classList.remove("is-current"));
    card.classList.add("is-current");
    card.focus({ preventScroll: true });
    const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    card.scrollIntoView({ block: "nearest", behavior: still ? "auto" : "smooth" });
  }

  function step(delta) {
    const list = cards();
    if (!list.length) return;
    const card = currentCard();
    let index = card ? list.indexOf(card) + delta : (delta > 0 ? 0 : list.length - 1);
    if (index >= list.length) {
      const more = $("#more a");
      if (more) { more.click(); announce("Loading more invitations"); }
      index = list.length - 1;
    }
    focusCard(list[Math.max(0, index)]);
  }

  function neighbourOf(element) {
    for (let next = element.nextElementSibling; next; next = next.nextElementSibling) {
      if (next.matches("[data-card]")) return next;
    }
    for (let prev = element.previousElementSibling; prev; prev = prev.previousElementSibling) {
      if (prev.matches("[data-card]")) return prev;
    }
    return null;
  }

  async function writeClipboard(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch (error) {
      // Older browsers or an insecure origin: fall back to a selection copy.
      const scratch = document.createElement("textarea");
      scratch.value = text;
      scratch.setAttribute("readonly", "");
      scratch.style.position = "fixed";
      scratch.style.opacity = "0";
      document.body.appendChild(scratch);
      scratch.select();
      const copied = document.execCommand("copy");
      scratch.remove();
      return copied;
    }
  }

  function openProfile(card) {
    const url = card && card.dataset.profileUrl;
    if (url) window.open(url, "_blank", "noopener,noreferrer");
  }

  async function copyReply(card, { open = false } = {}) {
    const reply = card && $("[data-reply-text]", card);
    if (!reply) {
      announce("This card has no reply: declined invitations get none.");
      return;
    }
    // Start the write while this page still has focus (the new tab takes it), and open
    // before any await: a new tab is only allowed in direct answer to the click or key.
    const writing = writeClipboard(reply.value);
    if (open) openProfile(card);
    const copied = await writing;
    const offer = $("[data-reply-offer]", card);
    const status = $("[data-copy-status]", card);
    if (status) status.textContent = copied ? "Reply copied." : "Could not copy: select the text and copy it.";
    if (offer) offer.hidden = false;
    card.classList.add("reply-copied");
    announce(copied ? "Reply copied. Mark it as sent once you have sent it." : "Could not copy the reply.");
  }

  function move(card, queue) {
    const button = card && $(`[data-move="${queue}"]`, card);
    if (button) button.click();
    else if (card) announce("It is already in that queue.");
  }

  // htmx wires up swapped-in forms as the swap settles; until then a click would post the
  // plain form and reload the page. A u pressed as soon as a notice shows waits for that.
  function whenSettled(action) {
    if (!document.querySelector(".htmx-swapping, .htmx-settling, .htmx-added")) { action(); return; }
    document.addEventListener("htmx:afterSettle", () => window.setTimeout(action, 0), { once: true });
  }

  function undoLast() {
    while (undoStack.length) {
      const id = undoStack.pop();
      // A card's placeholder holds its undo button; the bulk notice's button is the id itself.
      const element = document.getElementById(id);
      const button = element && (element.matches("[data-undo]") ? element : $("[data-undo]", element));
      if (button) { if (id !== "bulk-undo") currentId = id; button.click(); return; }
    }
    announce("Nothing to undo.");
  }

  function toggleSelect(card) {
    const box = card && $("[data-select]", card);
    if (!box) return;
    box.checked = !box.checked;
    box.dispatchEvent(new Event("change", { bubbles: true }));
  }

  function openHelp() {
    const dialog = $("#keys-help");
    if (dialog && !dialog.open) dialog.showModal();
  }

  function isTyping(target) {
    if (!target || !target.closest) return false;
    if (target.isContentEditable) return true;
    const field = target.closest("input, textarea, select");
    if (!field) return false;
    if (field.type === "checkbox" || field.type === "radio") return false;
    return !field.readOnly;
  }

  document.addEventListener("keydown", (event) => {
    if (!$("[data-dashboard]")) return;
    if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    if ($("#keys-help") && $("#keys-help").open) return;
    const card = currentCard();
    const actions = {
      j: () => step(1),
      k: () => step(-1),
      a: () => move(card, "accept"),
      q: () => move(card, "query"),
      d: () => move(card, "decline"),
      r: () => copyReply(card),
      o: () => openProfile(card),
      x: () => toggleSelect(card),
      u: () => whenSettled(undoLast),
      "?": () => openHelp(),
      "/": () => { const search = $("#id_q"); if (search) search.focus(); },
    };
    const action = actions[event.key];
    if (!action) return;
    if (!card && "aqdrox".includes(event.key)) {
      step(1);
      if (event.key !== "j") return;
    }
    event.preventDefault();
    action();
  });

  document.addEventListener("click", (event) => {
    const target = event.target.closest ? event.target : null;
    if (!target) return;
    const copyOpen = target.closest("[data-copy-open]");
    const copyOnly = target.closest("[data-copy]");
    if (copyOpen || copyOnly) {
      const card = target.closest("[data-card]");
      focusCard(card);
      copyReply(card, { open: Boolean(copyOpen) });
      return;
    }
    if (target.closest("[data-help-open]")) { openHelp(); return; }
    const insert = target.closest("[data-insert]");
    if (insert) {
      const body = $("[data-template-body]");
      if (!body) return;
      const start = body.selectionStart ?? body.value.length;
      const end = body.selectionEnd ?? start;
      body.setRangeText(insert.dataset.insert, start, end, "end");
      body.focus();
      body.dispatchEvent(new Event("input", { bubbles: true }));
      return;
    }
    const card = target.closest("[data-card]");
    if (card && !target.closest("a, button, input, textarea, select, label")) focusCard(card);
  });

  // Bulk selection: keep the count honest, and Apply disabled (saying why) until
  // something is selected. Without JavaScript the server answers "Nothing changed."
  function updateSelection() {
    const form = $("#bulk-form");
    if (!form) return;
    const chosen = $$("[data-select]").filter((box) => box.checked).length;
    const matching = $("[data-select-matching]", form);
    const counter = $("[data-selected-count]", form);
    const all = matching && matching.checked;
    const any = all || chosen > 0;
    if (counter) counter.textContent = all ? "All matching invitations selected" : (chosen ? `${chosen} selected` : "");
    form.classList.toggle("has-selection", any);
    const apply = $("[data-bulk-apply]", form);
    if (apply) apply.disabled = !any;
    const hint = $("[data-bulk-hint]", form);
    if (hint) hint.hidden = any;
    $$("[data-select]").forEach((box) => box.closest("[data-card]")?.classList.toggle("is-selected", box.checked));
  }

  // The template picker swaps in the same reply written with another of the user's templates.
  function chooseReply(select) {
    const card = select.closest("[data-card]");
    const reply = card && $("[data-reply-text]", card);
    const option = select.selectedOptions[0];
    if (!reply || !option) return;
    reply.value = option.dataset.reply || "";
    const offer = $("[data-reply-offer]", card);
    if (offer) offer.hidden = true;
    card.classList.remove("reply-copied");
  }

  document.addEventListener("change", (event) => {
    const target = event.target;
    if (target.matches && target.matches("[data-reply-choice]")) {
      chooseReply(target);
      return;
    }
    if (target.matches && target.matches("[data-select-page]")) {
      $$("[data-select]").forEach((box) => { box.checked = target.checked; });
    }
    if (target.matches && target.matches("[data-select], [data-select-page], [data-select-matching]")) {
      updateSelection();
    }
  });

  const isBulkUndo = (submitter) => Boolean(submitter && submitter.matches && submitter.matches("[data-undo]"));

  document.addEventListener("submit", (event) => {
    const form = event.target;
    if (form.id !== "bulk-form" || isBulkUndo(event.submitter)) return;
    const any = $$("[data-select]").some((box) => box.checked)
      || ($("[data-select-matching]", form) || {}).checked;
    if (!any) {
      event.preventDefault();
      event.stopImmediatePropagation();
      announce("Select at least one invitation first.");
    }
  }, true);

  document.addEventListener("htmx:confirm", (event) => {
    // htmx listens to submit itself; stop it here too when nothing is selected.
    const form = event.target;
    if (form.id !== "bulk-form") return;
    const trigger = event.detail && event.detail.triggeringEvent;
    if (trigger && isBulkUndo(trigger.submitter)) return;
    const any = $$("[data-select]").some((box) => box.checked)
      || ($("[data-select-matching]", form) || {}).checked;
    if (!any) { event.preventDefault(); announce("Select at least one invitation first."); }
  });

  // Filters stay folded away on a phone; on a wide screen there is room to show them.
  const filterDetails = $("[data-filter-details]");
  if (filterDetails && window.matchMedia("(min-width: 701px)").matches) filterDetails.open = true;

  document.addEventListener("htmx:afterSettle", (event) => {
    const target = event.detail && event.detail.target;
    const id = target && target.id;
    if (id && id.startsWith("card-")) {
      const element = document.getElementById(id);
      if (!element) return;
      if (element.matches("[data-gone]")) {
        const notice = $(".gone-notice", element);
        if (notice) announce(notice.textContent.trim());
        if ($("[data-undo]", element)) undoStack.push(id);
        if (currentId === id || !currentCard()) focusCard(neighbourOf(element));
      } else if (element.matches("[data-card]")) {
        focusCard(element);
        announce("Undone.");
      }
    }
    if (id === "results") {
      currentId = null;
      updateSelection();
      const notice = $("[data-bulk-notice]");
      if (notice) announce(notice.textContent.trim());
      if ($("#bulk-undo")) undoStack.push("bulk-undo");
    }
  });

  updateSelection();
})();
