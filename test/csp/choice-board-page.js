// Runs the <ot-choice-board> strict-CSP scenario on its own page (served with the strict CSP header) and
// records every policy violation in window.cspResult. `?control` adds a deliberate inline style, which the
// policy must refuse: proof that the policy is really in force.
import '/packages/elements/dist/cdn/otkit.min.js';
import scenario from './scenarios/choice-board.js';

const violations = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`));
let error;
let rendered = [];
try {
  const root = document.getElementById('root');
  if (location.search.includes('control')) root.appendChild(document.createElement('p')).setAttribute('style', 'color: red');
  const elements = await scenario(root);
  rendered = elements.map((el) => (el.shadowRoot?.childElementCount ?? 0) > 0);
} catch (e) {
  error = String(e?.stack ?? e);
}
await new Promise((resolve) => setTimeout(resolve, 50));
window.cspResult = { violations, error, rendered };
