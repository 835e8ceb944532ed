// Loaded first on the strict-CSP test page: records every CSP violation and uncaught error.
window.__cspViolations = [];
window.__errors = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspViolations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample });
});
window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
// Console errors too (e.g. a Trusted Types policy the page refuses), as text.
window.__consoleErrors = [];
const consoleError = console.error.bind(console);
console.error = (...args) => {
  window.__consoleErrors.push(args.map(String).join(' '));
  consoleError(...args);
};
// The widgets that finished loading (tag names, in order): recorded from the start, so a test that looks after
// the page's load event misses none.
window.__loaded = [];
document.addEventListener('hbrs-load', (e) => window.__loaded.push(e.target.localName), true);
