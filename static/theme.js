// Runs before the first paint (a blocking script in <head>; the CSP allows scripts from the
// site): applies the theme chosen with the switch, so a dark page never flashes light.
// No choice stored: the CSS follows the system (prefers-color-scheme).
try {
  var theme = localStorage.getItem('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // Storage blocked (private mode, a policy): the system setting applies.
}
