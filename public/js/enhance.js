// Progressive enhancement only: every page works without this file.
// After a failed form submission, move focus to the error summary so screen readers announce it.
document.documentElement.classList.add('js');
const summary = document.querySelector('.error-summary');
if (summary instanceof HTMLElement) summary.focus();
