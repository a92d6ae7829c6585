// Site-wide behaviour. Page-specific keyboard handling lives in triage.js.
document.addEventListener("DOMContentLoaded", () => {
  if (!window.htmx) return;
  // Form errors come back as 422 with the re-rendered form: swap them in like a 200.
  htmx.config.responseHandling = [
    { code: "204", swap: false },
    { code: "[23]..", swap: true },
    { code: "422", swap: true },
    { code: "[45]..", swap: false, error: true },
  ];
});
