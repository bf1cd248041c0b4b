// Runs the goal-stack strict-CSP scenario in this page and leaves the outcome on window.otkitCsp for
// csp.test.ts: every securitypolicyviolation, any scenario error, and finally a probe (an inline style
// attribute) that MUST be reported, proving the policy is really in force.
import scenario from '/test/csp/scenarios/goal-stack.js';

const result = { violations: [], error: undefined, done: false, probe: false };
window.otkitCsp = result;
document.addEventListener('securitypolicyviolation', (e) => {
  if (e.sample === 'otkit-probe' || e.target?.id === 'otkit-probe') result.probe = true;
  else result.violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`);
});

try {
  await scenario(document.getElementById('root'));
} catch (error) {
  result.error = String(error?.stack ?? error);
}
const probe = document.createElement('div');
probe.id = 'otkit-probe';
document.body.append(probe);
probe.setAttribute('style', 'color: red');
await new Promise((resolve) => setTimeout(resolve, 50));
result.done = true;
