// Quick exit: leave for a neutral site and take this page out of the
// browser's history, so that the back button does not bring it back.
document.addEventListener('click', function (event) {
  var link = event.target.closest && event.target.closest('a.quick-exit');
  if (!link) return;
  event.preventDefault();
  window.location.replace(link.href);
});
