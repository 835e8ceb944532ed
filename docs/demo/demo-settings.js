// The demo portal's settings bar: language, city theme and large-text mode for every widget on the
// page, through the page-level attributes a portal would set (lang, data-hbrs-theme, data-hbrs-large-text).
const root = document.documentElement;
const lang = document.getElementById('demo-lang');
const theme = document.getElementById('demo-theme');
const large = document.getElementById('demo-large');

lang.addEventListener('change', () => {
  root.lang = lang.value;
});
theme.addEventListener('change', () => {
  if (theme.value) root.dataset.hbrsTheme = theme.value;
  else delete root.dataset.hbrsTheme;
});
large.addEventListener('change', () => {
  root.toggleAttribute('data-hbrs-large-text', large.checked);
});
