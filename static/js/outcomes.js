// Keys for recording an outcome, on pages that wrap the controls in [data-outcome-keys]:
// each button says its key with data-outcome-key; "p" goes to the paste-the-answer box.
document.addEventListener("keydown", (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
  const target = event.target;
  if (target instanceof HTMLElement && target.closest("input, textarea, select, [contenteditable]")) return;
  const scope = document.querySelector("[data-outcome-keys]");
  if (!scope) return;
  const key = event.key.toLowerCase();
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
  button.click();
});
