// Keys for recording an outcome, on pages that wrap the controls in [data-outcome-keys]:
// each button says its key with data-outcome-key; "p" goes to the paste-the-answer box.
// The detail page has one scope. The awaiting list makes each row one: j/k pick the
// current row and the keys act on it; an outcome key with no row picked picks the
// first row instead of acting, so no key ever records on a row the user did not choose.
(() => {
  "use strict";

  const scopes = () => Array.from(document.querySelectorAll("[data-outcome-keys]"));
  let currentId = null;
  let currentIndex = -1;

  function announce(text) {
    const region = document.getElementById("outcome-announce");
    if (!region) return;
    region.textContent = "";
    window.setTimeout(() => { region.textContent = text; }, 60);
  }

  function mark(scope) {
    scopes().forEach((one) => one.classList.toggle("is-current", one === scope));
  }

  function pick(scope) {
    if (!scope) return;
    const list = scopes();
    currentId = scope.id || null;
    currentIndex = list.indexOf(scope);
    mark(scope);
    scope.focus({ preventScroll: true });
    scope.scrollIntoView({ block: "nearest", behavior: "smooth" });
    const name = scope.querySelector(".awaiting-name");
    if (name) announce(name.textContent.trim());
  }

  function current() {
    const list = scopes();
    if (list.length === 1) return list[0];
    const active = document.activeElement;
    const focused = active && active.closest ? active.closest("[data-outcome-keys]") : null;
    if (focused) return focused;
    const remembered = currentId && document.getElementById(currentId);
    if (remembered && remembered.matches("[data-outcome-keys]")) return remembered;
    // The row was answered and left the list: the one now in its place is next.
    if (currentIndex >= 0 && list.length) return list[Math.min(currentIndex, list.length - 1)];
    return null;
  }

  function step(delta) {
    const list = scopes();
    if (!list.length) return;
    const scope = current();
    const index = scope ? list.indexOf(scope) + delta : (delta > 0 ? 0 : list.length - 1);
    pick(list[Math.max(0, Math.min(list.length - 1, index))]);
  }

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
    const target = event.target;
    if (target instanceof HTMLElement && target.closest("input, textarea, select, [contenteditable]")) return;
    const list = scopes();
    if (!list.length) return;
    const key = event.key.toLowerCase();
    if (list.length > 1 && (key === "j" || key === "k")) {
      event.preventDefault();
      step(key === "j" ? 1 : -1);
      return;
    }
    const scope = current();
    if (!scope) {
      if (key === "p" || document.querySelector(`[data-outcome-key="${CSS.escape(key)}"]`)) {
        event.preventDefault();
        step(1);
      }
      return;
    }
    if (key === "p") {
      const box = scope.querySelector("[data-outcome-answer]");
      if (!box) return;
      const details = box.closest("details");
      if (details) details.open = true;
      event.preventDefault();
      box.focus();
      return;
    }
    const button = scope.querySelector(`[data-outcome-key="${CSS.escape(key)}"]`);
    if (!button || button.disabled) return;
    event.preventDefault();
    if (list.length > 1) pick(scope);
    button.click();
  });

  // A click or focus inside a row makes it the current one.
  document.addEventListener("focusin", (event) => {
    const scope = event.target.closest ? event.target.closest("[data-outcome-keys]") : null;
    if (scope && scopes().length > 1) {
      currentId = scope.id || null;
      currentIndex = scopes().indexOf(scope);
      mark(scope);
    }
  });

  // The list re-renders itself after each change; keep the highlight on the current row.
  document.addEventListener("htmx:afterSettle", () => {
    if (scopes().length > 1 && currentIndex >= 0) {
      const scope = current();
      if (scope) {
        mark(scope);
        if (!document.activeElement || document.activeElement === document.body) {
          currentId = scope.id || null;
          scope.focus({ preventScroll: true });
        }
      }
    }
  });
})();
