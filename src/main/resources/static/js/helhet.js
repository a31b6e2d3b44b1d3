// Sends the CSRF token with every htmx request, and moves focus to an error summary so that
// keyboard and screen reader users hear what to fix.
document.addEventListener('htmx:configRequest', function (event) {
  var meta = document.querySelector('meta[name="csrf-token"]');
  if (meta) {
    event.detail.headers['X-CSRF-TOKEN'] = meta.getAttribute('content');
  }
});
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.getElementById('error-summary') || document.getElementById('conflict');
  if (summary) {
    summary.setAttribute('tabindex', '-1');
    summary.focus();
  }
});
