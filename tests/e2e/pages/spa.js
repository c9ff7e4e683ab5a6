// Renders the article into #app once whosaid has looked at the empty page (data-whosaid-quotes="0").
function render() {
  const app = document.getElementById('app');
  app.innerHTML = '<main><article><h1>Night buses return to the eastern suburbs</h1>' +
    '<p>Night buses will run again between the city centre and the eastern suburbs from next month, the transport authority said on Friday, ending a gap of almost two years.</p>' +
    '<p>“People who work late have been walking home for too long,” said Hannah Kowalczyk, who led the campaign for the service. “This is a real win for them.”</p>' +
    '<p>The authority said the buses would run every half hour from midnight until five in the morning, and that fares would stay the same as during the day.</p>' +
    '</article></main>';
}
(function wait() {
  if (document.documentElement.getAttribute('data-whosaid-quotes') === '0') setTimeout(render, 300);
  else setTimeout(wait, 50);
})();
