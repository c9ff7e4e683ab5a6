// The test site's own script (allowed by its strict CSP, script-src 'self'): a reading-time label.
const words = document.querySelector('article').textContent.split(/\s+/).length;
document.getElementById('reading').textContent = `${Math.max(1, Math.round(words / 230))} min read`;
